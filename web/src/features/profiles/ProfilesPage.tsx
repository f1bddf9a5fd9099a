import { Badge, Button, Card, Collapse, Group, Text } from "@mantine/core";
import { IconAdjustmentsHorizontal, IconUserCircle, IconUserSearch } from "@tabler/icons-react";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { formatNumber } from "../../lib/format";
import { GraphQLRequestError, request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { LoadMore } from "../../lib/ui/LoadMore";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { toCatalog } from "../audiences/builder/catalog";
import { audienceCatalogQuery } from "../audiences/builder/queries";
import { locateIssue } from "../audiences/builder/rules-input";
import { ColumnPicker } from "./explorer/ColumnPicker";
import { ExplorerFilters, countConditions } from "./explorer/ExplorerFilters";
import {
  exportUrl,
  readExplorerState,
  toVariables,
  writeExplorerState,
  type ExplorerState,
} from "./explorer/explorer-state";
import { ExportButton } from "./explorer/ExportButton";
import { countProfilesQuery, exploreProfilesQuery } from "./explorer/queries";
import { SortControl } from "./explorer/SortControl";
import { chosenColumn, profileColumn } from "./profile-columns";
import { ProfileSearch } from "./ProfileSearch";
import { ProfilesTable } from "./ProfilesTable";

const PAGE_SIZE = 100;
const FIRST_PAGE: string | null = null;

/** /profiles: the explorer. Search, filters, sort and columns are all in the URL (see explorer-state.ts). */
export function ProfilesPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readExplorerState(params), [params]);
  const update = (patch: Partial<ExplorerState>) =>
    setParams(writeExplorerState({ ...state, ...patch }), { replace: true });
  const [filtersOpen, setFiltersOpen] = useState(state.rules !== null || state.audienceId !== null);

  const catalogQuery = useQuery({
    queryKey: ["audience-catalog"],
    queryFn: ({ signal }) => request(audienceCatalogQuery, {}, { signal }),
  });
  const catalog = useMemo(
    () => (catalogQuery.data ? toCatalog(catalogQuery.data.audienceCatalog) : null),
    [catalogQuery.data],
  );

  const variables = toVariables(state);
  const query = useInfiniteQuery({
    queryKey: ["explore-profiles", variables],
    queryFn: ({ pageParam, signal }) =>
      request(exploreProfilesQuery, { ...variables, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) =>
      last.exploreProfiles.pageInfo.hasNextPage ? last.exploreProfiles.pageInfo.endCursor : undefined,
    placeholderData: keepPreviousData,
  });
  // Counting a large filtered set takes longer than a page: asked apart, so the rows show first.
  const count = useQuery({
    queryKey: ["count-profiles", variables.search, variables.rules, variables.audienceId],
    queryFn: ({ signal }) =>
      request(
        countProfilesQuery,
        { search: variables.search, rules: variables.rules, audienceId: variables.audienceId },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.exploreProfiles.edges) ?? [], [query.data]);
  const total = count.isPlaceholderData ? undefined : count.data?.countProfiles;
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const columns = useMemo(() => [profileColumn, ...state.columns.map(chosenColumn)], [state.columns]);

  const error = query.error instanceof GraphQLRequestError ? query.error : null;
  const rulesIssue =
    error?.code === "BAD_USER_INPUT" && error.field?.startsWith("rules")
      ? locateIssue(error.field, error.message)
      : null;
  const filtered = state.search !== "" || state.rules !== null || state.audienceId !== null;
  const conditions = countConditions(state.rules) + (state.audienceId ? 1 : 0);

  const description =
    total === undefined
      ? "Every person, with all their identifiers, traits and events."
      : filtered
        ? `${formatNumber(total)} ${total === 1 ? "profile matches" : "profiles match"}`
        : `${formatNumber(total)} ${total === 1 ? "profile" : "profiles"}`;

  return (
    <>
      <PageHeader title="Profiles" description={description} />
      <Card padding={0}>
        <Group
          p="md"
          gap="sm"
          justify="space-between"
          style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
        >
          <Group gap="sm" style={{ flex: 1 }} miw={420} wrap="nowrap">
            <ProfileSearch value={state.search} onSearch={(search) => update({ search })} loading={query.isFetching} />
            <Button
              variant={filtersOpen ? "light" : "default"}
              leftSection={<IconAdjustmentsHorizontal size={16} />}
              rightSection={
                conditions ? (
                  <Badge size="sm" circle>
                    {conditions}
                  </Badge>
                ) : null
              }
              onClick={() => setFiltersOpen((open) => !open)}
              aria-expanded={filtersOpen}
              style={{ flexShrink: 0 }}
            >
              Filters
            </Button>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SortControl
              sort={state.sort}
              numericTraits={catalog?.traits.filter((t) => t.type === "number").map((t) => t.key) ?? []}
              onChange={(sort) => update({ sort })}
            />
            <ColumnPicker
              columns={state.columns}
              traitKeys={catalog?.traits.map((t) => t.key) ?? []}
              onChange={(next) => update({ columns: next })}
            />
            <ExportButton url={exportUrl(state)} />
          </Group>
        </Group>
        <Collapse in={filtersOpen}>
          <div style={{ padding: "var(--mantine-spacing-md)", borderBottom: "1px solid var(--mantine-color-gray-2)" }}>
            {catalog ? (
              <ExplorerFilters
                catalog={catalog}
                rules={state.rules}
                audienceId={state.audienceId}
                serverIssue={rulesIssue}
                onApply={(rules) => update({ rules })}
                onAudience={(audienceId) => update({ audienceId })}
              />
            ) : catalogQuery.isError ? (
              <QueryError title="Could not load the filter fields" error={catalogQuery.error} />
            ) : (
              <Text size="sm" c="dimmed">
                Loading the fields you can filter on…
              </Text>
            )}
          </div>
        </Collapse>
        {query.isPending ? (
          <TableSkeleton />
        ) : query.isError && !query.data ? (
          <Card.Section p="md">
            <QueryError title="Could not load profiles" error={query.error} onRetry={() => void query.refetch()} />
          </Card.Section>
        ) : rows.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconUserSearch size={24} />} title="No profile matches">
              Search matches an email, phone, user id or anonymous id (in full or its start), a whole profile id, or
              part of a name; every filter must hold too.
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
              rows={rows}
              columns={columns}
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              autoLoad={!query.isFetchNextPageError}
              onNearEnd={loadMore}
            />
            <LoadMore
              shown={rows.length}
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
