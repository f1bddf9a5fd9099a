import { Button, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { formatNumber } from "../../lib/format";
import { QueryError } from "../../lib/ui/QueryError";
import { matchCrmAgainMutation } from "./queries";

/**
 * Merges and splits move matches by themselves; this re-matches every record, for identifiers Mosaic learned
 * without a merge (a new email on a known profile) since the import.
 */
export function MatchAgainButton() {
  const queryClient = useQueryClient();
  const match = useMutation({
    mutationFn: () => request(matchCrmAgainMutation, {}),
    onSuccess: ({ matchCrmAgain: m }) => {
      notifications.show({
        color: "teal",
        message: `Matched again: ${formatNumber(m.matched)} matched, ${formatNumber(m.unmatched)} unmatched, ${formatNumber(m.ambiguous)} ambiguous`,
      });
      void queryClient.invalidateQueries({ queryKey: ["crm"] });
    },
  });
  return (
    <>
      <Tooltip label="Match every CRM record to profiles again through the identity graph">
        <Button
          variant="default"
          loading={match.isPending}
          onClick={() => match.mutate()}
          data-testid="crm-match-again"
        >
          Match again
        </Button>
      </Tooltip>
      {match.isError ? <QueryError error={match.error} title="Could not match again" /> : null}
    </>
  );
}
