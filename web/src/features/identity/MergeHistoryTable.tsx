import { Anchor, Badge, Card, Table, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { request } from "../../lib/graphql";
import { LoadMore } from "../../lib/ui/LoadMore";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { IdentifierBadges } from "./IdentifierBadges";
import { mergeHistoryQuery } from "./queries";

const PAGE = 25;
const shortId = (id: string) => id.slice(0, 8);

/** Every merge in the workspace, newest first, with links to both profiles. */
export function MergeHistoryTable() {
  const history = useInfiniteQuery({
    queryKey: ["mergeHistory"],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => request(mergeHistoryQuery, { first: PAGE, after: pageParam }, { signal }),
    getNextPageParam: (last) =>
      last.mergeHistory.pageInfo.hasNextPage ? last.mergeHistory.pageInfo.endCursor : undefined,
  });
  const merges = history.data?.pages.flatMap((page) => page.mergeHistory.edges.map((edge) => edge.node)) ?? [];

  return (
    <Card padding={0}>
      <Card.Section p="lg" pb="xs">
        <Title order={3} size="h5">
          Merge history
        </Title>
        <Text size="sm" c="dimmed">
          Every time a message linked two profiles. Undo a merge from the profile that remained.
        </Text>
      </Card.Section>
      {history.isPending ? (
        <TableSkeleton rows={4} />
      ) : history.isError && !history.data ? (
        <Card.Section p="md">
          <QueryError error={history.error} title="Could not load the merges" onRetry={() => void history.refetch()} />
        </Card.Section>
      ) : merges.length === 0 ? (
        <Text size="sm" c="dimmed" p="lg" pt={0}>
          No merges yet.
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="Merge history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Kept</Table.Th>
                  <Table.Th>Merged away</Table.Th>
                  <Table.Th>Linked by</Table.Th>
                  <Table.Th>Rule</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th w={100}>State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {merges.map((merge) => (
                  <Table.Tr key={merge.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <RelativeTime value={merge.mergedAt} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/profiles/${merge.winnerId}`} size="sm" ff="monospace">
                        {shortId(merge.winnerId)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {merge.undoneAt ? (
                        <Anchor component={Link} to={`/profiles/${merge.loserId}`} size="sm" ff="monospace">
                          {shortId(merge.loserId)}
                        </Anchor>
                      ) : (
                        <Text size="sm" ff="monospace" c="dimmed">
                          {shortId(merge.loserId)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <IdentifierBadges identifiers={merge.linkedBy} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{merge.rule}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{merge.sourceName ?? "—"}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <Badge
                        size="sm"
                        variant="light"
                        color={merge.undoneAt ? "gray" : "teal"}
                        style={{ flexShrink: 0 }}
                      >
                        {merge.undoneAt ? "Undone" : "Merged"}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            shown={merges.length}
            noun={merges.length === 1 ? "merge" : "merges"}
            hasNextPage={history.hasNextPage}
            isFetchingNextPage={history.isFetchingNextPage}
            onLoadMore={() => void history.fetchNextPage()}
            error={history.isFetchNextPageError ? history.error : undefined}
          />
        </>
      )}
    </Card>
  );
}
