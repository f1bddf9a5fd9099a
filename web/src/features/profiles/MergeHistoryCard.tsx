import { Alert, Anchor, Badge, Button, Card, Code, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { IconArrowBackUp, IconCheck } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { MergeFieldsFragment } from "../../gql/graphql";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { IdentifierBadges } from "../identity/IdentifierBadges";
import { undoMergeMutation } from "../identity/queries";
import { profileMergesQuery } from "./merge-queries";

const shortId = (id: string) => id.slice(0, 8);

function MergeLine({ merge, profileId }: { merge: MergeFieldsFragment; profileId: string }) {
  const absorbed = merge.winnerId === profileId;
  const other = absorbed ? merge.loserId : merge.winnerId;
  // A merged-away id still opens: its page follows the merge to the profile that holds it now.
  const otherLabel = (
    <Anchor
      component={Link}
      to={`/profiles/${other}`}
      ff="monospace"
      size="sm"
      data-testid="merge-other-profile"
      title={absorbed ? "The former profile that was merged into this one" : "The profile this one was merged into"}
    >
      {shortId(other)}
    </Anchor>
  );
  return (
    <Text size="sm">
      {absorbed ? <>Profile {otherLabel} merged into this one</> : <>Merged into profile {otherLabel}</>}
      {merge.loserEvents > 0
        ? ` (${formatNumber(merge.loserEvents)} ${merge.loserEvents === 1 ? "event" : "events"})`
        : ""}
    </Text>
  );
}

/** The identifiers that joined the two profiles, split by the side that held them before the merge. */
function LinkedBy({ merge, profileId }: { merge: MergeFieldsFragment; profileId: string }) {
  const ownSide = merge.winnerId === profileId ? "winner" : "loser";
  const here = merge.linkedBy.filter((identifier) => identifier.side === ownSide);
  const brought = merge.linkedBy.filter((identifier) => identifier.side !== ownSide);
  return (
    <Stack gap={4}>
      {brought.length > 0 ? (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="merge-brought">
          <Text size="xs" c="dimmed" w={112} style={{ flexShrink: 0 }}>
            Other profile had
          </Text>
          <IdentifierBadges identifiers={brought} />
        </Group>
      ) : null}
      {here.length > 0 ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" w={112} style={{ flexShrink: 0 }}>
            This profile had
          </Text>
          <IdentifierBadges identifiers={here} />
        </Group>
      ) : null}
    </Stack>
  );
}

/** The merges this profile took part in, and their undo (admins). */
export function MergeHistoryCard({ profileId }: { profileId: string }) {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<MergeFieldsFragment | null>(null);
  const merges = useQuery({
    queryKey: ["profileMerges", profileId],
    queryFn: ({ signal }) => request(profileMergesQuery, { id: profileId }, { signal }),
  });
  const undo = useMutation({
    mutationFn: (mergeId: string) => request(undoMergeMutation, { mergeId }),
    onSuccess: async () => {
      setConfirming(null);
      await Promise.all(
        ["profile", "profileMerges", "profileEvents", "profiles", "mergeHistory"].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
    },
  });
  const mayUndo = can(viewer.role, "manageIdentity");
  const list = merges.data?.profile.merges ?? [];
  const restored = undo.data?.undoMerge;

  return (
    <Card padding="lg">
      <Title order={3} size="h5" mb="sm">
        Merge history
      </Title>
      {restored ? (
        <Alert color="teal" variant="light" icon={<IconCheck size={18} />} mb="sm" title="Merge undone">
          <Group justify="space-between" gap="xs">
            <Text size="sm">The merged-away profile is back with its identities, events and traits.</Text>
            <Button component={Link} to={`/profiles/${restored.restoredProfileId}`} size="xs" variant="white">
              Open restored profile
            </Button>
          </Group>
        </Alert>
      ) : null}
      {merges.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : merges.isError ? (
        <QueryError error={merges.error} title="Could not load the merges" onRetry={() => void merges.refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          This profile was never merged with another.
        </Text>
      ) : (
        <Stack gap="md">
          {list.map((merge) => (
            <Stack key={merge.id} gap={6} data-testid="merge-entry">
              <MergeLine merge={merge} profileId={profileId} />
              <Text size="xs" c="dimmed">
                <RelativeTime value={merge.mergedAt} size="xs" /> · rule {merge.rule}
                {merge.sourceName ? ` · from ${merge.sourceName}` : ""}
              </Text>
              {merge.messageId ? (
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed" w={112} style={{ flexShrink: 0 }}>
                    Linking message
                  </Text>
                  <Code fz="xs" data-testid="merge-message" style={{ wordBreak: "break-all" }}>
                    {merge.messageId}
                  </Code>
                </Group>
              ) : null}
              <LinkedBy merge={merge} profileId={profileId} />
              {merge.undoneAt ? (
                <Group gap="xs">
                  <Badge variant="light" color="gray" size="sm">
                    Undone
                  </Badge>
                  <RelativeTime value={merge.undoneAt} size="xs" c="dimmed" />
                </Group>
              ) : mayUndo && merge.winnerId === profileId ? (
                <Group>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    leftSection={<IconArrowBackUp size={14} />}
                    onClick={() => setConfirming(merge)}
                  >
                    Undo merge
                  </Button>
                </Group>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
          undo.reset();
        }}
        title="Undo this merge?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            Profile <b>{confirming ? shortId(confirming.loserId) : ""}</b> comes back as it was when merged: its
            identifiers, events and traits move out of this profile. Identifiers and events that arrived after the merge
            stay here.
          </Text>
          {undo.isError ? <QueryError error={undo.error} title="Could not undo the merge" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={undo.isPending}>
              Cancel
            </Button>
            <Button color="red" loading={undo.isPending} onClick={() => confirming && undo.mutate(confirming.id)}>
              Undo merge
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
