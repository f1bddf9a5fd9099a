import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconEye } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { BlockedValuesCard } from "./BlockedValuesCard";
import { DryRunResult } from "./DryRunResult";
import { IdentifierTypesCard } from "./IdentifierTypesCard";
import { NormalizationCard } from "./NormalizationCard";
import { identityRulesDryRunQuery, updateIdentityRulesMutation } from "./queries";
import { fromDraft, sameRules, type RulesDraft } from "./rules-draft";
import { TraitIdentifiersCard } from "./TraitIdentifiersCard";

type Props = { saved: RulesDraft };

/** The rules form: edit a draft, preview what it would merge or split, then save. */
export function RulesEditor({ saved }: Props) {
  const [draft, setDraft] = useState(saved);
  const queryClient = useQueryClient();
  const preview = useMutation({
    mutationFn: (proposed: RulesDraft) =>
      request(identityRulesDryRunQuery, { rules: fromDraft(proposed) }).then((data) => ({
        proposed,
        report: data.identityRulesDryRun,
      })),
  });
  const save = useMutation({
    mutationFn: (proposed: RulesDraft) => request(updateIdentityRulesMutation, { rules: fromDraft(proposed) }),
    onSuccess: async () => {
      preview.reset();
      await queryClient.invalidateQueries({ queryKey: ["identityRules"] });
      notifications.show({
        color: "teal",
        title: "Identity rules saved",
        message: "Messages received from now on resolve under the new rules.",
      });
    },
  });
  const dirty = !sameRules(draft, saved);
  const error = save.error ?? preview.error;

  return (
    <Stack gap="lg">
      <IdentifierTypesCard draft={draft} onChange={setDraft} />
      <NormalizationCard draft={draft} onChange={setDraft} />
      <BlockedValuesCard draft={draft} onChange={setDraft} />
      <TraitIdentifiersCard draft={draft} onChange={setDraft} />
      <Card
        padding="md"
        withBorder
        style={{ position: "sticky", bottom: 0, zIndex: 2, boxShadow: "0 -2px 8px rgba(0,0,0,0.06)" }}
      >
        <Stack gap="sm">
          {error ? (
            <QueryError error={error} title={save.error ? "Could not save the rules" : "Could not preview"} />
          ) : null}
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {dirty ? "Unsaved changes. Preview them before saving." : "No unsaved changes."}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                disabled={!dirty || save.isPending}
                onClick={() => {
                  setDraft(saved);
                  preview.reset();
                  save.reset();
                }}
              >
                Discard
              </Button>
              <Button
                variant="light"
                leftSection={<IconEye size={16} />}
                loading={preview.isPending}
                onClick={() => {
                  save.reset();
                  preview.mutate(draft);
                }}
              >
                Preview changes
              </Button>
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => {
                  preview.reset();
                  save.mutate(draft);
                }}
              >
                Save rules
              </Button>
            </Group>
          </Group>
        </Stack>
      </Card>
      {preview.data ? (
        <DryRunResult report={preview.data.report} stale={!sameRules(preview.data.proposed, draft)} />
      ) : null}
    </Stack>
  );
}
