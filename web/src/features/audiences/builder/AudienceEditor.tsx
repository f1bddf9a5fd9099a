import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { builderFields, type AudienceCatalog, type BuilderField } from "@mosaic/shared";
import { IconDeviceFloppy, IconEye } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { RuleGroupType } from "react-querybuilder";
import { describeError, request } from "../../../lib/graphql";
import { can } from "../../auth/roles";
import { useViewer } from "../../auth/viewer-context";
import { parseRuleGroup } from "../rule-text";
import type { BuilderState } from "./builder-context";
import { ImpactCard } from "./ImpactCard";
import { LiveSizeCard } from "./LiveSizeCard";
import { createSegmentMutation, updateSegmentMutation } from "./queries";
import { RuleBuilder } from "./RuleBuilder";
import { toRulesInput } from "./rules-input";
import { SampleCard } from "./SampleCard";
import { SqlPanel } from "./SqlPanel";
import { toBuilderQuery } from "./tree-state";
import { UnsavedChangesGuard } from "./UnsavedChangesGuard";
import { useLivePreview } from "./use-live-preview";

export type SavedAudience = { id: string; name: string; description: string; rules: Record<string, unknown> };

type Props = { catalog: AudienceCatalog; saved: SavedAudience | null };

/** Name, description and rules of a new or saved audience, with its live size, sample, SQL and edit impact. */
export function AudienceEditor({ catalog, saved }: Props) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canSave = can(viewer.role, "editAudiences");
  const savedTree = useMemo(() => (saved ? parseRuleGroup(saved.rules) : null), [saved]);
  const [name, setName] = useState(saved?.name ?? "");
  const [description, setDescription] = useState(saved?.description ?? "");
  const [query, setQuery] = useState<RuleGroupType>(() => toBuilderQuery(savedTree));
  const [nameError, setNameError] = useState<string | null>(null);
  const leaving = useRef(false);

  const fieldGroups = useMemo(() => builderFields(catalog), [catalog]);
  const fields = useMemo(
    () => new Map<string, BuilderField>(fieldGroups.flatMap((group) => group.options.map((f) => [f.name, f]))),
    [fieldGroups],
  );
  const preview = useLivePreview(query, saved?.id);
  const stale = preview.status.kind !== "ready";
  const state: BuilderState = {
    catalog,
    fields,
    groupSizes: preview.groupSizes,
    sizesStale: stale,
    recounting: preview.status.kind === "updating",
    issue: preview.status.kind === "invalid" ? preview.status.issue : null,
  };

  const initial = useMemo(
    () => JSON.stringify([saved?.name ?? "", saved?.description ?? "", toRulesInput(toBuilderQuery(savedTree))]),
    [saved, savedTree],
  );
  const dirty = JSON.stringify([name, description, preview.rules]) !== initial;

  const save = useMutation({
    mutationFn: async () => {
      const input = { name: name.trim(), description: description.trim(), rules: preview.rules };
      if (saved) return (await request(updateSegmentMutation, { id: saved.id, input })).updateSegment.id;
      return (await request(createSegmentMutation, { input })).createSegment.id;
    },
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: ["segments"] });
      await queryClient.invalidateQueries({ queryKey: ["segment", id] });
      leaving.current = true;
      void navigate(`/audiences/${id}`);
    },
  });

  const submit = () => {
    if (!name.trim()) {
      setNameError("Give the audience a name");
      return;
    }
    save.mutate();
  };

  return (
    <>
      <UnsavedChangesGuard when={dirty && canSave} leaving={leaving} />
      <Group justify="flex-end" mb="md" gap="sm" mt={-8}>
        {canSave ? (
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={submit}
            loading={save.isPending}
            disabled={preview.status.kind === "invalid"}
          >
            {saved ? "Save changes" : "Save audience"}
          </Button>
        ) : (
          <Badge size="lg" variant="light" color="blue" leftSection={<IconEye size={14} />} tt="none">
            Exploring: only marketers and admins can save audiences
          </Badge>
        )}
      </Group>
      {save.isError ? (
        <Alert color="red" mb="md" title="Could not save" role="alert">
          {describeError(save.error)}
        </Alert>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card padding="lg">
              <Stack gap="sm">
                <TextInput
                  label="Name"
                  required
                  value={name}
                  error={nameError}
                  onChange={(event) => {
                    setName(event.currentTarget.value);
                    setNameError(null);
                  }}
                  maxLength={200}
                />
                <Textarea
                  label="Description"
                  value={description}
                  onChange={(event) => setDescription(event.currentTarget.value)}
                  autosize
                  minRows={1}
                  maxRows={4}
                  maxLength={2000}
                />
              </Stack>
            </Card>
            <Card padding="lg">
              <Title order={3} size="h5" mb={4}>
                Rules
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Profiles matching these conditions. Drag conditions and groups by their handle to reorder or nest them;
                “Not” inverts a group. The number beside each top-level part is its size on its own.
              </Text>
              <RuleBuilder query={query} onQueryChange={setQuery} fieldGroups={fieldGroups} state={state} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <LiveSizeCard status={preview.status} size={preview.size} />
            {saved ? <ImpactCard impact={preview.impact} stale={stale} /> : null}
            <SampleCard
              sample={preview.sample}
              rules={preview.rules}
              audienceName={name.trim() || "this audience"}
              stale={stale}
            />
            <SqlPanel rules={preview.rules} valid={preview.status.kind !== "invalid"} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
