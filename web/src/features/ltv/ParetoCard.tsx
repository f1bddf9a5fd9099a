import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatPercent } from "../../lib/format";
import { AXIS_LABEL_STYLE, AXIS_LINE, AXIS_TICK, GRID_STROKE, HIGHLIGHT, MUTED, PRIMARY } from "./chart-style";
import { ChartTooltipBox, LegendSwatch } from "./ChartTooltip";
import { giniFromPareto, paretoRows, revenueShareOfTop, type ParetoPoint, type ParetoRow } from "./pareto";

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const TOP = 0.2;

function ParetoTooltip({ active, payload }: TooltipContentProps) {
  const row = payload[0]?.payload as ParetoRow | undefined;
  if (!active || !row) return null;
  return (
    <ChartTooltipBox
      title={`Top ${formatPercent(row.customerShare)} of customers`}
      rows={[
        { label: "Their share of revenue", value: formatPercent(row.revenueShare), color: PRIMARY },
        { label: "If all spent the same", value: formatPercent(row.equality), color: MUTED, dashed: true },
      ]}
    />
  );
}

/** Revenue concentration: customers sorted by revenue, largest first, against the cumulative share of revenue. */
export function ParetoCard({ points }: { points: readonly ParetoPoint[] }) {
  const rows = useMemo(() => paretoRows(points), [points]);
  const top = revenueShareOfTop(points, TOP);
  const gini = giniFromPareto(points);
  const lookups = [0.01, 0.1, 0.5]
    .map((share) => ({ share, revenue: revenueShareOfTop(points, share) }))
    .filter((l): l is { share: number; revenue: number } => l.revenue !== null);
  return (
    <Card padding="lg">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Revenue concentration
        </Title>
        <Text size="sm" c="dimmed">
          {top === null ? (
            "Share of revenue from the biggest spenders"
          ) : (
            <>
              The top 20% of customers bring{" "}
              <Text span fw={700} c="var(--mantine-color-text)">
                {formatPercent(top)}
              </Text>{" "}
              of revenue
            </>
          )}
        </Text>
      </Stack>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ top: 20, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
          <XAxis
            type="number"
            dataKey="customerShare"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(value: number) => formatPercent(value)}
            tickLine={false}
            axisLine={AXIS_LINE}
            tick={AXIS_TICK}
            label={{
              value: "Share of customers, biggest spenders first",
              position: "insideBottom",
              offset: -12,
              style: AXIS_LABEL_STYLE,
            }}
          />
          <YAxis
            type="number"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(value: number) => formatPercent(value)}
            width={56}
            tickLine={false}
            axisLine={false}
            tick={AXIS_TICK}
            label={{
              value: "Share of revenue",
              angle: -90,
              position: "insideLeft",
              offset: 4,
              style: AXIS_LABEL_STYLE,
            }}
          />
          <Tooltip content={ParetoTooltip} cursor={{ stroke: "var(--mantine-color-gray-5)", strokeDasharray: "3 3" }} />
          <Line
            type="linear"
            dataKey="equality"
            name="Equal spending"
            stroke={MUTED}
            strokeDasharray="5 4"
            strokeWidth={1.5}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="revenueShare"
            name="Share of revenue"
            stroke={PRIMARY}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          {top !== null ? (
            <>
              <ReferenceLine
                segment={[
                  { x: TOP, y: 0 },
                  { x: TOP, y: top },
                ]}
                stroke={HIGHLIGHT}
                strokeDasharray="3 3"
              />
              <ReferenceLine
                segment={[
                  { x: 0, y: top },
                  { x: TOP, y: top },
                ]}
                stroke={HIGHLIGHT}
                strokeDasharray="3 3"
              />
              <ReferenceDot
                x={TOP}
                y={top}
                r={5}
                fill={HIGHLIGHT}
                stroke="white"
                strokeWidth={2}
                label={{
                  value: `Top 20% → ${formatPercent(top)}`,
                  position: "right",
                  offset: 10,
                  fontSize: 12,
                  fontWeight: 600,
                  fill: "var(--mantine-color-gray-9)",
                }}
              />
            </>
          ) : null}
        </LineChart>
      </ResponsiveContainer>
      <Group gap="md" mt="xs" justify="center" wrap="wrap">
        <LegendSwatch color={PRIMARY} label="Cumulative share of revenue" />
        <LegendSwatch color={MUTED} dashed label="Equality (everyone spends the same)" />
        <LegendSwatch color={HIGHLIGHT} label="Top 20% of customers" />
      </Group>
      {lookups.length > 0 || gini !== null ? (
        <Text size="xs" c="dimmed" ta="center" mt="xs">
          {lookups.map((l) => `Top ${formatPercent(l.share)}: ${formatPercent(l.revenue)}`).join(" · ")}
          {gini !== null ? ` · Gini ${gini.toFixed(2)}` : ""}
        </Text>
      ) : null}
    </Card>
  );
}
