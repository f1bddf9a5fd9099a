import { Alert, Code, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconCircleCheckFilled, IconCircleXFilled } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../../lib/graphql";
import { prettyJson } from "../../../lib/json";
import { QueryError } from "../../../lib/ui/QueryError";
import { explainAudienceQuery } from "../queries";
import { parseTrace } from "./trace";
import { TraceView } from "./TraceView";

/** A saved audience by id, or a draft's rules (the builder's sample), explained for one profile. */
export type WhyTarget =
  { audienceId: string; rules?: undefined } | { audienceId?: undefined; rules: Record<string, unknown> };

export type WhyProps = WhyTarget & { profileId: string; profileName: string; audienceName: string };

/** Why one profile is (or is not) in an audience, evaluated now. */
export function WhyPanel({ profileId, audienceId, rules, profileName, audienceName }: WhyProps) {
  const query = useQuery({
    queryKey: ["explainAudience", audienceId ?? rules, profileId],
    queryFn: ({ signal }) =>
      request(explainAudienceQuery, { profileId, id: audienceId ?? null, rules: rules ?? null }, { signal }),
  });
  if (query.isPending) {
    return (
      <Stack gap="xs">
        <Skeleton height={22} width="60%" />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <QueryError title="Could not explain this membership" error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { member, trace: raw } = query.data.explainAudience;
  const trace = parseTrace(raw);
  return (
    <Stack gap="md">
      <Group gap={8} wrap="nowrap" align="flex-start">
        {member ? (
          <IconCircleCheckFilled size={22} color="var(--mantine-color-teal-7)" aria-hidden="true" />
        ) : (
          <IconCircleXFilled size={22} color="var(--mantine-color-red-7)" aria-hidden="true" />
        )}
        <Stack gap={0}>
          <Text fw={600} data-testid="why-verdict">
            {profileName} {member ? "matches" : "does not match"} “{audienceName}” now
          </Text>
        </Stack>
      </Group>
      {trace ? (
        <TraceView trace={trace} />
      ) : (
        <Alert color="yellow" variant="light" title="Trace in an unexpected shape">
          <Code block>{prettyJson(raw)}</Code>
        </Alert>
      )}
    </Stack>
  );
}
