import { ActionIcon, Button, Group, Popover, Select, Stack, Text } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconColumns, IconX } from "@tabler/icons-react";
import { BUILT_IN_COLUMNS, columnHeader } from "../profile-columns";
import { moveColumn } from "./explorer-state";

type Props = {
  columns: readonly string[];
  traitKeys: readonly string[];
  onChange: (columns: string[]) => void;
};

/** Which columns the table shows and in what order (the profile column always comes first). */
export function ColumnPicker({ columns, traitKeys, onChange }: Props) {
  const chosen = new Set(columns);
  const options = [
    {
      group: "Profile",
      items: BUILT_IN_COLUMNS.filter((c) => !chosen.has(c.id)).map((c) => ({ value: c.id, label: c.header })),
    },
    {
      group: "Traits",
      items: traitKeys
        .filter((key) => !chosen.has(`traits.${key}`))
        .map((key) => ({ value: `traits.${key}`, label: key })),
    },
  ].filter((group) => group.items.length > 0);

  return (
    <Popover position="bottom-end" shadow="md" width={320} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Select
            aria-label="Add a column"
            placeholder="Add a column…"
            data={options}
            value={null}
            onChange={(id) => id && onChange([...columns, id])}
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          {columns.length === 0 ? (
            <Text size="sm" c="dimmed">
              Only the profile column is shown.
            </Text>
          ) : null}
          {columns.map((id, index) => {
            const header = columnHeader(id);
            return (
              <Group key={id} gap={4} wrap="nowrap" justify="space-between">
                <Text size="sm" truncate>
                  {header}
                </Text>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${header} left`}
                    disabled={index === 0}
                    onClick={() => onChange(moveColumn(columns, id, -1))}
                  >
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${header} right`}
                    disabled={index === columns.length - 1}
                    onClick={() => onChange(moveColumn(columns, id, 1))}
                  >
                    <IconArrowDown size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${header}`}
                    onClick={() => onChange(columns.filter((c) => c !== id))}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
