import { Select, type SelectProps } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { eventNamesQuery } from "./queries";

type Props = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A searchable pick of the event names seen in the workspace. */
export function EventNameSelect({ value, onChange, ...props }: Props) {
  const names = useQuery({
    queryKey: ["eventNames"],
    queryFn: ({ signal }) => request(eventNamesQuery, {}, { signal }),
    staleTime: 5 * 60_000,
  });
  const data = names.data?.eventNames ?? [];
  // A name from a shared link may not be in the list yet; keep it selectable.
  const options = value && !data.includes(value) ? [value, ...data] : data;
  return (
    <Select
      label="Event name"
      placeholder={
        names.isPending ? "Loading names…" : names.isSuccess && data.length === 0 ? "No events yet" : "Any event"
      }
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No event with that name"
      error={names.isError ? "Could not load event names" : undefined}
      maxDropdownHeight={320}
      {...props}
    />
  );
}
