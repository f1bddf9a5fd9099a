import { Paper, Text } from "@mantine/core";
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
import { CHART_COLORS } from "../../app/theme";
import { formatCompact, formatDay, formatNumber } from "../../lib/format";

type Point = { day: string; count: number };

function DayTooltip({ active, payload, label }: TooltipContentProps) {
  const value = payload[0]?.value;
  if (!active || typeof label !== "string" || typeof value !== "number") return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Text size="xs" c="dimmed">
        {formatDay(label, "long")}
      </Text>
      <Text size="sm" fw={600}>
        {formatNumber(value)} {value === 1 ? "event" : "events"}
      </Text>
    </Paper>
  );
}

export function EventsPerDayChart({ data, height = 280 }: { data: Point[]; height?: number }) {
  const color = CHART_COLORS[0];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <defs>
          <linearGradient id="events-per-day-fill" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={color} stopOpacity={0.35} />
            <stop offset="100%" stopColor={color} stopOpacity={0.03} />
          </linearGradient>
        </defs>
        <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="var(--mantine-color-gray-3)" />
        <XAxis
          dataKey="day"
          tickFormatter={(day: string) => formatDay(day)}
          minTickGap={28}
          tickLine={false}
          axisLine={{ stroke: "var(--mantine-color-gray-4)" }}
          tick={{ fontSize: 12, fill: "var(--mantine-color-gray-7)" }}
        />
        <YAxis
          tickFormatter={(value: number) => formatCompact(value)}
          allowDecimals={false}
          width={48}
          tickLine={false}
          axisLine={false}
          tick={{ fontSize: 12, fill: "var(--mantine-color-gray-7)" }}
        />
        <Tooltip content={DayTooltip} cursor={{ stroke: "var(--mantine-color-gray-5)", strokeDasharray: "3 3" }} />
        <Area
          type="monotone"
          dataKey="count"
          name="Events"
          stroke={color}
          strokeWidth={2}
          fill="url(#events-per-day-fill)"
          isAnimationActive={false}
          activeDot={{ r: 4 }}
        />
      </AreaChart>
    </ResponsiveContainer>
  );
}
