import { ActionIcon, Card, Collapse, Group, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import type { ProfileQuery } from "../../gql/graphql";
import type { JsonObject } from "../../lib/json";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TraitHistory } from "./profile/TraitHistory";
import { TraitValue } from "./TraitValue";

type TraitSource = ProfileQuery["profile"]["traitSources"][number];
type Props = { profileId: string; traits: JsonObject; sources: readonly TraitSource[] };

/** Current traits with the source and time that set each one; a trait expands to the history of its values. */
export function TraitsCard({ profileId, traits, sources }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const sourceOf = new Map(sources.map((source) => [source.key, source]));
  const entries = Object.entries(traits).sort(([a], [b]) => a.localeCompare(b));
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <Card padding="lg">
      <Title order={3} size="h5" mb="sm">
        Traits
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No traits yet. Traits arrive with identify calls (name, email, plan…).
        </Text>
      ) : (
        <Table layout="fixed" verticalSpacing={6} horizontalSpacing="xs">
          <Table.Tbody>
            {entries.map(([key, value]) => {
              const source = sourceOf.get(key);
              const expanded = open.has(key);
              return (
                <Table.Tr key={key} data-testid={`trait-${key}`}>
                  <Table.Td w="36%" valign="top">
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <Tooltip label={expanded ? "Hide history" : "Show history"} withArrow openDelay={300}>
                        <ActionIcon
                          size="xs"
                          variant="subtle"
                          color="gray"
                          mt={2}
                          onClick={() => toggle(key)}
                          aria-expanded={expanded}
                          aria-label={`History of ${key}`}
                        >
                          {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                        </ActionIcon>
                      </Tooltip>
                      <Text size="sm" fw={500} c="dimmed" style={{ wordBreak: "break-word" }}>
                        {key}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td valign="top">
                    <Stack gap={2}>
                      <TraitValue value={value} />
                      {source ? (
                        <Text size="xs" c="dimmed">
                          {source.sourceName ?? "Unknown source"}
                          {source.at ? (
                            <>
                              {" · "}
                              <RelativeTime value={source.at} size="xs" />
                            </>
                          ) : null}
                        </Text>
                      ) : null}
                      <Collapse in={expanded}>
                        {expanded ? <TraitHistory profileId={profileId} traitKey={key} /> : null}
                      </Collapse>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
