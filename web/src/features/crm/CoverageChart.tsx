import { Card, Stack, Text, Title } from "@mantine/core";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, PRIMARY, SECONDARY } from "../ltv/chart-style";
import type { CoverageBar } from "./crm-charts";

/** Okabe–Ito blue for the CRM and orange for Mosaic: apart for every colour vision, and labelled in the legend. */
export const CRM_COLOR = PRIMARY;
export const CDP_COLOR = SECONDARY;

const percent = (value: unknown) => (typeof value === "number" ? `${value}%` : "not held");

/** Per field, the share of matched records with a value in the CRM and in Mosaic. */
export function CoverageChart({ bars }: { bars: readonly CoverageBar[] }) {
  return (
    <Card padding="lg" data-testid="crm-coverage-chart">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Coverage per field
        </Title>
        <Text size="sm" c="dimmed">
          Share of matched records with a value on each side; a missing bar means the side does not hold the field.
        </Text>
      </Stack>
      <ResponsiveContainer width="100%" height={Math.max(260, bars.length * 34)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }} barGap={1}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
          <XAxis
            type="number"
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
          />
          <YAxis type="category" dataKey="label" width={150} tick={AXIS_TICK} tickLine={false} axisLine={AXIS_LINE} />
          <Tooltip formatter={percent} cursor={{ fill: "var(--mantine-color-gray-1)" }} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="crm" name="CRM" fill={CRM_COLOR} barSize={10} isAnimationActive={false} />
          <Bar dataKey="cdp" name="Mosaic" fill={CDP_COLOR} barSize={10} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
