import { Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatNumber } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { profileEventNamesQuery } from "./queries";

type Props = { profileId: string; value: string | null; onChange: (value: string | null) => void };

/** The event names this profile sent, most frequent first, with their counts. */
export function ProfileEventNameSelect({ profileId, value, onChange }: Props) {
  const names = useQuery({
    queryKey: ["profile", profileId, "eventNames"],
    queryFn: ({ signal }) => request(profileEventNamesQuery, { id: profileId }, { signal }),
  });
  const list = names.data?.profile.eventNames ?? [];
  const options = list.map(({ event, count }) => ({ value: event, label: `${event} (${formatNumber(count)})` }));
  // A name from a shared link that this profile never sent stays selectable: the timeline is then simply empty.
  if (value && !list.some((name) => name.event === value)) options.unshift({ value, label: value });
  return (
    <Select
      aria-label="Filter by event name"
      placeholder={names.isPending ? "Loading names…" : list.length === 0 ? "No named events" : "All events"}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="This profile sent no event with that name"
      error={names.isError ? "Could not load event names" : undefined}
      maxDropdownHeight={320}
      size="xs"
      w={260}
    />
  );
}
