import { Badge, Card, Group, Table, Text, Title, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../../lib/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { RelativeTime } from "../../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../../lib/ui/TableSkeleton";
import { STATUS_LABELS, indexedPropertiesQuery, indexedSummary } from "./indexed-properties";

/** Read-only: which event properties the server rolls up per day, so filters on them stay fast. */
export function IndexedPropertiesCard() {
  const query = useQuery({
    queryKey: ["indexedProperties"],
    queryFn: ({ signal }) => request(indexedPropertiesQuery, {}, { signal }),
  });
  const rows = query.data?.indexedProperties ?? [];
  return (
    <Card padding={0} mt="lg">
      <Card.Section p="md" withBorder>
        <Title order={3} size="h5">
          Fast property filters
        </Title>
        <Text size="sm" c="dimmed">
          Rules such as “Product Viewed with category is shoes” are answered from daily counts for these event
          properties. {query.data ? indexedSummary(rows.map((r) => r.status)) : null}
        </Text>
      </Card.Section>
      {query.isPending ? (
        <TableSkeleton rows={3} />
      ) : query.isError ? (
        <Card.Section p="md">
          <QueryError
            title="Could not load the indexed properties"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        </Card.Section>
      ) : rows.length === 0 ? null : (
        <Table.ScrollContainer minWidth={560} mah={320}>
          <Table verticalSpacing="xs" horizontalSpacing="md" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Property</Table.Th>
                <Table.Th w={120}>Status</Table.Th>
                <Table.Th w={150}>Ready since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const status = STATUS_LABELS[row.status];
                return (
                  <Table.Tr key={`${row.event}\u0000${row.key}`}>
                    <Table.Td>
                      <Text size="sm">{row.event}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {row.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Tooltip label={row.error ?? ""} disabled={!row.error} withArrow multiline w={320}>
                          <Badge color={status.color} variant="light">
                            {status.label}
                          </Badge>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime value={row.readyAt} size="sm" fallback="—" />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
