import { Alert, Button, Group, Select, Stack, Text } from "@mantine/core";
import { builderFields, isRuleGroup, type AudienceCatalog, type BuilderField, type RuleGroup } from "@mosaic/shared";
import { IconFilter, IconFilterOff } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import type { RuleGroupType } from "react-querybuilder";
import type { BuilderState } from "../../audiences/builder/builder-context";
import { RuleBuilder } from "../../audiences/builder/RuleBuilder";
import { checkRules, issueText, toRulesInput, type RuleIssue } from "../../audiences/builder/rules-input";
import { EMPTY_TREE, toBuilderQuery } from "../../audiences/builder/tree-state";
import { parseRuleGroup } from "../../audiences/rule-text";

type Props = {
  catalog: AudienceCatalog;
  rules: Record<string, unknown> | null;
  audienceId: string | null;
  /** An error the server found in the applied rules (BAD_USER_INPUT on rules…), shown beside the rule. */
  serverIssue: RuleIssue | null;
  onApply: (rules: Record<string, unknown> | null) => void;
  onAudience: (id: string | null) => void;
};

const NO_SIZES: ReadonlyMap<number, number> = new Map();

/**
 * The audience rule builder (the same react-querybuilder controls and checks as the audience editor, without its
 * save bar and previews) and a saved-audience picker. Rules apply on "Apply filters", so half-typed conditions do
 * not reload a large table.
 */
export function ExplorerFilters({ catalog, rules, audienceId, serverIssue, onApply, onAudience }: Props) {
  const applied = useMemo(() => toBuilderQuery(parseRuleGroup(rules)), [rules]);
  const [query, setQuery] = useState<RuleGroupType>(applied);
  const [synced, setSynced] = useState(applied);
  if (applied !== synced) {
    // The URL changed underneath (back button, a shared link): show what is applied.
    setSynced(applied);
    setQuery(applied);
  }
  const [localIssue, setLocalIssue] = useState<RuleIssue | null>(null);
  const fieldGroups = useMemo(() => builderFields(catalog).filter((group) => group.options.length > 0), [catalog]);
  const fields = useMemo(
    () => new Map<string, BuilderField>(fieldGroups.flatMap((group) => group.options.map((f) => [f.name, f]))),
    [fieldGroups],
  );
  const issue = localIssue ?? serverIssue;
  const state: BuilderState = {
    catalog,
    fields,
    groupSizes: NO_SIZES,
    sizesStale: false,
    recounting: false,
    issue,
  };

  const apply = () => {
    const input = toRulesInput(query);
    const problem = checkRules(input);
    setLocalIssue(problem);
    if (problem) return;
    onApply(Array.isArray(input.rules) && input.rules.length > 0 ? input : null);
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label="Members of audience"
          placeholder="Any profile"
          data={catalog.audiences.map((a) => ({ value: a.id, label: a.name }))}
          value={audienceId}
          onChange={onAudience}
          clearable
          searchable
          w={320}
        />
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4}>
          Matching these conditions
        </Text>
        <RuleBuilder query={query} onQueryChange={setQuery} fieldGroups={fieldGroups} state={state} />
      </div>
      {issue ? (
        <Alert color="red" role="alert" p="xs">
          {issueText(issue)}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button leftSection={<IconFilter size={16} />} onClick={apply}>
          Apply filters
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setQuery(EMPTY_TREE);
            setLocalIssue(null);
            onApply(null);
          }}
          disabled={!rules && query.rules.length === 0}
        >
          Clear
        </Button>
      </Group>
    </Stack>
  );
}

/** How many conditions the applied rules hold, for the collapsed filter button's badge. */
export function countConditions(rules: Record<string, unknown> | null): number {
  const walk = (group: RuleGroup): number =>
    group.rules.reduce((sum, node) => sum + (isRuleGroup(node) ? walk(node) : 1), 0);
  const tree = parseRuleGroup(rules);
  return tree ? walk(tree) : 0;
}
