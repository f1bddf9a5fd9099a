/**
 * Computed and predicted traits a rule can use as `computed.<name>`. Order values come from the last LTV fit
 * (profile_ltv); a profile the fit did not include has no orders and a lifetime value of 0, and no prediction.
 */
export const COMPUTED_TRAITS = {
  lifetime_value: { label: "Lifetime value (historical)", type: "number", nullable: false },
  orders: { label: "Orders", type: "number", nullable: false },
  average_order_value: { label: "Average order value", type: "number", nullable: true },
  predicted_value_12m: { label: "Predicted value, next 12 months", type: "number", nullable: true },
  expected_orders_12m: { label: "Expected orders, next 12 months", type: "number", nullable: true },
  p_alive: { label: "Probability still a customer (P(alive), 0 to 1)", type: "number", nullable: true },
  first_order_at: { label: "First order date", type: "date", nullable: true },
  last_order_at: { label: "Last order date", type: "date", nullable: true },
  first_seen_at: { label: "First seen", type: "date", nullable: false },
  last_seen_at: { label: "Last seen", type: "date", nullable: false },
} as const satisfies Record<string, { label: string; type: "number" | "date"; nullable: boolean }>;

export type ComputedTraitName = keyof typeof COMPUTED_TRAITS;

export function isComputedTraitName(name: string): name is ComputedTraitName {
  return Object.hasOwn(COMPUTED_TRAITS, name);
}
