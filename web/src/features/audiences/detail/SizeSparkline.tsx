import { Box } from "@mantine/core";
import { useMemo } from "react";
import { Area, AreaChart, XAxis, YAxis } from "recharts";
import { PRIMARY } from "../../ltv/chart-style";
import { carriedToNow, sizeSeries, type SizePointInput } from "./size-history";

/** A tiny trend for a table cell; a flat line when there is only one point. */
type Props = {
  points: readonly SizePointInput[];
  label: string;
  /** When the points were fetched: the line runs up to it. */
  now: number;
};

export function SizeSparkline({ points, label, now }: Props) {
  const data = useMemo(() => carriedToNow(sizeSeries(points), now), [points, now]);
  if (data.length === 0) return <Box w={96} h={28} />;
  return (
    <Box w={96} h={28} role="img" aria-label={label}>
      <AreaChart width={96} height={28} data={data} margin={{ top: 2, right: 0, bottom: 2, left: 0 }}>
        <XAxis hide dataKey="time" type="number" domain={["dataMin", "dataMax"]} />
        <YAxis hide domain={["dataMin", "dataMax"]} />
        <Area
          type="stepAfter"
          dataKey="size"
          stroke={PRIMARY}
          strokeWidth={1.5}
          fill={PRIMARY}
          fillOpacity={0.1}
          isAnimationActive={false}
          dot={false}
        />
      </AreaChart>
    </Box>
  );
}
