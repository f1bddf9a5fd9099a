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

export type TraitOption = { key: string; type: string; seen: number; suggestions?: readonly string[] };

/** Nested objects and lists have no single value to count profiles by. */
const UNGROUPABLE = new Set(["object", "array"]);

/**
 * Traits worth breaking down by, most widely known first. The default is a categorical trait the catalog
 * lists value suggestions for (a small, known set such as country or plan); free text (city, email) and
 * numbers or dates have nearly as many values as profiles.
 */
export function traitOptions(traits: readonly TraitOption[]): { options: TraitOption[]; initial: string | null } {
  const options = traits
    .filter((trait) => trait.seen > 0 && !UNGROUPABLE.has(trait.type))
    .sort((a, b) => b.seen - a.seen || a.key.localeCompare(b.key));
  const categorical = options.filter((trait) => trait.type === "string" || trait.type === "boolean");
  const known = categorical.find((trait) => (trait.suggestions?.length ?? 0) > 0);
  return { options, initial: (known ?? categorical[0] ?? options[0])?.key ?? null };
}
