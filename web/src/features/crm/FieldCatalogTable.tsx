import { Badge, Card, Table, Text, Title } from "@mantine/core";
import type { CrmOverviewQuery } from "../../gql/graphql";
import { formatNumber, formatPercent } from "../../lib/format";
import { formatAge } from "./crm-charts";
import { KIND_LABELS, RULE_LABELS } from "./crm-labels";

type Stats = CrmOverviewQuery["crmFieldStats"][number];
const KIND_COLORS = { shared: "violet", crm: "blue", cdp: "orange" } as const;
const share = (value: number | null | undefined) => (value == null ? "—" : formatPercent(value));

/** Every field Mosaic knows: who holds it, how much of it, how old, how often the two sides disagree. */
export function FieldCatalogTable({ stats }: { stats: readonly Stats[] }) {
  return (
    <Card padding={0}>
      <Title order={3} size="h4" p="lg" pb="sm">
        Field catalog
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="crm-field-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th w={110}>Held by</Table.Th>
              <Table.Th ta="right">CRM coverage</Table.Th>
              <Table.Th ta="right">Mosaic coverage</Table.Th>
              <Table.Th ta="right">CRM median age</Table.Th>
              <Table.Th ta="right">Mosaic median age</Table.Th>
              <Table.Th ta="right">Conflicts</Table.Th>
              <Table.Th>Source of truth</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.map((s) => (
              <Table.Tr key={s.key} data-field={s.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={KIND_COLORS[s.kind]}>
                    {KIND_LABELS[s.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{share(s.crmCoverage)}</Table.Td>
                <Table.Td ta="right">{share(s.cdpCoverage)}</Table.Td>
                <Table.Td ta="right">{formatAge(s.crmMedianAgeDays)}</Table.Td>
                <Table.Td ta="right">{formatAge(s.cdpMedianAgeDays)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {s.conflictRate == null
                    ? "—"
                    : `${formatPercent(s.conflictRate)} (${formatNumber(s.conflicts)}${s.stale ? `, ${formatNumber(s.stale)} stale` : ""})`}
                </Table.Td>
                <Table.Td>{s.kind === "shared" ? RULE_LABELS[s.rule] : s.kind === "crm" ? "CRM" : "Mosaic"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
