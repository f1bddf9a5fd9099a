import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatCompact, formatMoney, formatNumber, formatPercent } from "../../lib/format";
import { AXIS_LABEL_STYLE, AXIS_LINE, AXIS_TICK, GRID_STROKE, HIGHLIGHT, PRIMARY } from "./chart-style";
import { ChartTooltipBox, LegendSwatch } from "./ChartTooltip";
import { binIndexOf, histogramBars, type HistogramBar, type HistogramBin } from "./histogram";

type Props = { bins: readonly HistogramBin[]; currency: string; median: number; average: number };

function BinTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload[0]?.payload as HistogramBar | undefined;
  if (!active || !bar) return null;
  return (
    <ChartTooltipBox
      title={bar.range}
      rows={[
        { label: "Customers", value: formatNumber(bar.customers), color: bar.open ? HIGHLIGHT : PRIMARY },
        { label: "Share of customers", value: formatPercent(bar.share) },
      ]}
      footer={bar.open ? "The open last bin gathers the top 2% or so of spenders." : undefined}
    />
  );
}

/** How historical LTV is spread: equal-width bins up to about the 98th percentile, then one open bin. */
export function HistogramCard({ bins, currency, median, average }: Props) {
  const bars = useMemo(() => histogramBars(bins, currency), [bins, currency]);
  const medianBin = binIndexOf(bins, median);
  const averageBin = binIndexOf(bins, average);
  const tickOf = new Map(bars.map((bar) => [bar.label, bar.tick]));
  return (
    <Card padding="lg">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Distribution of historical LTV
        </Title>
        <Text size="sm" c="dimmed">
          Customers by what they have spent so far ({currency})
        </Text>
      </Stack>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={bars} margin={{ top: 20, right: 8, bottom: 20, left: 8 }} barCategoryGap={1}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
          <XAxis
            dataKey="label"
            tickFormatter={(label: string) => tickOf.get(label) ?? label}
            tickLine={false}
            axisLine={AXIS_LINE}
            tick={AXIS_TICK}
            interval="preserveStartEnd"
            minTickGap={16}
            label={{
              value: `Revenue per customer (${currency})`,
              position: "insideBottom",
              offset: -12,
              style: AXIS_LABEL_STYLE,
            }}
          />
          <YAxis
            tickFormatter={(value: number) => formatCompact(value)}
            allowDecimals={false}
            width={56}
            tickLine={false}
            axisLine={false}
            tick={AXIS_TICK}
            label={{ value: "Customers", angle: -90, position: "insideLeft", offset: 4, style: AXIS_LABEL_STYLE }}
          />
          <Tooltip content={BinTooltip} cursor={{ fill: "var(--mantine-color-gray-1)" }} />
          <Bar dataKey="customers" name="Customers" isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.open ? HIGHLIGHT : PRIMARY} />
            ))}
          </Bar>
          {medianBin !== null && bars[medianBin] ? (
            <ReferenceLine x={bars[medianBin].label} stroke="var(--mantine-color-gray-8)" strokeDasharray="4 3" />
          ) : null}
          {averageBin !== null && averageBin !== medianBin && bars[averageBin] ? (
            <ReferenceLine
              x={bars[averageBin].label}
              stroke="var(--mantine-color-gray-6)"
              strokeDasharray="1 3"
              strokeWidth={2}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
      <Group gap="md" mt="xs" justify="center" wrap="wrap">
        <LegendSwatch square color={PRIMARY} label="Customers per bin" />
        <LegendSwatch square color={HIGHLIGHT} label="Open last bin (≥ its lower edge)" />
        {medianBin !== null ? (
          <LegendSwatch dashed color="var(--mantine-color-gray-8)" label={`Median ${formatMoney(median, currency)}`} />
        ) : null}
        {averageBin !== null && averageBin !== medianBin ? (
          <LegendSwatch dotted color="var(--mantine-color-gray-6)" label={`Mean ${formatMoney(average, currency)}`} />
        ) : null}
      </Group>
    </Card>
  );
}
