import { Badge, Card, Group, Skeleton, Text, Title, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { traitIndexesQuery } from "./queries";
import { sortTraitIndexes, statusOf, traitIndexSummary } from "./trait-index-status";

/** Read-only: which traits audience rules read from an index, and which are still building (admins, analysts). */
export function TraitIndexesCard() {
  const query = useQuery({
    queryKey: ["traitIndexes"],
    queryFn: ({ signal }) => request(traitIndexesQuery, {}, { signal }),
    // A build on a large workspace takes a while: follow it without a reload.
    refetchInterval: (q) => (q.state.data?.traitIndexes.some((t) => t.status === "building") ? 5_000 : false),
  });
  const rows = sortTraitIndexes(query.data?.traitIndexes ?? []);

  return (
    <Card padding="lg" mt="md" data-testid="trait-indexes">
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h4">
          Indexed traits
        </Title>
        {rows.length > 0 ? (
          <Text size="xs" c="dimmed">
            {traitIndexSummary(rows)}
          </Text>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Rules on these traits are answered from an index of their own. Mosaic indexes the most common text traits with
        few distinct values (up to 16) after each catalog refresh.
      </Text>
      {query.isPending ? (
        <Skeleton height={28} />
      ) : query.isError ? (
        <QueryError
          title="Could not load the indexed traits"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : rows.length === 0 ? (
        <Text size="sm">
          No trait is indexed yet: indexes are built in the background after the catalog is refreshed.
        </Text>
      ) : (
        <Group gap="xs">
          {rows.map((row) => {
            const status = statusOf(row.status);
            const badge = (
              <Badge key={row.key} variant="light" color={status.color} tt="none" size="lg">
                {row.key} · {status.label}
              </Badge>
            );
            return row.error ? (
              <Tooltip key={row.key} label={row.error} multiline w={320} withArrow>
                {badge}
              </Tooltip>
            ) : (
              badge
            );
          })}
        </Group>
      )}
    </Card>
  );
}
