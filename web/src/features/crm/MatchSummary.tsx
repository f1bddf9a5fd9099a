import { Card, SimpleGrid, Text } from "@mantine/core";
import type { CrmOverviewQuery } from "../../gql/graphql";
import { formatNumber, formatPercent } from "../../lib/format";

type Props = { stats: CrmOverviewQuery["crmMatchStats"] };

function Figure({ label, value, total, hint }: { label: string; value: number; total: number; hint: string }) {
  return (
    <Card padding="md" data-testid={`crm-${label.toLowerCase()}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {total ? `${formatPercent(value / total)} · ` : ""}
        {hint}
      </Text>
    </Card>
  );
}

/** How the CRM's records landed on unified profiles. */
export function MatchSummary({ stats }: Props) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <Figure label="Records" value={stats.total} total={0} hint="CRM contacts imported" />
      <Figure label="Matched" value={stats.matched} total={stats.total} hint="one profile by email, phone or id" />
      <Figure label="Unmatched" value={stats.unmatched} total={stats.total} hint="unknown to Mosaic" />
      <Figure label="Ambiguous" value={stats.ambiguous} total={stats.total} hint="identifiers on different profiles" />
    </SimpleGrid>
  );
}
