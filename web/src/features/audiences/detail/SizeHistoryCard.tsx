import { Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconChartAreaLine } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatCompact, formatDate, formatDateTime, formatNumber, formatPercent } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { QueryError } from "../../../lib/ui/QueryError";
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, PRIMARY } from "../../ltv/chart-style";
import { ChartTooltipBox } from "../../ltv/ChartTooltip";
import { sizeHistoryQuery } from "../queries";
import { carriedToNow, sizeChange, sizeSeries, tickStyle, type SizePoint } from "./size-history";

function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }).format(date);
}

const RANGES = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
];

function SizeTooltip({ active, payload }: TooltipContentProps) {
  const point = payload[0]?.payload as SizePoint | undefined;
  if (!active || !point) return null;
  return (
    <ChartTooltipBox
      title={formatDateTime(new Date(point.time))}
      rows={[{ label: "Members", value: formatNumber(point.size), color: PRIMARY }]}
    />
  );
}

function changeText(series: SizePoint[]): string {
  const change = sizeChange(series);
  if (!change) return "Membership recorded at each refresh and each batch of changes";
  const sign = change.delta > 0 ? "+" : "";
  const ratio = change.ratio === null ? "" : ` (${sign}${formatPercent(change.ratio)})`;
  return `${sign}${formatNumber(change.delta)} members${ratio} over this period`;
}

/** Members over time, as steps: the size holds from one recorded point to the next. */
export function SizeHistoryCard({ id }: { id: string }) {
  const [days, setDays] = useState("90");
  const query = useQuery({
    queryKey: ["segment", id, "sizeHistory", days],
    queryFn: ({ signal }) => request(sizeHistoryQuery, { id, days: Number(days) }, { signal }),
    placeholderData: keepPreviousData,
  });
  const series = useMemo(() => sizeSeries(query.data?.segment.sizeHistory ?? []), [query.data]);
  // Carried up to when the history was fetched: a refresh after the page opened still draws a line.
  const fetchedAt = query.dataUpdatedAt;
  const chart = useMemo(() => carriedToNow(series, fetchedAt), [series, fetchedAt]);
  const ticks = tickStyle(chart);

  return (
    <Card padding="lg" data-testid="size-history">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Size over time
          </Title>
          <Text size="sm" c="dimmed">
            {query.data ? changeText(series) : " "}
          </Text>
        </Stack>
        <SegmentedControl size="xs" value={days} onChange={setDays} data={RANGES} aria-label="Period" />
      </Group>
      {query.isPending ? (
        <Skeleton height={240} />
      ) : query.isError ? (
        <QueryError title="Could not load the size history" error={query.error} onRetry={() => void query.refetch()} />
      ) : chart.length === 0 ? (
        <EmptyState icon={<IconChartAreaLine size={24} />} title="No history yet">
          The size is recorded each time membership is refreshed.
        </EmptyState>
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          <AreaChart data={chart} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(time: number) =>
                ticks === "day" ? formatDate(new Date(time)) : formatTime(new Date(time))
              }
              tickLine={false}
              axisLine={AXIS_LINE}
              tick={AXIS_TICK}
              minTickGap={40}
            />
            <YAxis
              tickFormatter={(value: number) => formatCompact(value)}
              allowDecimals={false}
              width={48}
              tickLine={false}
              axisLine={false}
              tick={AXIS_TICK}
            />
            <Tooltip content={SizeTooltip} />
            <Area
              type="stepAfter"
              dataKey="size"
              name="Members"
              stroke={PRIMARY}
              strokeWidth={2}
              fill={PRIMARY}
              fillOpacity={0.12}
              isAnimationActive={false}
              dot={chart.length <= 2}
            />
          </AreaChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
