import { ActionIcon, Button, Card, Group, Select, Stack, TagsInput, Text, TextInput, Title } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { BlockedMatch } from "../../gql/graphql";
import { knownTypes, removeAt, replaceAt, type BlockedRow, type RulesDraft } from "./rules-draft";

type Props = { draft: RulesDraft; onChange: (draft: RulesDraft) => void };

const MATCHES: Array<{ value: BlockedMatch; label: string }> = [
  { value: "exact", label: "Is exactly" },
  { value: "regex", label: "Matches regex" },
];
const isMatch = (value: string | null): value is BlockedMatch => MATCHES.some((m) => m.value === value);

export function BlockedValuesCard({ draft, onChange }: Props) {
  const setBlocked = (blocked: BlockedRow[]) => onChange({ ...draft, blocked });
  const types = knownTypes(draft);
  return (
    <Card padding="lg">
      <Title order={3} size="h5">
        Blocked values
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Values never used to link profiles, such as placeholders clients send (“null”, “anonymous”, 0000). Compared with
        the normalised value, ignoring case.
      </Text>
      <Stack gap="xs">
        {draft.blocked.map((rule, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="blocked-rule">
            <Select
              size="xs"
              w={150}
              allowDeselect={false}
              aria-label="How to compare"
              data={MATCHES}
              value={rule.match}
              onChange={(value) => {
                if (isMatch(value)) setBlocked(replaceAt(draft.blocked, index, { ...rule, match: value }));
              }}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              ff="monospace"
              aria-label="Blocked value"
              value={rule.value}
              onChange={(event) =>
                setBlocked(replaceAt(draft.blocked, index, { ...rule, value: event.currentTarget.value }))
              }
            />
            <TagsInput
              size="xs"
              w={260}
              aria-label="Identifier types it applies to"
              placeholder={rule.types.length === 0 ? "All types" : undefined}
              data={types}
              value={rule.types}
              onChange={(value) => setBlocked(replaceAt(draft.blocked, index, { ...rule, types: value }))}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label="Remove this blocked value"
              onClick={() => setBlocked(removeAt(draft.blocked, index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group mt="md">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => setBlocked([...draft.blocked, { types: [], match: "exact", value: "" }])}
        >
          Add blocked value
        </Button>
      </Group>
    </Card>
  );
}
