import { Anchor, Card, Group, Table, Text, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatNumber } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { LoadMore } from "../../../lib/ui/LoadMore";
import { QueryError } from "../../../lib/ui/QueryError";
import { RelativeTime } from "../../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../../lib/ui/TableSkeleton";
import { segmentMembersQuery } from "../queries";
import { WhyButton } from "../why/WhyButton";

const PAGE_SIZE = 15;
const FIRST_PAGE: string | null = null;

type Props = { id: string; name: string };

/** Current members, newest entered first, each linking to the profile and to its why-trace. */
export function MembersCard({ id, name }: Props) {
  const query = useInfiniteQuery({
    queryKey: ["segment", id, "members"],
    queryFn: ({ pageParam, signal }) =>
      request(segmentMembersQuery, { id, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) =>
      last.segment.members.pageInfo.hasNextPage ? last.segment.members.pageInfo.endCursor : undefined,
  });
  const members = query.data?.pages.flatMap((page) => page.segment.members.edges.map((edge) => edge.node)) ?? [];
  const total = query.data?.pages[0]?.segment.members.totalCount;
  const nextPageError = query.isFetchNextPageError ? query.error : undefined;

  return (
    <Card padding={0} data-testid="members">
      <Group justify="space-between" p="lg" pb="sm">
        <Title order={3} size="h4">
          Members
        </Title>
        {total !== undefined ? (
          <Text size="sm" c="dimmed">
            {formatNumber(total)} {total === 1 ? "profile" : "profiles"}
          </Text>
        ) : null}
      </Group>
      {query.isPending ? (
        <TableSkeleton rows={5} />
      ) : query.isError ? (
        <Card.Section p="md">
          <QueryError title="Could not load the members" error={query.error} onRetry={() => void query.refetch()} />
        </Card.Section>
      ) : members.length === 0 ? (
        <EmptyState icon={<IconUsers size={24} />} title="No members right now">
          No profile matches these rules at the last refresh.
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" horizontalSpacing="lg" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Profile</Table.Th>
                  <Table.Th w={140}>Last seen</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/profiles/${member.id}`}
                        size="sm"
                        fw={600}
                        style={{ whiteSpace: "nowrap" }}
                      >
                        {member.displayName}
                      </Anchor>
                      {member.email && member.email !== member.displayName ? (
                        <Text size="xs" c="dimmed" truncate maw={280}>
                          {member.email}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime value={member.lastSeenAt} size="sm" style={{ whiteSpace: "nowrap" }} />
                    </Table.Td>
                    <Table.Td>
                      <WhyButton
                        profileId={member.id}
                        audienceId={id}
                        profileName={member.displayName}
                        audienceName={name}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            shown={members.length}
            total={total}
            noun="members"
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            error={nextPageError}
          />
        </>
      )}
    </Card>
  );
}
