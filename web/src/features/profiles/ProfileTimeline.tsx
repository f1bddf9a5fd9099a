import { Card, Center, Group, Loader, Skeleton, Stack, Text, ThemeIcon, Timeline, Title } from "@mantine/core";
import { IconActivity, IconPoint } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { LoadMore } from "../../lib/ui/LoadMore";
import { QueryError } from "../../lib/ui/QueryError";
import { eventTypeColor } from "../events/event-types";
import { ActivityStrip } from "./profile/ActivityStrip";
import { ProfileEventNameSelect } from "./profile/ProfileEventNameSelect";
import { profileEventsQuery } from "./queries";
import { TimelineItem } from "./TimelineItem";

const PAGE_SIZE = 25;
const FIRST_PAGE: string | null = null;

type Props = { profileId: string; eventName: string | null; onEventNameChange: (value: string | null) => void };

/** The profile's events, newest first; the next page loads when the end of the list scrolls into view. */
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
  const endRef = useRef<HTMLDivElement>(null);
  const pageCount = query.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    const end = endRef.current;
    // A failed page is not retried by scrolling; the footer's button does that.
    if (!end || !hasNextPage || isFetchingNextPage || isFetchNextPageError) return;
    // A fresh observer per loaded page reports where the end is now, so a short page loads the next one at once.
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) return;
        observer.disconnect();
        void fetchNextPage();
      },
      { rootMargin: "300px" },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, pageCount]);

  return (
    <Card padding={0} data-testid="profile-timeline">
      <Stack gap="sm" p="lg" pb="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Title order={3} size="h5">
            Event timeline
          </Title>
          <ProfileEventNameSelect profileId={profileId} value={eventName} onChange={onEventNameChange} />
        </Group>
        <ActivityStrip profileId={profileId} eventName={eventName} />
      </Stack>
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
                data-testid="timeline-event"
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
        <div ref={endRef} aria-hidden="true" />
        {query.isFetchingNextPage ? (
          <Center>
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                Loading older events…
              </Text>
            </Group>
          </Center>
        ) : null}
      </Stack>
      {events.length > 0 ? (
        <LoadMore
          shown={events.length}
          noun={events.length === 1 ? "event" : "events"}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          error={query.isFetchNextPageError ? query.error : undefined}
        />
      ) : null}
    </Card>
  );
}
