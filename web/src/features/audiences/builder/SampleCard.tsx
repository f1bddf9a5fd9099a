import { Anchor, Box, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { Link } from "react-router";
import type { AudienceSampleQuery } from "../../../gql/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { RelativeTime } from "../../../lib/ui/RelativeTime";
import { WhyButton } from "../why/WhyButton";

type Props = {
  sample: UseQueryResult<AudienceSampleQuery>;
  rules: Record<string, unknown>;
  /** The name being typed, for the trace's verdict ("… matches “VIPs” now"). */
  audienceName: string;
  stale: boolean;
};

/** A few matching profiles, each linking to its page, with a "Why?" trace against the rules on screen. */
export function SampleCard({ sample, rules, audienceName, stale }: Props) {
  const profiles = sample.data?.audienceSample ?? [];
  return (
    <Card padding="lg" aria-label="Sample of matching profiles">
      <Title order={3} size="h5" mb="sm">
        Who matches
      </Title>
      {sample.isError ? (
        <QueryError title="Could not load a sample" error={sample.error} />
      ) : sample.isPending ? (
        sample.fetchStatus === "idle" ? (
          <Text size="sm" c="dimmed">
            A sample shows once the rules are complete.
          </Text>
        ) : (
          <Skeleton height={160} />
        )
      ) : profiles.length === 0 ? (
        <Text size="sm" c="dimmed">
          No profile matches these rules.
        </Text>
      ) : (
        <Stack gap={6} opacity={stale ? 0.5 : 1}>
          {profiles.map((profile) => (
            <Group key={profile.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="sample-profile">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/profiles/${profile.id}`} size="sm" fw={600} truncate>
                  {profile.displayName}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {profile.email ?? "no email"} · seen <RelativeTime value={profile.lastSeenAt} size="xs" span />
                </Text>
              </Stack>
              <Box style={{ flexShrink: 0 }}>
                <WhyButton
                  rules={rules}
                  profileId={profile.id}
                  profileName={profile.displayName}
                  audienceName={audienceName}
                />
              </Box>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
