export type ParetoPoint = { customerShare: number; revenueShare: number };

/** A point of the concentration chart: the curve plus the diagonal of perfect equality. */
export type ParetoRow = { customerShare: number; revenueShare: number; equality: number };

/** Sorted by customer share, starting at (0, 0) so the curve and the lookup begin at the origin. */
function normalise(points: readonly ParetoPoint[]): ParetoPoint[] {
  const sorted = [...points].sort((p, q) => p.customerShare - q.customerShare);
  if (sorted.length > 0 && sorted[0]?.customerShare !== 0) sorted.unshift({ customerShare: 0, revenueShare: 0 });
  return sorted;
}

export function paretoRows(points: readonly ParetoPoint[]): ParetoRow[] {
  return normalise(points).map((p) => ({ ...p, equality: p.customerShare }));
}

/**
 * Share of revenue from the top `customerShare` of customers (0.2 → "the top 20% bring X%"), interpolating
 * linearly between the API's points (2% steps, coarser with fewer than 50 customers). Null without data.
 */
export function revenueShareOfTop(points: readonly ParetoPoint[], customerShare: number): number | null {
  const sorted = normalise(points);
  if (sorted.length < 2) return null;
  const target = Math.min(Math.max(customerShare, 0), 1);
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1];
    const hi = sorted[i];
    if (!lo || !hi || hi.customerShare < target) continue;
    const span = hi.customerShare - lo.customerShare;
    if (span <= 0) return hi.revenueShare;
    return lo.revenueShare + ((target - lo.customerShare) / span) * (hi.revenueShare - lo.revenueShare);
  }
  return sorted.at(-1)?.revenueShare ?? null;
}

/**
 * Gini coefficient of revenue across customers, from the concentration curve (customers sorted by revenue,
 * largest first): 2 × area under the curve − 1, by the trapezoid rule. 0 = everyone spends the same.
 */
export function giniFromPareto(points: readonly ParetoPoint[]): number | null {
  const sorted = normalise(points);
  const last = sorted.at(-1);
  if (sorted.length < 2 || !last || last.customerShare < 0.999) return null;
  let area = 0;
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1];
    const hi = sorted[i];
    if (!lo || !hi) continue;
    area += ((hi.customerShare - lo.customerShare) * (hi.revenueShare + lo.revenueShare)) / 2;
  }
  return Math.min(Math.max(2 * area - 1, 0), 1);
}
