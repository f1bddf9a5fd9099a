import { Button, Card, Group, Select, Table } from "@mantine/core";
import { IconActivity, IconFilterOff } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { LoadMore } from "../../lib/ui/LoadMore";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { EventNameSelect } from "./EventNameSelect";
import { EventRow, EventTableHead } from "./EventRow";
import { EVENT_TYPES, isEventType } from "./event-types";
import { eventsQuery } from "./queries";

const PAGE_SIZE = 50;
const FIRST_PAGE: string | null = null;

export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const event = params.get("event") || null;
  const typeParam = params.get("type");
  const type = isEventType(typeParam) ? typeParam : null;
  const filtered = Boolean(event || type);

  function setFilter(key: "event" | "type", value: string | null) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  const query = useInfiniteQuery({
    queryKey: ["events", { event, type }],
    queryFn: ({ pageParam, signal }) =>
      request(eventsQuery, { first: PAGE_SIZE, after: pageParam, event, type }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => (last.events.pageInfo.hasNextPage ? last.events.pageInfo.endCursor : undefined),
  });
  const events = query.data?.pages.flatMap((page) => page.events.edges.map((edge) => edge.node)) ?? [];

  return (
    <>
      <PageHeader title="Events" description="Every message received from your sources, newest first." />
      <Card padding={0}>
        <Group
          p="md"
          gap="md"
          align="flex-start"
          wrap="wrap"
          style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
        >
          <EventNameSelect
            value={event}
            onChange={(value) => setFilter("event", value)}
            w={{ base: "100%", xs: 280 }}
          />
          <Select
            label="Type"
            placeholder="Any type"
            data={[...EVENT_TYPES]}
            value={type}
            onChange={(value) => setFilter("type", value)}
            clearable
            w={{ base: "100%", xs: 180 }}
          />
          {filtered ? (
            <Button
              variant="subtle"
              color="gray"
              mt={{ base: 0, xs: 25 }}
              leftSection={<IconFilterOff size={16} />}
              onClick={() => setParams({}, { replace: true })}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
        {query.isPending ? (
          <TableSkeleton />
        ) : query.isError && !query.data ? (
          <Card.Section p="md">
            <QueryError title="Could not load events" error={query.error} onRetry={() => void query.refetch()} />
          </Card.Section>
        ) : events.length === 0 ? (
          <EmptyState
            icon={<IconActivity size={24} />}
            title={filtered ? "No events match these filters" : "No events yet"}
          >
            {filtered
              ? "Try another event name or type, or clear the filters."
              : "Events appear here as soon as a source sends track, page, identify or other messages."}
          </EmptyState>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" horizontalSpacing="sm" highlightOnHover>
                <EventTableHead />
                <Table.Tbody>
                  {events.map((node) => (
                    <EventRow key={`${node.profileId}:${node.id}`} event={node} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore
              shown={events.length}
              noun="events"
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              onLoadMore={() => void query.fetchNextPage()}
              error={query.isFetchNextPageError ? query.error : undefined}
            />
          </>
        )}
      </Card>
    </>
  );
}
