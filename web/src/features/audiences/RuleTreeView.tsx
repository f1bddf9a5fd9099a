import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import type { Rule, RuleGroup } from "@mosaic/shared";
import { isMuted, isRuleGroup, ruleKind, ruleToText, type RuleKind, type RuleNames } from "./rule-text";

const KIND_LABELS: Record<RuleKind, string> = {
  trait: "Trait",
  computed: "Computed",
  identifier: "Identifier",
  event: "Behaviour",
  sequence: "Sequence",
  audience: "Audience",
};

function MutedBadge() {
  return (
    <Badge size="xs" variant="outline" color="gray" tt="none">
      Muted, not applied
    </Badge>
  );
}

function RuleRow({ rule, names }: { rule: Rule; names: RuleNames }) {
  const muted = isMuted(rule);
  return (
    <Group gap={8} wrap="nowrap" py={4} align="flex-start" opacity={muted ? 0.55 : 1}>
      <Badge size="sm" variant="default" radius="sm" tt="none" fw={500} miw={84} style={{ flexShrink: 0 }}>
        {KIND_LABELS[ruleKind(rule)]}
      </Badge>
      <Text size="sm" td={muted ? "line-through" : undefined} style={{ wordBreak: "break-word" }}>
        {ruleToText(rule, names)}
      </Text>
      {muted ? <MutedBadge /> : null}
    </Group>
  );
}

function describeGroup(group: RuleGroup): string {
  const all = group.combinator === "and";
  if (group.not) return all ? "profiles that do not match all of these" : "profiles that match none of these";
  return all ? "profiles matching every condition below" : "profiles matching at least one condition below";
}

function GroupBox({ group, depth, names }: { group: RuleGroup; depth: number; names: RuleNames }) {
  const all = group.combinator === "and";
  const muted = isMuted(group);
  return (
    <Box
      pl="md"
      py={depth === 0 ? 0 : 6}
      opacity={muted ? 0.55 : 1}
      style={{ borderLeft: `3px solid var(--mantine-color-${all ? "mosaic" : "orange"}-${depth === 0 ? 6 : 3})` }}
    >
      <Group gap={6} mb={4}>
        {group.not ? (
          <Badge color="red" variant="filled" size="sm">
            Not
          </Badge>
        ) : null}
        <Badge color={all ? "mosaic" : "orange"} variant="light" size="sm">
          {all ? "All of" : "Any of"}
        </Badge>
        <Text size="xs" c="dimmed">
          {describeGroup(group)}
        </Text>
        {muted ? <MutedBadge /> : null}
      </Group>
      {group.rules.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No conditions: every profile matches.
        </Text>
      ) : (
        <Stack gap={2}>
          {group.rules.map((node, index) =>
            isRuleGroup(node) ? (
              <GroupBox key={node.id ?? index} group={node} depth={depth + 1} names={names} />
            ) : (
              <RuleRow key={node.id ?? index} rule={node} names={names} />
            ),
          )}
        </Stack>
      )}
    </Box>
  );
}

/** A read-only rendering of an audience's rule tree, nested groups indented. */
export function RuleTreeView({ group, names = {} }: { group: RuleGroup; names?: RuleNames }) {
  return <GroupBox group={group} depth={0} names={names} />;
}
