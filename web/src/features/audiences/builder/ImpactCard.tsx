import { Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { AudienceImpactQuery } from "../../../gql/graphql";
import { formatNumber } from "../../../lib/format";
import { QueryError } from "../../../lib/ui/QueryError";

type Props = { impact: UseQueryResult<AudienceImpactQuery>; stale: boolean };

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Stack gap={0} align="center" style={{ flex: 1 }}>
      <Text fw={700} fz="lg" c={color}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** What saving these rules would do to the saved audience's members. */
export function ImpactCard({ impact, stale }: Props) {
  const data = impact.data?.audienceImpact;
  return (
    <Card padding="lg" aria-label="Edit impact">
      <Title order={3} size="h5" mb="sm">
        If you save these changes
      </Title>
      {impact.isError ? (
        <QueryError title="Could not compare with the saved version" error={impact.error} />
      ) : !data ? (
        impact.fetchStatus === "idle" ? (
          <Text size="sm" c="dimmed">
            Shown once the rules are complete.
          </Text>
        ) : (
          <Skeleton height={48} />
        )
      ) : (
        <Group opacity={stale ? 0.5 : 1} data-testid="edit-impact">
          <Figure label="would enter" value={data.entering} color="teal" />
          <Figure label="would leave" value={data.leaving} color="red" />
          <Figure label="stay" value={data.staying} color="dimmed" />
        </Group>
      )}
    </Card>
  );
}
