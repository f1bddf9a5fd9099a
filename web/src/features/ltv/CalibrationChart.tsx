import { useMemo } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatCompact, formatNumber } from "../../lib/format";
import { AXIS_LABEL_STYLE, AXIS_LINE, AXIS_TICK, GRID_STROKE, PRIMARY, SECONDARY } from "./chart-style";
import { ChartTooltipBox } from "./ChartTooltip";
import type { HoldoutMarker } from "./holdout";

type Week = { week: number; expected: number; actual: number };

function WeekTooltip({ active, payload, label, marker }: TooltipContentProps & { marker: HoldoutMarker | null }) {
  const week = payload[0]?.payload as Week | undefined;
  if (!active || !week || typeof label !== "number") return null;
  const inHoldout = marker !== null && week.week >= marker.week;
  return (
    <ChartTooltipBox
      title={`Week ${week.week}${inHoldout ? " (holdout)" : ""}: repeat purchases so far`}
      rows={[
        { label: "Actual", value: formatNumber(Math.round(week.actual)), color: PRIMARY },
        { label: "Model expected", value: formatNumber(Math.round(week.expected)), color: SECONDARY, dashed: true },
      ]}
    />
  );
}

/**
 * The tracking plot: cumulative repeat purchases per week, actual against what BG/NBD (fitted on the weeks before
 * the holdout) expected; the shaded holdout is data the model did not see.
 */
export function CalibrationChart({
  weeks,
  marker,
  height = 300,
}: {
  weeks: readonly Week[];
  marker: HoldoutMarker | null;
  height?: number;
}) {
  const data = useMemo(() => [...weeks].sort((p, q) => p.week - q.week), [weeks]);
  const last = data.at(-1)?.week ?? 0;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 24, right: 16, bottom: 20, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
        {marker ? (
          <ReferenceArea
            x1={marker.x}
            x2={last}
            fill="var(--mantine-color-gray-2)"
            fillOpacity={0.6}
            ifOverflow="extendDomain"
          />
        ) : null}
        <XAxis
          type="number"
          dataKey="week"
          domain={[0, last]}
          allowDecimals={false}
          tickLine={false}
          axisLine={AXIS_LINE}
          tick={AXIS_TICK}
          label={{
            value: "Weeks since the first order in the data",
            position: "insideBottom",
            offset: -12,
            style: AXIS_LABEL_STYLE,
          }}
        />
        <YAxis
          tickFormatter={(value: number) => formatCompact(value)}
          width={56}
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          label={{
            value: "Repeat purchases (cumulative)",
            angle: -90,
            position: "insideLeft",
            offset: 0,
            style: AXIS_LABEL_STYLE,
          }}
        />
        <Tooltip
          content={(props) => <WeekTooltip {...props} marker={marker} />}
          cursor={{ stroke: "var(--mantine-color-gray-5)", strokeDasharray: "3 3" }}
        />
        <Legend
          verticalAlign="top"
          align="right"
          height={30}
          itemSorter={null}
          iconType="plainline"
          wrapperStyle={{ fontSize: 12 }}
        />
        {marker ? (
          <ReferenceLine
            x={marker.x}
            stroke="var(--mantine-color-gray-8)"
            strokeDasharray="4 3"
            label={{
              value: "Holdout starts",
              position: "insideTopRight",
              fontSize: 12,
              fill: "var(--mantine-color-gray-8)",
            }}
          />
        ) : null}
        <Line
          type="linear"
          dataKey="actual"
          name="Actual"
          stroke={PRIMARY}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="expected"
          name="Model expected"
          stroke={SECONDARY}
          strokeWidth={2.5}
          strokeDasharray="7 4"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
