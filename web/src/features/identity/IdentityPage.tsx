import { Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { MergeHistoryTable } from "./MergeHistoryTable";
import { identityRulesQuery } from "./queries";
import { toDraft } from "./rules-draft";
import { RulesEditor } from "./RulesEditor";

export function IdentityPage() {
  const rules = useQuery({
    queryKey: ["identityRules"],
    queryFn: ({ signal }) => request(identityRulesQuery, {}, { signal }),
  });
  return (
    <>
      <PageHeader
        title="Identity"
        description="How messages are stitched into profiles: which identifiers link them, and the rules that stop bad merges."
      />
      <Stack gap="lg">
        {rules.isPending ? (
          <Skeleton height={360} />
        ) : rules.isError ? (
          <QueryError
            error={rules.error}
            title="Could not load the identity rules"
            onRetry={() => void rules.refetch()}
          />
        ) : (
          // Keyed by version: a save (here or elsewhere) starts a fresh draft from what is stored.
          <RulesEditor key={rules.data.identityRules.version} saved={toDraft(rules.data.identityRules.rules)} />
        )}
        <MergeHistoryTable />
      </Stack>
    </>
  );
}
