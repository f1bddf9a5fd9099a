import { ActionIcon, Button, Card, Group, NumberInput, Table, Text, TextInput, Title, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { identityTypeLabel } from "../profiles/identity-summary";
import {
  moveItem,
  newTypeProblem,
  normalisationOf,
  removeAt,
  replaceAt,
  type RulesDraft,
  type TypeRow,
} from "./rules-draft";

type Props = { draft: RulesDraft; onChange: (draft: RulesDraft) => void };

const wholeOrNull = (value: number | string) => (typeof value === "number" && Number.isFinite(value) ? value : null);

export function IdentifierTypesCard({ draft, onChange }: Props) {
  const [newType, setNewType] = useState("");
  const problem = newType ? newTypeProblem(draft, newType) : null;
  const setTypes = (types: TypeRow[]) => onChange({ ...draft, types });

  return (
    <Card padding="lg">
      <Title order={3} size="h5">
        Identifier types
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Highest priority first. When a message would give a profile more values of a type than its limit, the
        lowest-priority identifier of the message is dropped and matching is tried again.
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} horizontalSpacing="xs" aria-label="Identifier types">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Normalisation</Table.Th>
              <Table.Th w={150}>Limit per profile</Table.Th>
              <Table.Th w={140}>Within (days)</Table.Th>
              <Table.Th w={110} aria-label="Order and remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.types.map((row, index) => (
              <Table.Tr key={row.type} data-testid={`identifier-type-${row.type}`}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {identityTypeLabel(row.type)}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.type}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {normalisationOf(row.type, draft.normalization)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={1}
                    max={1000}
                    allowDecimal={false}
                    placeholder={`Default (${draft.defaultLimit})`}
                    aria-label={`Limit of ${row.type}`}
                    value={row.max ?? ""}
                    onChange={(value) =>
                      setTypes(
                        replaceAt(draft.types, index, { ...row, max: wholeOrNull(value), windowDays: row.windowDays }),
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={1}
                    max={3650}
                    allowDecimal={false}
                    placeholder="Ever"
                    disabled={row.max === null}
                    aria-label={`Window of ${row.type} in days`}
                    value={row.windowDays ?? ""}
                    onChange={(value) =>
                      setTypes(replaceAt(draft.types, index, { ...row, windowDays: wholeOrNull(value) }))
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      aria-label={`Raise the priority of ${row.type}`}
                      onClick={() => setTypes(moveItem(draft.types, index, -1))}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === draft.types.length - 1}
                      aria-label={`Lower the priority of ${row.type}`}
                      onClick={() => setTypes(moveItem(draft.types, index, 1))}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <Tooltip label="Remove from the list (it then ranks last, with the default limit)" withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${row.type}`}
                        onClick={() => setTypes(removeAt(draft.types, index))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="md" align="flex-start" justify="space-between" wrap="wrap">
        <Group align="flex-start" gap="xs">
          <TextInput
            size="xs"
            placeholder="device_id"
            aria-label="New identifier type"
            value={newType}
            error={problem}
            onChange={(event) => setNewType(event.currentTarget.value.trim())}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            disabled={!newType || problem !== null}
            onClick={() => {
              setTypes([...draft.types, { type: newType, max: null, windowDays: null }]);
              setNewType("");
            }}
          >
            Add type
          </Button>
        </Group>
        <NumberInput
          size="xs"
          w={260}
          label="Default limit for other types"
          min={1}
          max={1000}
          allowDecimal={false}
          value={draft.defaultLimit}
          onChange={(value) => onChange({ ...draft, defaultLimit: wholeOrNull(value) ?? draft.defaultLimit })}
        />
      </Group>
    </Card>
  );
}
