import { ActionIcon, Group, Select, Tooltip } from "@mantine/core";
import { IconSortAscending, IconSortDescending } from "@tabler/icons-react";
import { BUILT_IN_SORTS } from "../profile-columns";
import type { ExplorerState } from "./explorer-state";

type Props = {
  sort: ExplorerState["sort"];
  /** Numeric trait keys of the workspace's catalog. */
  numericTraits: readonly string[];
  onChange: (sort: ExplorerState["sort"]) => void;
};

export function SortControl({ sort, numericTraits, onChange }: Props) {
  const data = [
    { group: "Profile", items: [...BUILT_IN_SORTS] },
    ...(numericTraits.length
      ? [{ group: "Numeric traits", items: numericTraits.map((key) => ({ value: `traits.${key}`, label: key })) }]
      : []),
  ];
  const descending = sort.direction === "desc";
  const label = descending ? "Descending: largest or newest first" : "Ascending: smallest or oldest first";
  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label="Sort by"
        data={data}
        value={sort.field}
        onChange={(field) => field && onChange({ ...sort, field })}
        allowDeselect={false}
        searchable
        w={200}
      />
      <Tooltip label={label}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={label}
          onClick={() => onChange({ ...sort, direction: descending ? "asc" : "desc" })}
        >
          {descending ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
