import { SimpleGrid, Stack, Tooltip } from "@mantine/core";
import {
  IconAlertTriangle,
  IconCash,
  IconChartHistogram,
  IconCrystalBall,
  IconRepeat,
  IconScale,
  IconUsers,
} from "@tabler/icons-react";
import type { LtvOverviewQuery } from "../../gql/graphql";
import { formatMoney, formatNumber, formatPercent } from "../../lib/format";
import { StatCard } from "../home/StatCard";
import { formatMoneyHeadline } from "./money";

type Overview = LtvOverviewQuery["ltvOverview"];

/** The page's headline figures; all historical except the predicted 12-month value and the at-risk count. */
export function LtvStatCards({ overview }: { overview: Overview | undefined }) {
  const loading = !overview;
  const o = overview;
  const currency = o?.currency ?? "USD";
  const money = (amount: number) => (
    <Tooltip label={formatMoney(amount, currency)} withArrow openDelay={300}>
      <span>{formatMoneyHeadline(amount, currency)}</span>
    </Tooltip>
  );
  const repeatCustomers = o ? Math.round(o.repeatPurchaseRate * o.customers) : 0;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
        <StatCard
          label="Customers"
          icon={<IconUsers size={20} />}
          loading={loading}
          value={o ? formatNumber(o.customers) : null}
          hint="With at least one order"
        />
        <StatCard
          label="Revenue"
          icon={<IconCash size={20} />}
          loading={loading}
          value={o ? money(o.revenue) : null}
          hint={o ? `All time, ${currency}` : null}
        />
        <StatCard
          label="Average LTV"
          icon={<IconScale size={20} />}
          loading={loading}
          value={o ? money(o.averageValue) : null}
          hint="Spent per customer so far"
        />
        <StatCard
          label="Median LTV"
          icon={<IconChartHistogram size={20} />}
          loading={loading}
          value={o ? money(o.medianValue) : null}
          hint="Half spent less than this"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
        <StatCard
          label="Repeat rate"
          icon={<IconRepeat size={20} />}
          loading={loading}
          value={o ? formatPercent(o.repeatPurchaseRate) : null}
          hint={o ? `${formatNumber(repeatCustomers)} bought 2+ times` : null}
        />
        <StatCard
          label="Predicted 12 months"
          icon={<IconCrystalBall size={20} />}
          loading={loading}
          value={
            o
              ? o.averagePredictedValue12m === null || o.averagePredictedValue12m === undefined
                ? "—"
                : money(o.averagePredictedValue12m)
              : null
          }
          hint={o?.averagePredictedValue12m === null ? "No model fitted yet" : "Average per customer, discounted"}
        />
        <StatCard
          label="At risk"
          icon={<IconAlertTriangle size={20} />}
          loading={loading}
          value={o ? formatNumber(o.atRiskRepeatCustomers) : null}
          hint={
            o && repeatCustomers > 0
              ? `${formatPercent(o.atRiskRepeatCustomers / repeatCustomers)} of repeat buyers: P(alive) < 50%`
              : "Repeat buyers with P(alive) < 50%"
          }
        />
      </SimpleGrid>
    </Stack>
  );
}
