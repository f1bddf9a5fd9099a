import { Badge, Table, Text } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from "./import-mapping";
import { importsQuery, importSourcesQuery } from "./queries";

export function ImportHistory() {
  const imports = useQuery({ queryKey: ["imports"], queryFn: ({ signal }) => request(importsQuery, {}, { signal }) });
  const sources = useQuery({
    queryKey: ["sources", "import"],
    queryFn: ({ signal }) => request(importSourcesQuery, {}, { signal }),
  });
  const sourceName = new Map(sources.data?.sources.map((s) => [s.id, s.name]) ?? []);

  if (imports.isPending) return <TableSkeleton rows={3} />;
  if (imports.isError)
    return (
      <QueryError error={imports.error} title="Could not load past imports" onRetry={() => void imports.refetch()} />
    );
  if (imports.data.imports.length === 0) return <EmptyState icon={<IconHistory size={24} />} title="No imports yet" />;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label="Past imports" style={{ whiteSpace: "nowrap" }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Rows</Table.Th>
            <Table.Th ta="right">New</Table.Th>
            <Table.Th ta="right">Already there</Table.Th>
            <Table.Th ta="right">Rejected</Table.Th>
            <Table.Th>Uploaded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.data.imports.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>
                <Text size="sm" fw={600} title={`SHA-256 ${job.fileSha256}`}>
                  {job.fileName}
                </Text>
              </Table.Td>
              <Table.Td>{KIND_LABELS[job.kind]}</Table.Td>
              <Table.Td>{job.sourceId ? (sourceName.get(job.sourceId) ?? "—") : "—"}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[job.status]} variant="light" radius="sm" style={{ overflow: "visible" }}>
                  {STATUS_LABELS[job.status]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(job.totalRows)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(job.acceptedRows)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(job.duplicateRows)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" c={job.rejectedRows > 0 ? "red.7" : undefined}>
                {formatNumber(job.rejectedRows)}
              </Table.Td>
              <Table.Td>
                <RelativeTime value={job.createdAt} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
