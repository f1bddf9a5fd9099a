import { Alert, Badge, Group, Modal, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../../lib/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { explainRulesQuery } from "./queries";
import { parseTrace } from "./trace";
import { TraceView } from "./TraceView";

type Props = {
  profile: { id: string; displayName: string } | null;
  rules: Record<string, unknown>;
  onClose: () => void;
};

/** "Why is this profile in?": explainAudience with the rules on screen, not the saved ones. */
export function WhyModal({ profile, rules, onClose }: Props) {
  const query = useQuery({
    queryKey: ["audience-preview", "explain", profile?.id, JSON.stringify(rules)],
    queryFn: ({ signal }) => request(explainRulesQuery, { profileId: profile?.id ?? "", rules }, { signal }),
    enabled: profile !== null,
  });
  const explanation = query.data?.explainAudience;
  const trace = explanation ? parseTrace(explanation.trace) : null;
  return (
    <Modal opened={profile !== null} onClose={onClose} title={`Why: ${profile?.displayName ?? ""}`} size="lg">
      {query.isPending ? (
        <Skeleton height={120} />
      ) : query.isError ? (
        <QueryError title="Could not explain this profile" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Group mb="sm" gap="xs">
            <Badge color={explanation?.member ? "teal" : "red"} variant="light">
              {explanation?.member ? "In the audience" : "Not in the audience"}
            </Badge>
            <Text size="xs" c="dimmed">
              with the rules as they are on screen
            </Text>
          </Group>
          {trace ? (
            <TraceView trace={trace} />
          ) : (
            <Alert color="gray">The server sent a trace this version of the app cannot read.</Alert>
          )}
        </>
      )}
    </Modal>
  );
}
