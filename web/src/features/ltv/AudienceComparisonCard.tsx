import { Card, Group, MultiSelect, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatMoney, formatNumber, formatPercent } from "../../lib/format";
import { QueryError } from "../../lib/ui/QueryError";
import {
  comparisonRows,
  comparisonSeries,
  MAX_AUDIENCES,
  MONEY_METRICS,
  RATE_METRICS,
  selectionHint,
  type AudienceLtv,
  type ComparisonRow,
  type ComparisonSeries,
  type Metric,
} from "./audience-comparison";
import { AXIS_LINE, AXIS_TICK, GRID_STROKE } from "./chart-style";
import { ChartTooltipBox, LegendSwatch } from "./ChartTooltip";
import { formatMoneyCompact } from "./money";
import { useAudienceLtvComparison, useLtvAudienceOptions } from "./use-ltv";

type Format = (value: number) => string;

function comparisonTooltip(series: readonly ComparisonSeries[], format: Format) {
  return function ComparisonTooltip({ active, payload }: TooltipContentProps) {
    const row = payload[0]?.payload as ComparisonRow | undefined;
    if (!active || !row) return null;
    return (
      <ChartTooltipBox
        title={row.metric}
        rows={series.map((s) => {
          const value = row[s.key];
          return { label: s.name, value: typeof value === "number" ? format(value) : "no data", color: s.color };
        })}
      />
    );
  };
}

function ComparisonChart(props: {
  title: string;
  audiences: readonly AudienceLtv[];
  series: readonly ComparisonSeries[];
  metrics: readonly Metric[];
  format: Format;
  tick: Format;
  domain?: [number, number];
}) {
  const rows = useMemo(() => comparisonRows(props.audiences, props.metrics), [props.audiences, props.metrics]);
  const Tip = useMemo(() => comparisonTooltip(props.series, props.format), [props.series, props.format]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} barGap={2} barCategoryGap="20%">
          <CartesianGrid vertical={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
          <XAxis dataKey="metric" tickLine={false} axisLine={AXIS_LINE} tick={AXIS_TICK} interval={0} />
          <YAxis
            tickFormatter={props.tick}
            width={64}
            tickLine={false}
            axisLine={false}
            tick={AXIS_TICK}
            domain={props.domain ?? [0, "auto"]}
          />
          <Tooltip content={Tip} cursor={{ fill: "var(--mantine-color-gray-1)" }} />
          {props.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={s.color}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Stack>
  );
}

function ComparisonTable({ audiences, currency }: { audiences: readonly AudienceLtv[]; currency: string }) {
  const money = (value: number | null | undefined) => (value == null ? "—" : formatMoney(value, currency));
  const percent = (value: number | null | undefined) => (value == null ? "—" : formatPercent(value));
  const lines: Array<[string, (a: AudienceLtv) => string]> = [
    ["Members", (a) => formatNumber(a.members)],
    ["Customers", (a) => formatNumber(a.customers)],
    ["Historical revenue", (a) => money(a.revenue)],
    ["Historical LTV per customer", (a) => money(a.averageValue)],
    ["Predicted 12-month value", (a) => money(a.averagePredictedValue12m)],
    ["Average P(alive)", (a) => percent(a.averagePAlive)],
    ["Repeat-purchase rate", (a) => percent(a.repeatPurchaseRate)],
  ];
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder aria-label="Lifetime value by audience">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {audiences.map((a) => (
              <Table.Th key={a.audienceId} ta="right">
                {a.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              {audiences.map((a) => (
                <Table.Td key={a.audienceId} ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                  {value(a)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Lifetime value of 2 to 5 saved audiences side by side: a table of every figure and two grouped bar charts. */
export function AudienceComparisonCard() {
  const options = useLtvAudienceOptions();
  const segments = options.data?.segments ?? [];
  const [chosen, setChosen] = useState<string[] | null>(null);
  // Until someone picks, compare the first two audiences so the card shows an answer straight away.
  const picked = chosen ?? segments.slice(0, 2).map((s) => s.id);
  const hint = options.data ? selectionHint(picked.length, segments.length) : null;
  const comparison = useAudienceLtvComparison(picked, hint === null && options.isSuccess);
  const result = hint === null ? comparison.data?.audienceLtvComparison : undefined;
  const audiences = useMemo(() => result?.audiences ?? [], [result]);
  const series = useMemo(() => comparisonSeries(audiences), [audiences]);
  const currency = result?.currency ?? "USD";
  const money = useMemo<Format>(() => (value) => formatMoney(value, currency), [currency]);
  const moneyTick = useMemo<Format>(() => (value) => formatMoneyCompact(value, currency), [currency]);
  const percent = useMemo<Format>(() => (value) => formatPercent(value), []);

  let body;
  if (options.isError) {
    body = <QueryError title="Could not load audiences" error={options.error} onRetry={() => void options.refetch()} />;
  } else if (hint !== null) {
    body = (
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    );
  } else if (comparison.isError) {
    body = (
      <QueryError
        title="Could not compare audiences"
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
      />
    );
  } else if (!result) {
    body = <Skeleton height={320} />;
  } else {
    body = (
      <Stack gap="md">
        <Group gap="md" justify="center" wrap="wrap" aria-label="Audiences">
          {series.map((s) => (
            <LegendSwatch key={s.key} color={s.color} label={s.name} square />
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ComparisonChart
            title={`Value per customer (${currency})`}
            audiences={audiences}
            series={series}
            metrics={MONEY_METRICS}
            format={money}
            tick={moneyTick}
          />
          <ComparisonChart
            title="Retention"
            audiences={audiences}
            series={series}
            metrics={RATE_METRICS}
            format={percent}
            tick={percent}
            domain={[0, 1]}
          />
        </SimpleGrid>
        <ComparisonTable audiences={audiences} currency={currency} />
      </Stack>
    );
  }

  return (
    <Card padding="lg" data-testid="audience-ltv-comparison">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Compare audiences
        </Title>
        <Text size="sm" c="dimmed">
          Lifetime value of the current members of two to five saved audiences. Averages are per customer (a member with
          at least one order).
        </Text>
      </Stack>
      <MultiSelect
        label="Audiences to compare"
        placeholder={picked.length < MAX_AUDIENCES ? "Pick an audience" : undefined}
        data={segments.map((s) => ({ value: s.id, label: s.name }))}
        value={picked}
        onChange={setChosen}
        maxValues={MAX_AUDIENCES}
        searchable
        disabled={options.isPending}
        maw={720}
        mb="md"
      />
      {body}
    </Card>
  );
}
