import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconArrowRight, IconPlus, IconTrash } from "@tabler/icons-react";
import { removeAt, replaceAt, type RulesDraft, type TraitRow } from "./rules-draft";

type Props = { draft: RulesDraft; onChange: (draft: RulesDraft) => void };

export function TraitIdentifiersCard({ draft, onChange }: Props) {
  const setRows = (traitIdentifiers: TraitRow[]) => onChange({ ...draft, traitIdentifiers });
  return (
    <Card padding="lg">
      <Title order={3} size="h5">
        Traits used as identifiers
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A trait (from identify or context.traits) whose value also links profiles, as an identifier of the given type.
      </Text>
      <Stack gap="xs">
        {draft.traitIdentifiers.length === 0 ? (
          <Text size="sm" c="dimmed">
            None: only user id, anonymous id, email, phone and context.externalIds link profiles.
          </Text>
        ) : null}
        {draft.traitIdentifiers.map((row, index) => (
          <Group key={index} gap="xs" wrap="nowrap" data-testid="trait-identifier">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              placeholder="loyaltyId"
              aria-label="Trait key"
              value={row.trait}
              onChange={(event) =>
                setRows(replaceAt(draft.traitIdentifiers, index, { ...row, trait: event.currentTarget.value }))
              }
            />
            <IconArrowRight size={16} color="var(--mantine-color-dimmed)" />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              placeholder="loyalty_id"
              aria-label="Identifier type"
              value={row.type}
              onChange={(event) =>
                setRows(replaceAt(draft.traitIdentifiers, index, { ...row, type: event.currentTarget.value }))
              }
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label="Remove this trait identifier"
              onClick={() => setRows(removeAt(draft.traitIdentifiers, index))}
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
          onClick={() => setRows([...draft.traitIdentifiers, { trait: "", type: "" }])}
        >
          Add trait
        </Button>
      </Group>
    </Card>
  );
}
