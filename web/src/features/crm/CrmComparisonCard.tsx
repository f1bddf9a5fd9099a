import { Anchor, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDate } from "../../lib/format";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { CrmAccountSummary } from "./CrmAccountSummary";
import { RULE_LABELS } from "./crm-labels";
import { FieldValue, GoldenValue, StatusBadge } from "./FieldValue";
import { crmProfileComparisonQuery } from "./queries";

/** The profile's CRM record(s) beside the unified profile, field by field; nothing when the CRM does not know them. */
export function CrmComparisonCard({ profileId }: { profileId: string }) {
  const query = useQuery({
    queryKey: ["crm", "profile", profileId],
    queryFn: ({ signal }) => request(crmProfileComparisonQuery, { profileId }, { signal }),
  });
  // Most profiles have no CRM record: nothing is drawn until we know, so the page does not jump.
  if (query.isPending) return null;
  if (query.isError) return <QueryError error={query.error} title="Could not compare with the CRM" />;
  const records = query.data.crmProfileComparison;
  if (records.length === 0) return null;
  return (
    <Card padding="lg" data-testid="crm-comparison-card">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          CRM comparison
        </Title>
        <Anchor component={Link} to="/crm?tab=conflicts" size="sm">
          Rules
        </Anchor>
      </Group>
      <Stack gap="lg">
        {records.map((record) => (
          <Stack gap="xs" key={record.contactId}>
            <Text size="sm" c="dimmed">
              CRM record #{record.recordId}
              {record.updatedAt ? ` · last modified ${formatDate(record.updatedAt)}` : ""}
              {records.length > 1 ? " · the CRM holds this person more than once" : ""}
            </Text>
            <CrmAccountSummary company={record.company} deals={record.deals} />
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Field</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>CRM</Table.Th>
                    <Table.Th>Mosaic</Table.Th>
                    <Table.Th>Shown</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {record.fields.map((f) => (
                    <Table.Tr key={f.key} data-field={f.key}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {f.label}
                        </Text>
                        {f.kind === "shared" ? (
                          <Text size="xs" c="dimmed">
                            {RULE_LABELS[f.rule]}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={f.status} />
                      </Table.Td>
                      <Table.Td>
                        <FieldValue value={f.crmValue} at={f.crmAt} older={f.older === "crm"} />
                      </Table.Td>
                      <Table.Td>
                        <FieldValue value={f.cdpValue} at={f.cdpAt} older={f.older === "cdp"} />
                      </Table.Td>
                      <Table.Td>
                        <GoldenValue value={f.golden} side={f.kind === "shared" ? f.goldenSide : null} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
