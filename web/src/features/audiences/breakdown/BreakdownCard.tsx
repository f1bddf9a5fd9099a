import { Card, Group, Select, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatCompact, formatNumber, formatPercent } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { QueryError } from "../../../lib/ui/QueryError";
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, MUTED, PRIMARY } from "../../ltv/chart-style";
import { ChartTooltipBox } from "../../ltv/ChartTooltip";
import { audienceBreakdownQuery, breakdownTraitsQuery } from "../queries";
import { breakdownBars, traitOptions, type BreakdownBar } from "./breakdown";

const TOP_VALUES = 10;
const BAR_HEIGHT = 30;

type Props = {
  /** The rule tree to break down: a saved audience's rules, or the builder's draft. */
  rules: Record<string, unknown>;
  /** The audience size, when known: what the top values leave out is shown as "Other values". */
  total?: number | null;
  title?: string;
};

function BucketTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload[0]?.payload as BreakdownBar | undefined;
  if (!active || !bar) return null;
  return (
    <ChartTooltipBox
      title={bar.label}
      rows={[
        { label: "Profiles", value: formatNumber(bar.count), color: bar.kind === "value" ? PRIMARY : MUTED },
        { label: "Share", value: formatPercent(bar.share) },
      ]}
    />
  );
}

/** The audience split by one trait's values, as horizontal bars (labels stay readable however long). */
export function BreakdownCard({ rules, total, title = "Breakdown" }: Props) {
  const traits = useQuery({
    queryKey: ["audienceCatalog", "traits"],
    queryFn: ({ signal }) => request(breakdownTraitsQuery, {}, { signal }),
    staleTime: 5 * 60_000,
  });
  const { options, initial } = useMemo(() => traitOptions(traits.data?.audienceCatalog.traits ?? []), [traits.data]);
  const [picked, setPicked] = useState<string | null>(null);
  const trait = picked ?? initial;

  const breakdown = useQuery({
    queryKey: ["audienceBreakdown", rules, trait],
    queryFn: ({ signal }) =>
      request(audienceBreakdownQuery, { rules, trait: trait ?? "", limit: TOP_VALUES }, { signal }),
    enabled: trait !== null,
    placeholderData: keepPreviousData,
  });
  const bars = useMemo(() => breakdownBars(breakdown.data?.audienceBreakdown ?? [], total), [breakdown.data, total]);

  return (
    <Card padding="lg" data-testid="breakdown">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            Members by {trait ?? "trait"}, top {TOP_VALUES} values
          </Text>
        </Stack>
        <Select
          aria-label="Break down by trait"
          placeholder={traits.isPending ? "Loading traits…" : "Pick a trait"}
          data={options.map((option) => ({ value: option.key, label: option.key }))}
          value={trait}
          onChange={(value) => setPicked(value)}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No such trait"
          w={220}
          size="xs"
        />
      </Group>
      {traits.isError ? (
        <QueryError title="Could not load the traits" error={traits.error} onRetry={() => void traits.refetch()} />
      ) : trait === null ? (
        traits.isPending ? (
          <Skeleton height={200} />
        ) : (
          <EmptyState icon={<IconChartBar size={24} />} title="No traits to break down by">
            Profiles in this workspace have no traits yet.
          </EmptyState>
        )
      ) : breakdown.isPending ? (
        <Skeleton height={200} />
      ) : breakdown.isError ? (
        <QueryError
          title="Could not break the audience down"
          error={breakdown.error}
          onRetry={() => void breakdown.refetch()}
        />
      ) : bars.length === 0 ? (
        <EmptyState icon={<IconChartBar size={24} />} title="Nobody to break down">
          The audience has no members.
        </EmptyState>
      ) : (
        <ResponsiveContainer width="100%" height={bars.length * BAR_HEIGHT + 40}>
          <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 56, bottom: 0, left: 8 }} barCategoryGap={6}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={GRID_STROKE} />
            <XAxis
              type="number"
              tickFormatter={(value: number) => formatCompact(value)}
              allowDecimals={false}
              tickLine={false}
              axisLine={AXIS_LINE}
              tick={AXIS_TICK}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={140}
              tickLine={false}
              axisLine={false}
              tick={AXIS_TICK}
              tickFormatter={(label: string) => (label.length > 20 ? `${label.slice(0, 19)}…` : label)}
            />
            <Tooltip content={BucketTooltip} cursor={{ fill: "var(--mantine-color-gray-1)" }} />
            <Bar dataKey="count" name="Profiles" isAnimationActive={false} radius={[0, 3, 3, 0]}>
              {bars.map((bar) => (
                <Cell key={bar.key} fill={bar.kind === "value" ? PRIMARY : MUTED} />
              ))}
              <LabelList
                dataKey="share"
                position="right"
                formatter={(value: unknown) => (typeof value === "number" ? formatPercent(value) : "")}
                style={{ fontSize: 12, fill: "var(--mantine-color-gray-7)" }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
