import { Card, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SurvivorshipRule } from "../../gql/graphql";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { RULE_LABELS } from "./crm-labels";
import { crmRulesQuery, setCrmRuleMutation } from "./queries";

const RULES: readonly SurvivorshipRule[] = ["crm_wins", "cdp_wins", "most_recent"];
const isRule = (value: string): value is SurvivorshipRule => (RULES as readonly string[]).includes(value);

/** Which side's value becomes the golden value, per shared field; admins and analysts change it, marketers read it. */
export function RulesCard({ editable }: { editable: boolean }) {
  const queryClient = useQueryClient();
  const rules = useQuery({
    queryKey: ["crm", "rules"],
    queryFn: ({ signal }) => request(crmRulesQuery, {}, { signal }),
  });
  const save = useMutation({
    mutationFn: (input: { field: string; rule: SurvivorshipRule }) => request(setCrmRuleMutation, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["crm"] }),
  });
  return (
    <Card padding="lg">
      <Stack gap={2} mb="sm">
        <Title order={3} size="h4">
          Survivorship rules
        </Title>
        <Text size="sm" c="dimmed">
          The golden value Mosaic shows when the two sides differ; the other side fills in when the winner is empty.
        </Text>
      </Stack>
      {rules.isError ? <QueryError error={rules.error} /> : null}
      {save.isError ? <QueryError error={save.error} title="Could not save the rule" /> : null}
      <Table data-testid="crm-rules">
        <Table.Tbody>
          {(rules.data?.crmRules ?? []).map((r) => (
            <Table.Tr key={r.field}>
              <Table.Td w={140}>
                <Text size="sm" fw={500}>
                  {r.label}
                </Text>
              </Table.Td>
              <Table.Td>
                {editable ? (
                  <Group gap="xs">
                    <SegmentedControl
                      size="xs"
                      aria-label={`Rule for ${r.label}`}
                      data-testid={`crm-rule-${r.field}`}
                      value={r.rule}
                      disabled={save.isPending}
                      onChange={(value) => {
                        if (isRule(value)) save.mutate({ field: r.field, rule: value });
                      }}
                      data={RULES.map((value) => ({ value, label: RULE_LABELS[value] }))}
                    />
                  </Group>
                ) : (
                  <Text size="sm">{RULE_LABELS[r.rule]}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
