import type { DataSource } from "typeorm";
import type { RevenueSettings } from "./revenue-settings.js";
import type { Transaction } from "./rfm.js";

export type CustomerDays = { transactions: Transaction[]; orderCounts: Map<string, number> };

/**
 * A numeric revenue from a jsonb property: numbers as they are, numeric strings parsed, anything else 0,
 * so one malformed event cannot fail a fit.
 */
export const REVENUE_SQL = `CASE
  WHEN jsonb_typeof(e.properties -> $3) = 'number' THEN (e.properties ->> $3)::numeric
  WHEN (e.properties ->> $3) ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$' THEN trim(e.properties ->> $3)::numeric
  ELSE 0 END`;

/** One row per customer and UTC purchase day (orders of a day summed), the models' unit of transaction. */
export async function loadCustomerDays(
  db: DataSource,
  workspaceId: string,
  revenue: RevenueSettings,
): Promise<CustomerDays> {
  const rows: { customer_id: string; day: string; amount: string; orders: number }[] = await db.query(
    `SELECT e.profile_id::text AS customer_id,
            to_char(e.timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
            sum(${REVENUE_SQL}) AS amount,
            count(*)::int AS orders
       FROM events e
      WHERE e.workspace_id = $1 AND e.event = $2
      GROUP BY 1, 2`,
    [workspaceId, revenue.event, revenue.property],
  );
  const orderCounts = new Map<string, number>();
  const transactions = rows.map((row) => {
    orderCounts.set(row.customer_id, (orderCounts.get(row.customer_id) ?? 0) + row.orders);
    return { customerId: row.customer_id, date: row.day, amount: Math.max(0, Number(row.amount)) };
  });
  return { transactions, orderCounts };
}

export type CohortCurve = { cohort: string; customers: number; points: Array<{ month: number; value: number }> };

/**
 * Cumulative revenue per customer of each acquisition cohort (month of first purchase), by months since
 * acquisition. Only months that have fully or partly elapsed for the cohort are included.
 */
export function cohortCurves(transactions: readonly Transaction[], lastDate: string): CohortCurve[] {
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const firstMonth = new Map<string, number>();
  for (const t of transactions) {
    const m = monthIndex(t.date);
    const seen = firstMonth.get(t.customerId);
    if (seen === undefined || m < seen) firstMonth.set(t.customerId, m);
  }
  const sizes = new Map<number, number>();
  for (const m of firstMonth.values()) sizes.set(m, (sizes.get(m) ?? 0) + 1);
  const revenue = new Map<number, Map<number, number>>();
  for (const t of transactions) {
    const cohort = firstMonth.get(t.customerId);
    if (cohort === undefined) continue;
    const offset = monthIndex(t.date) - cohort;
    const byOffset = revenue.get(cohort) ?? new Map<number, number>();
    byOffset.set(offset, (byOffset.get(offset) ?? 0) + t.amount);
    revenue.set(cohort, byOffset);
  }
  const last = monthIndex(lastDate);
  return [...sizes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cohort, customers]) => {
      const byOffset = revenue.get(cohort) ?? new Map<number, number>();
      const points: Array<{ month: number; value: number }> = [];
      let cumulative = 0;
      for (let month = 0; month <= last - cohort; month++) {
        cumulative += byOffset.get(month) ?? 0;
        points.push({ month, value: Math.round((cumulative / customers) * 100) / 100 });
      }
      const year = Math.floor(cohort / 12);
      const label = `${year}-${String((cohort % 12) + 1).padStart(2, "0")}`;
      return { cohort: label, customers, points };
    });
}
