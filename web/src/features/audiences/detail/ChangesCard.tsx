import { Anchor, Badge, Card, Group, ScrollArea, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowsExchange } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { QueryError } from "../../../lib/ui/QueryError";
import { RelativeTime } from "../../../lib/ui/RelativeTime";
import { segmentChangesQuery } from "../queries";
import { ChangeKindBadge } from "./ChangeKindBadge";

const RECENT = 50;

/** Who entered and left lately, newest first. */
export function ChangesCard({ id }: { id: string }) {
  const query = useQuery({
    queryKey: ["segment", id, "changes"],
    queryFn: ({ signal }) => request(segmentChangesQuery, { id, first: RECENT }, { signal }),
  });
  const changes = query.data?.segment.changes ?? [];
  const entered = changes.filter((change) => change.kind === "ENTERED").length;

  return (
    <Card padding="lg" data-testid="changes">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Recent changes
        </Title>
        {changes.length > 0 ? (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              latest {changes.length}:
            </Text>
            <Badge variant="light" color="teal" tt="none">
              {entered} entered
            </Badge>
            <Badge variant="light" color="gray" tt="none">
              {changes.length - entered} exited
            </Badge>
          </Group>
        ) : null}
      </Group>
      {query.isPending ? (
        <Stack gap="xs">
          {[0, 1, 2, 3].map((key) => (
            <Skeleton key={key} height={28} />
          ))}
        </Stack>
      ) : query.isError ? (
        <QueryError title="Could not load the changes" error={query.error} onRetry={() => void query.refetch()} />
      ) : changes.length === 0 ? (
        <EmptyState icon={<IconArrowsExchange size={24} />} title="No changes yet">
          Profiles entering or leaving this audience show up here.
        </EmptyState>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
          <Stack gap={6}>
            {changes.map((change, index) => (
              <Group key={`${change.profile.id}-${change.at}-${index}`} justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <ChangeKindBadge kind={change.kind} />
                  <Anchor component={Link} to={`/profiles/${change.profile.id}`} size="sm" truncate>
                    {change.profile.displayName}
                  </Anchor>
                </Group>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  <RelativeTime value={change.at} size="xs" />
                </Text>
              </Group>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}
