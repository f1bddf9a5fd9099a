import { Card, Stack, Text, Title } from "@mantine/core";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatNumber } from "../../lib/format";
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, HIGHLIGHT } from "../ltv/chart-style";
import { ChartTooltipBox } from "../ltv/ChartTooltip";
import { percentAxisMax, type ConflictBar } from "./crm-charts";

function ConflictTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload[0]?.payload as ConflictBar | undefined;
  if (!active || !bar) return null;
  return (
    <ChartTooltipBox
      title={bar.label}
      rows={[
        { label: "Differ", value: `${formatNumber(bar.conflicts)} of ${formatNumber(bar.compared)}`, color: HIGHLIGHT },
        { label: "Of which stale", value: formatNumber(bar.stale) },
      ]}
    />
  );
}

/** Per shared field, how often the two sides' values differ once normalised, where both have one. */
export function ConflictRateChart({ bars }: { bars: readonly ConflictBar[] }) {
  const max = percentAxisMax(bars.map((b) => b.rate));
  return (
    <Card padding="lg" data-testid="crm-conflict-chart">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Conflict rate per field
        </Title>
        <Text size="sm" c="dimmed">
          Matched records whose values differ after normalisation (case, accents, phone and country spellings).
        </Text>
      </Stack>
      <ResponsiveContainer width="100%" height={Math.max(200, bars.length * 34)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
          <XAxis
            type="number"
            domain={[0, max]}
            ticks={[0, 1, 2, 3, 4, 5].map((i) => (i * max) / 5)}
            tickFormatter={(v: number) => `${v}%`}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
          />
          <YAxis type="category" dataKey="label" width={110} tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} />
          <Tooltip content={ConflictTooltip} cursor={{ fill: "var(--mantine-color-gray-1)" }} />
          <Bar dataKey="rate" name="Conflict rate" fill={HIGHLIGHT} barSize={14} isAnimationActive={false}>
            <LabelList dataKey="rate" position="right" formatter={(v: unknown) => `${String(v)}%`} style={AXIS_TICK} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
