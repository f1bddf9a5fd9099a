import { Anchor, Card, Divider, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDate } from "../../lib/format";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { ChangeKindBadge } from "../audiences/detail/ChangeKindBadge";
import { WhyButton } from "../audiences/why/WhyButton";
import { profileAudiencesQuery } from "./audience-queries";

const RECENT_CHANGES = 10;

type Props = { profileId: string; profileName: string };

/** The saved audiences this profile is in now, each with its why-trace, and its latest entries and exits. */
export function ProfileAudiencesCard({ profileId, profileName }: Props) {
  const query = useQuery({
    queryKey: ["profile", profileId, "audiences"],
    queryFn: ({ signal }) => request(profileAudiencesQuery, { id: profileId, first: RECENT_CHANGES }, { signal }),
  });
  const audiences = query.data?.profile.audiences ?? [];
  const changes = query.data?.profile.audienceChanges ?? [];

  return (
    <Card padding="lg" data-testid="profile-audiences">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Audiences
        </Title>
        {query.data ? (
          <Text size="sm" c="dimmed">
            in {audiences.length} of the saved audiences
          </Text>
        ) : null}
      </Group>
      {query.isPending ? (
        <Stack gap="xs">
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      ) : query.isError ? (
        <QueryError title="Could not load audiences" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm">
          {audiences.length === 0 ? (
            <Group gap="xs" c="dimmed">
              <IconUsersGroup size={16} aria-hidden="true" />
              <Text size="sm" c="dimmed">
                Not in any saved audience right now.
              </Text>
            </Group>
          ) : (
            <Stack gap={4}>
              {audiences.map(({ segment, enteredAt }) => (
                <Group key={segment.id} justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} miw={0}>
                    <Anchor component={Link} to={`/audiences/${segment.id}`} size="sm" fw={600} truncate>
                      {segment.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      entered {formatDate(enteredAt)} (<RelativeTime value={enteredAt} size="xs" />)
                    </Text>
                  </Stack>
                  <WhyButton
                    profileId={profileId}
                    audienceId={segment.id}
                    profileName={profileName}
                    audienceName={segment.name}
                  />
                </Group>
              ))}
            </Stack>
          )}
          {changes.length > 0 ? (
            <>
              <Divider label="Recent changes" labelPosition="left" />
              <Stack gap={6}>
                {changes.map((change, index) => (
                  <Group key={`${change.segment.id}-${change.at}-${index}`} justify="space-between" wrap="nowrap">
                    <Group gap="sm" wrap="nowrap" miw={0}>
                      <ChangeKindBadge kind={change.kind} />
                      <Anchor component={Link} to={`/audiences/${change.segment.id}`} size="sm" truncate>
                        {change.segment.name}
                      </Anchor>
                    </Group>
                    <RelativeTime value={change.at} size="xs" c="dimmed" />
                  </Group>
                ))}
              </Stack>
            </>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
