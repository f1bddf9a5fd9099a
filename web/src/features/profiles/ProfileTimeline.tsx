import { Card, Group, Skeleton, Stack, ThemeIcon, Timeline, Title } from "@mantine/core";
import { IconActivity, IconPoint } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { LoadMore } from "../../lib/ui/LoadMore";
import { QueryError } from "../../lib/ui/QueryError";
import { EventNameSelect } from "../events/EventNameSelect";
import { eventTypeColor } from "../events/event-types";
import { profileEventsQuery } from "./queries";
import { TimelineItem } from "./TimelineItem";

const PAGE_SIZE = 25;
const FIRST_PAGE: string | null = null;

type Props = { profileId: string; eventName: string | null; onEventNameChange: (value: string | null) => void };

export function ProfileTimeline({ profileId, eventName, onEventNameChange }: Props) {
  const query = useInfiniteQuery({
    queryKey: ["profileEvents", profileId, eventName],
    queryFn: ({ pageParam, signal }) =>
      request(profileEventsQuery, { id: profileId, first: PAGE_SIZE, after: pageParam, event: eventName }, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) =>
      last.profile.events.pageInfo.hasNextPage ? last.profile.events.pageInfo.endCursor : undefined,
  });
  const events = query.data?.pages.flatMap((page) => page.profile.events.edges.map((edge) => edge.node)) ?? [];

  return (
    <Card padding={0}>
      <Group justify="space-between" align="flex-end" p="lg" pb="md" wrap="wrap" gap="sm">
        <Title order={3} size="h5">
          Event timeline
        </Title>
        <EventNameSelect
          value={eventName}
          onChange={onEventNameChange}
          label={undefined}
          aria-label="Filter by event name"
          size="xs"
          w={240}
        />
      </Group>
      <Stack px="lg" pb="md">
        {query.isPending ? (
          <Stack gap="md">
            {[0, 1, 2, 3].map((key) => (
              <Skeleton key={key} height={40} />
            ))}
          </Stack>
        ) : query.isError && !query.data ? (
          <QueryError title="Could not load the timeline" error={query.error} onRetry={() => void query.refetch()} />
        ) : events.length === 0 ? (
          <EmptyState
            icon={<IconActivity size={24} />}
            title={eventName ? `No “${eventName}” events` : "No events yet"}
          >
            {eventName ? "This profile has no events with that name." : "Events from this person will appear here."}
          </EmptyState>
        ) : (
          <Timeline bulletSize={22} lineWidth={2} active={-1}>
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                bullet={
                  <ThemeIcon size={22} radius="xl" variant="light" color={eventTypeColor(event.type)}>
                    <IconPoint size={14} />
                  </ThemeIcon>
                }
              >
                <TimelineItem event={event} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
      {events.length > 0 ? (
        <LoadMore
          shown={events.length}
          noun="events"
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          error={query.isFetchNextPageError ? query.error : undefined}
        />
      ) : null}
    </Card>
  );
}
