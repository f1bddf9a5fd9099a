import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { request } from "../../../lib/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { RelativeTime } from "../../../lib/ui/RelativeTime";
import { TraitValue } from "../TraitValue";
import { traitHistoryQuery } from "./queries";

const PAGE_SIZE = 10;
const FIRST_PAGE: string | null = null;

/** Every value a trait received, newest message first, with its source; late values are marked as not applied. */
export function TraitHistory({ profileId, traitKey }: { profileId: string; traitKey: string }) {
  const query = useInfiniteQuery({
    queryKey: ["profile", profileId, "traitHistory", traitKey],
    queryFn: ({ pageParam, signal }) =>
      request(traitHistoryQuery, { id: profileId, key: traitKey, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) =>
      last.profile.traitHistory.pageInfo.hasNextPage ? last.profile.traitHistory.pageInfo.endCursor : undefined,
  });
  if (query.isPending)
    return (
      <Text size="xs" c="dimmed">
        Loading history…
      </Text>
    );
  if (query.isError && !query.data)
    return <QueryError title="Could not load the history" error={query.error} onRetry={() => void query.refetch()} />;
  const changes = query.data.pages.flatMap((page) => page.profile.traitHistory.edges.map((edge) => edge.node));
  if (changes.length === 0)
    return (
      <Text size="xs" c="dimmed">
        No recorded changes: the value came with a merge or an import before history was kept.
      </Text>
    );
  return (
    <Stack
      gap={6}
      data-testid={`trait-history-${traitKey}`}
      pl="sm"
      style={{ borderLeft: "2px solid var(--mantine-color-gray-3)" }}
    >
      {changes.map((change) => (
        <Stack key={change.id} gap={0} data-testid="trait-change">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <TraitValue value={change.value} />
            {change.applied ? null : (
              <Badge
                size="xs"
                variant="light"
                color="gray"
                tt="none"
                title="Arrived after a newer value, so it was kept in history only"
              >
                late, not applied
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {change.sourceName ?? "Unknown source"} · <RelativeTime value={change.at} size="xs" />
          </Text>
        </Stack>
      ))}
      {query.hasNextPage ? (
        <Group>
          <Button
            size="compact-xs"
            variant="subtle"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Older values
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
