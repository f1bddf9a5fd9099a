import { Table, Text } from "@mantine/core";
import type { ImportPreviewQuery } from "../../gql/graphql";
import { messageSummary } from "./import-mapping";

type Rows = ImportPreviewQuery["importPreview"]["rows"];

/** The first rows of the file as the messages they become, or why they cannot. */
export function PreviewTable({ rows }: { rows: Rows }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} horizontalSpacing="md" aria-label="Preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Line</Table.Th>
            <Table.Th>Becomes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td ff="monospace">{row.line}</Table.Td>
              <Table.Td>
                {row.message ? (
                  <Text size="sm" ff="monospace" lineClamp={2}>
                    {messageSummary(row.message)}
                  </Text>
                ) : (
                  <Text size="sm" c="red.8">
                    {row.errors.map((e) => (e.column ? `${e.column}: ${e.reason}` : e.reason)).join("; ")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
