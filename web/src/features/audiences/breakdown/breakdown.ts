/** `audienceBreakdown` buckets shaped for a bar chart: top values, then "Other values" and "No value" last. */
export type BreakdownBucketInput = { value: string | null | undefined; count: number };

export type BreakdownBar = {
  key: string;
  label: string;
  count: number;
  /** Share of the audience (of the buckets' sum when the audience size is unknown). */
  share: number;
  kind: "value" | "other" | "missing";
};

export const NO_VALUE_LABEL = "No value";
export const OTHER_LABEL = "Other values";

/**
 * `total` is the audience size: what the top buckets leave out becomes "Other values", so the bars add up to
 * the whole audience.
 */
export function breakdownBars(buckets: readonly BreakdownBucketInput[], total?: number | null): BreakdownBar[] {
  const values = buckets
    .filter((bucket) => bucket.value !== null && bucket.value !== undefined && bucket.count > 0)
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  const missing = buckets
    .filter((bucket) => bucket.value === null || bucket.value === undefined)
    .reduce((sum, bucket) => sum + bucket.count, 0);
  const listed = values.reduce((sum, bucket) => sum + bucket.count, 0) + missing;
  const other = total !== null && total !== undefined && total > listed ? total - listed : 0;
  const whole = Math.max(listed + other, 1);
  const bars: BreakdownBar[] = values.map((bucket) => ({
    key: `value:${String(bucket.value)}`,
    label: bucket.value === "" ? '""' : String(bucket.value),
    count: bucket.count,
    share: bucket.count / whole,
    kind: "value",
  }));
  if (other > 0) bars.push({ key: "other", label: OTHER_LABEL, count: other, share: other / whole, kind: "other" });
  if (missing > 0) {
    bars.push({ key: "missing", label: NO_VALUE_LABEL, count: missing, share: missing / whole, kind: "missing" });
  }
  return bars;
}
