import { Badge, Card, Group, Table, Text, Tooltip } from "@mantine/core";
import { IconPlugConnected } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { formatDate, formatNumber, formatPercent } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { CreateSourceButton } from "./CreateSourceButton";
import { sourceKeysQuery, sourcesQuery } from "./queries";
import { RotateKeyButton } from "./RotateKeyButton";
import { SourceDebuggerButton } from "./SourceDebuggerButton";
import { sourceKindLabel } from "./source-kinds";
import { WriteKey } from "./WriteKey";

export function SourcesPage() {
  const viewer = useViewer();
  const isAdmin = can(viewer.role, "manageSources");
  const sources = useQuery({ queryKey: ["sources"], queryFn: ({ signal }) => request(sourcesQuery, {}, { signal }) });
  const keys = useQuery({
    queryKey: ["sourceKeys"],
    queryFn: ({ signal }) => request(sourceKeysQuery, {}, { signal }),
    enabled: isAdmin,
  });
  const keyById = new Map(keys.data?.sources.map((source) => [source.id, source.writeKey]) ?? []);

  return (
    <>
      <PageHeader
        title="Sources"
        description={
          isAdmin
            ? "Where customer data comes from. Each source sends with its own write key."
            : "Where customer data comes from, and how much each has sent."
        }
        actions={isAdmin ? <CreateSourceButton /> : null}
      />
      <Card padding={0}>
        {sources.isPending ? (
          <TableSkeleton rows={4} />
        ) : sources.isError ? (
          <Card.Section p="md">
            <QueryError title="Could not load sources" error={sources.error} onRetry={() => void sources.refetch()} />
          </Card.Section>
        ) : sources.data.sources.length === 0 ? (
          <EmptyState icon={<IconPlugConnected size={24} />} title="No sources yet">
            {isAdmin
              ? "Create a source for each website, app or system that sends data, then use its write key there."
              : "An admin creates sources for each website, app or system that sends data."}
          </EmptyState>
        ) : (
          <>
            {keys.isError ? (
              <Card.Section p="md">
                <QueryError
                  error={keys.error}
                  title="Could not load the write keys"
                  onRetry={() => void keys.refetch()}
                />
              </Card.Section>
            ) : null}
            <Table.ScrollContainer minWidth={isAdmin ? 1000 : 720}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th ta="right">Received</Table.Th>
                    <Table.Th ta="right">Rejected</Table.Th>
                    <Table.Th>Last seen</Table.Th>
                    {isAdmin ? <Table.Th>Write key</Table.Th> : null}
                    {isAdmin ? <Table.Th w={80} aria-label="Actions" /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sources.data.sources.map((source) => {
                    const { receivedCount, rejectedCount, lastSeenAt } = source.stats;
                    const attempted = receivedCount + rejectedCount;
                    const key = keyById.get(source.id);
                    return (
                      <Table.Tr key={source.id}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {source.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color="gray" size="sm" radius="sm" tt="none">
                            {sourceKindLabel(source.kind)}
                          </Badge>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <Text size="sm">{formatDate(source.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" ff="monospace">
                            {formatNumber(receivedCount)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Tooltip
                            label={
                              attempted > 0
                                ? `${formatPercent(rejectedCount / attempted)} of messages rejected`
                                : "Nothing sent yet"
                            }
                            withArrow
                          >
                            <Text size="sm" ff="monospace" c={rejectedCount > 0 ? "red.7" : undefined}>
                              {formatNumber(rejectedCount)}
                            </Text>
                          </Tooltip>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <RelativeTime value={lastSeenAt} fallback="Never" size="sm" />
                        </Table.Td>
                        {isAdmin ? (
                          <Table.Td>
                            {key ? (
                              <WriteKey value={key} />
                            ) : (
                              <Text size="xs" c="dimmed">
                                {keys.isPending ? "Loading…" : "—"}
                              </Text>
                            )}
                          </Table.Td>
                        ) : null}
                        {isAdmin ? (
                          <Table.Td>
                            <Group justify="flex-end" gap={4} wrap="nowrap">
                              <SourceDebuggerButton id={source.id} name={source.name} />
                              <RotateKeyButton id={source.id} name={source.name} />
                            </Group>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Card>
    </>
  );
}
