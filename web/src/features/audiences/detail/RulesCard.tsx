import { Alert, Button, Card, Code, Collapse, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconCode } from "@tabler/icons-react";
import { prettyJson } from "../../../lib/json";
import { countConditions, parseRuleGroup, ruleGroupToText, type RuleNames } from "../rule-text";
import { RuleTreeView } from "../RuleTreeView";

/** The audience's rules: one line of text, the readable tree, and the stored JSON on demand. */
export function RulesCard({ rules, names }: { rules: Record<string, unknown>; names: RuleNames }) {
  const [jsonOpen, { toggle: toggleJson }] = useDisclosure(false);
  const tree = parseRuleGroup(rules);
  const conditions = tree ? countConditions(tree) : 0;
  return (
    <Card padding="lg">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h4">
          Who is in this audience
        </Title>
        {tree ? (
          <Text size="sm" c="dimmed">
            {conditions} {conditions === 1 ? "condition" : "conditions"}
          </Text>
        ) : null}
      </Group>
      {tree ? (
        <Stack gap="md">
          <Text
            size="sm"
            p="sm"
            bg="var(--mantine-color-gray-0)"
            style={{ borderRadius: "var(--mantine-radius-sm)", fontFamily: "var(--mantine-font-family-monospace)" }}
            aria-label="Rules as text"
          >
            {ruleGroupToText(tree, names)}
          </Text>
          <RuleTreeView group={tree} names={names} />
          <Button variant="subtle" size="xs" leftSection={<IconCode size={14} />} onClick={toggleJson} w="fit-content">
            {jsonOpen ? "Hide" : "Show"} rules as JSON
          </Button>
          <Collapse in={jsonOpen}>
            <Code block>{prettyJson(rules)}</Code>
          </Collapse>
        </Stack>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Rules in an unexpected shape"
        >
          These rules do not follow the rule format this dashboard knows, so they are shown as stored.
          <Code block mt="sm">
            {prettyJson(rules)}
          </Code>
        </Alert>
      )}
    </Card>
  );
}
