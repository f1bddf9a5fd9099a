import { ScrollArea, Table, Text } from "@mantine/core";
import { formatNumber } from "../../lib/format";

type RowError = { line: number; column?: string | null; reason: string };

/** The per-row validation report; the server keeps the first 1,000 errors and the full count. */
export function RowErrorsTable({ errors, total }: { errors: readonly RowError[]; total: number }) {
  if (total === 0) return null;
  return (
    <>
      <ScrollArea.Autosize mah={320} type="auto">
        <Table verticalSpacing={4} horizontalSpacing="md" stickyHeader aria-label="Row errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Line</Table.Th>
              <Table.Th w={200}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.line}-${e.column ?? ""}-${i}`}>
                <Table.Td ff="monospace">{e.line}</Table.Td>
                <Table.Td>{e.column ?? "—"}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="red.8">
                    {e.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > errors.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          Showing the first {formatNumber(errors.length)} of {formatNumber(total)} errors.
        </Text>
      ) : null}
    </>
  );
}
