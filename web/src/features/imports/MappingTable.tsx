import { Badge, Select, Table, Text } from "@mantine/core";
import type { ImportKind } from "../../gql/graphql";
import {
  isValueType,
  keyedPrefix,
  targetOptions,
  VALUE_TYPES,
  withTarget,
  withType,
  type ColumnMapping,
} from "./import-mapping";

type Props = {
  kind: ImportKind;
  mapping: ColumnMapping[];
  suggested: ColumnMapping[];
  /** The first data row, to show what each column holds. */
  sample: string[];
  columns: string[];
  onChange: (mapping: ColumnMapping[]) => void;
};

export function MappingTable({ kind, mapping, suggested, sample, columns, onChange }: Props) {
  const options = targetOptions(kind, suggested);
  const prefix = keyedPrefix(kind);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="Column mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Column</Table.Th>
            <Table.Th>First value</Table.Th>
            <Table.Th w={260}>Maps to</Table.Th>
            <Table.Th w={150}>Type</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.map((m) => (
            <Table.Tr key={m.column}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {m.column}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" c="dimmed" truncate="end">
                  {sample[columns.indexOf(m.column)] || "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Target of ${m.column}`}
                  size="xs"
                  allowDeselect={false}
                  searchable
                  data={options}
                  value={m.target}
                  onChange={(value) => {
                    if (value) onChange(withTarget(mapping, m.column, value));
                  }}
                />
              </Table.Td>
              <Table.Td>
                {m.target.startsWith(prefix) ? (
                  <Select
                    aria-label={`Type of ${m.column}`}
                    size="xs"
                    allowDeselect={false}
                    data={VALUE_TYPES.map((t) => ({ value: t.value, label: t.label }))}
                    value={m.type}
                    onChange={(value) => {
                      if (isValueType(value)) onChange(withType(mapping, m.column, value));
                    }}
                  />
                ) : m.target === "ignore" ? null : (
                  <Badge variant="light" color="gray" radius="sm" tt="none">
                    {m.target === "timestamp" ? "Date" : "Text"}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
