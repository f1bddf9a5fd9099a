import { Card, Group, Text } from "@mantine/core";
import { IconUserSearch, IconUserCircle } from "@tabler/icons-react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { LoadMore } from "../../lib/ui/LoadMore";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { ProfileSearch } from "./ProfileSearch";
import { ProfilesTable } from "./ProfilesTable";
import { profilesQuery } from "./queries";

const PAGE_SIZE = 100;
const FIRST_PAGE: string | null = null;

export function ProfilesPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get("q")?.trim() ?? "";

  const query = useInfiniteQuery({
    queryKey: ["profiles", search],
    queryFn: ({ pageParam, signal }) =>
      request(profilesQuery, { first: PAGE_SIZE, after: pageParam, search: search || null }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => (last.profiles.pageInfo.hasNextPage ? last.profiles.pageInfo.endCursor : undefined),
    placeholderData: keepPreviousData,
  });
  const profiles = query.data?.pages.flatMap((page) => page.profiles.edges.map((edge) => edge.node)) ?? [];
  const total = query.data?.pages[0]?.profiles.totalCount;
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  function setSearch(value: string) {
    setParams(value ? { q: value } : {}, { replace: true });
  }

  const description =
    total === undefined
      ? "Every person, with all their identifiers, traits and events."
      : search
        ? `${formatNumber(total)} ${total === 1 ? "profile matches" : "profiles match"} “${search}”`
        : `${formatNumber(total)} ${total === 1 ? "profile" : "profiles"}, most recently active first`;

  return (
    <>
      <PageHeader title="Profiles" description={description} />
      <Card padding={0}>
        <Group p="md" style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}>
          <ProfileSearch value={search} onSearch={setSearch} loading={query.isFetching} />
          {query.isPlaceholderData ? (
            <Text size="xs" c="dimmed">
              Searching…
            </Text>
          ) : null}
        </Group>
        {query.isPending ? (
          <TableSkeleton />
        ) : query.isError && !query.data ? (
          <Card.Section p="md">
            <QueryError title="Could not load profiles" error={query.error} onRetry={() => void query.refetch()} />
          </Card.Section>
        ) : profiles.length === 0 ? (
          search ? (
            <EmptyState icon={<IconUserSearch size={24} />} title="No profile matches">
              Nothing starts with “{search}”. Search matches the start of an email, phone, user id or anonymous id, a
              whole profile id, or part of a name.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconUserCircle size={24} />} title="No profiles yet">
              Profiles are created as sources send events and identify calls. Each person’s identifiers are merged into
              one profile.
            </EmptyState>
          )
        ) : (
          <>
            <ProfilesTable
              profiles={profiles}
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              autoLoad={!query.isFetchNextPageError}
              onNearEnd={loadMore}
            />
            <LoadMore
              shown={profiles.length}
              total={total}
              noun="profiles"
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              onLoadMore={loadMore}
              error={query.isFetchNextPageError ? query.error : undefined}
            />
          </>
        )}
      </Card>
    </>
  );
}
