import { Card, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconChartLine } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatMoney, formatNumber } from "../../lib/format";
import { EmptyState } from "../../lib/ui/EmptyState";
import { AXIS_LABEL_STYLE, AXIS_LINE, AXIS_TICK, GRID_STROKE, LINE_COLORS, LINE_DASHES } from "./chart-style";
import { ChartTooltipBox } from "./ChartTooltip";
import {
  defaultGrouping,
  groupCohorts,
  groupCount,
  MAX_COHORT_LINES,
  type CohortCurve,
  type CohortGrouping,
  type CohortRow,
  type CohortSeries,
} from "./cohorts";
import { formatMoneyCompact } from "./money";

const GROUPINGS: ReadonlyArray<{ value: CohortGrouping; label: string }> = [
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
  { value: "year", label: "Year" },
];

function isGrouping(value: string): value is CohortGrouping {
  return GROUPINGS.some((g) => g.value === value);
}

const NOUNS: Record<CohortGrouping, string> = { month: "monthly", quarter: "quarterly", year: "yearly" };

function monthLabel(month: number): string {
  return month === 0
    ? "Month of the first purchase"
    : `${month} ${month === 1 ? "month" : "months"} after the first purchase`;
}

function CohortTooltip({
  active,
  payload,
  label,
  series,
  currency,
}: TooltipContentProps & { series: CohortSeries[]; currency: string }) {
  const row = payload[0]?.payload as CohortRow | undefined;
  if (!active || !row || typeof label !== "number") return null;
  const rows = series
    .map((s, index) => ({ s, index, value: row[s.key] }))
    .filter((r): r is { s: CohortSeries; index: number; value: number } => typeof r.value === "number")
    .sort((p, q) => q.value - p.value)
    .map(({ s, index, value }) => ({
      label: s.label,
      value: formatMoney(value, currency),
      color: LINE_COLORS[index % LINE_COLORS.length],
      dashed: index > 0,
    }));
  return <ChartTooltipBox title={`${monthLabel(label)}: revenue per customer so far`} rows={rows} />;
}

/** Cumulative revenue per customer by acquisition cohort (month of first purchase), grouped to stay readable. */
export function CohortCurvesCard({ cohorts, currency }: { cohorts: readonly CohortCurve[]; currency: string }) {
  const [chosen, setChosen] = useState<CohortGrouping | null>(null);
  const grouping = chosen ?? defaultGrouping(cohorts);
  const chart = useMemo(() => groupCohorts(cohorts, grouping), [cohorts, grouping]);
  const monthly = cohorts.filter((c) => c.customers > 0).length;

  return (
    <Card padding="lg">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Cumulative LTV by acquisition cohort
          </Title>
          <Text size="sm" c="dimmed">
            Revenue per customer since the first purchase, by when customers first bought
            {grouping === "month" ? "" : ` (monthly cohorts averaged per ${grouping}, weighted by customers)`}
          </Text>
        </Stack>
        {monthly > 1 ? (
          <SegmentedControl
            size="xs"
            value={grouping}
            onChange={(value) => {
              if (isGrouping(value)) setChosen(value);
            }}
            data={GROUPINGS.map((g) => ({ value: g.value, label: `${g.label} (${groupCount(cohorts, g.value)})` }))}
            aria-label="Group cohorts by"
          />
        ) : null}
      </Group>
      {chart.series.length === 0 ? (
        <EmptyState icon={<IconChartLine size={24} />} title="No cohorts yet">
          Cohort curves appear after a successful fit of the model.
        </EmptyState>
      ) : (
        <>
          <ResponsiveContainer width="100%" height={340}>
            <LineChart data={chart.rows} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
              <XAxis
                type="number"
                dataKey="month"
                domain={[0, "dataMax"]}
                allowDecimals={false}
                tickLine={false}
                axisLine={AXIS_LINE}
                tick={AXIS_TICK}
                label={{
                  value: "Months since first purchase",
                  position: "insideBottom",
                  offset: -12,
                  style: AXIS_LABEL_STYLE,
                }}
              />
              <YAxis
                tickFormatter={(value: number) => formatMoneyCompact(value, currency)}
                width={64}
                tickLine={false}
                axisLine={false}
                tick={AXIS_TICK}
                label={{
                  value: "Revenue per customer",
                  angle: -90,
                  position: "insideLeft",
                  offset: 0,
                  style: AXIS_LABEL_STYLE,
                }}
              />
              <Tooltip
                content={(props) => <CohortTooltip {...props} series={chart.series} currency={currency} />}
                cursor={{ stroke: "var(--mantine-color-gray-5)", strokeDasharray: "3 3" }}
              />
              <Legend
                verticalAlign="top"
                align="right"
                itemSorter="dataKey"
                iconType="plainline"
                wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
              />
              {chart.series.map((s, index) => (
                <Line
                  key={s.key}
                  type="linear"
                  dataKey={s.key}
                  name={`${s.label} (${formatNumber(s.customers)})`}
                  stroke={LINE_COLORS[index % LINE_COLORS.length]}
                  strokeDasharray={LINE_DASHES[index % LINE_DASHES.length]}
                  strokeWidth={2}
                  // A line of one or two points would be invisible or look like a tick: show its points.
                  dot={s.lastMonth < 2 ? { r: 3, fill: LINE_COLORS[index % LINE_COLORS.length] } : false}
                  activeDot={{ r: 4 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
          <Text size="xs" c="dimmed" mt="xs">
            Legend: cohort (customers).{" "}
            {chart.hidden > 0
              ? `Showing the ${chart.series.length} most recent of ${chart.series.length + chart.hidden} ${NOUNS[grouping]} cohorts. `
              : ""}
            A line stops at the last month its youngest customers have reached; the latest month is still in progress.
            {grouping === "month" && monthly > MAX_COHORT_LINES
              ? " Group by quarter or year to see older cohorts."
              : ""}
          </Text>
        </>
      )}
    </Card>
  );
}
