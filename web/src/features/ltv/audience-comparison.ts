import { LTV_COMPARISON_LIMITS } from "@mosaic/shared";
import { CHART_COLORS } from "../../app/theme";
import type { AudienceLtvComparisonQuery } from "../../gql/graphql";

export const { min: MIN_AUDIENCES, max: MAX_AUDIENCES } = LTV_COMPARISON_LIMITS;

export type AudienceLtv = AudienceLtvComparisonQuery["audienceLtvComparison"]["audiences"][number];

/** One bar series per audience; keys are positional because names may repeat or hold characters recharts reads. */
export type ComparisonSeries = { key: string; name: string; color: string };

export type MetricKey = "averageValue" | "averagePredictedValue12m" | "averagePAlive" | "repeatPurchaseRate";
export type Metric = { key: MetricKey; label: string };

export const MONEY_METRICS: readonly Metric[] = [
  { key: "averageValue", label: "Historical LTV per customer" },
  { key: "averagePredictedValue12m", label: "Predicted 12-month value" },
];

export const RATE_METRICS: readonly Metric[] = [
  { key: "averagePAlive", label: "Average P(alive)" },
  { key: "repeatPurchaseRate", label: "Repeat-purchase rate" },
];

export type ComparisonRow = { metric: string } & Record<string, number | string | null>;

export function comparisonSeries(audiences: readonly AudienceLtv[]): ComparisonSeries[] {
  return audiences.map((a, index) => ({
    key: `a${index}`,
    name: a.name,
    color: CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0],
  }));
}

/** One row per metric with each audience's value under its series key; a missing value stays null (no bar). */
export function comparisonRows(audiences: readonly AudienceLtv[], metrics: readonly Metric[]): ComparisonRow[] {
  return metrics.map((metric) => {
    const row: ComparisonRow = { metric: metric.label };
    audiences.forEach((a, index) => {
      row[`a${index}`] = a[metric.key] ?? null;
    });
    return row;
  });
}

/** Why the comparison cannot run yet, or null when the selection is ready. */
export function selectionHint(selected: number, available: number): string | null {
  if (available < MIN_AUDIENCES) return "Save at least two audiences to compare their lifetime value.";
  if (selected < MIN_AUDIENCES)
    return `Pick ${MIN_AUDIENCES - selected} more audience${selected === 1 ? "" : "s"} to compare.`;
  return null;
}
