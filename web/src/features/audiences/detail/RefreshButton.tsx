import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconRefresh } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatNumber } from "../../../lib/format";
import { describeError, request } from "../../../lib/graphql";
import { refreshSegmentMutation } from "../queries";

/** Re-evaluates membership now, then reloads everything on the page that depends on it. */
export function RefreshButton({ id, name }: { id: string; name: string }) {
  const queryClient = useQueryClient();
  const refresh = useMutation({
    mutationFn: () => request(refreshSegmentMutation, { id }),
    onSuccess: async ({ refreshSegment }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["segment", id] }),
        queryClient.invalidateQueries({ queryKey: ["audienceList"] }),
        queryClient.invalidateQueries({ queryKey: ["explainAudience", id] }),
      ]);
      notifications.show({
        color: "teal",
        title: "Audience refreshed",
        message:
          refreshSegment.size === null || refreshSegment.size === undefined
            ? `“${name}” was re-evaluated.`
            : `“${name}” has ${formatNumber(refreshSegment.size)} members now.`,
      });
    },
    onError: (error) => {
      notifications.show({ color: "red", title: "Could not refresh the audience", message: describeError(error) });
    },
  });
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} />}
      onClick={() => refresh.mutate()}
      loading={refresh.isPending}
    >
      Refresh now
    </Button>
  );
}
