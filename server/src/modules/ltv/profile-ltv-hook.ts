import { z } from "zod";
import { queryRows, type SqlRunner } from "../audiences/index.js";
import type { ProfileHook } from "../identity/index.js";
import { predictCustomer } from "./clv.js";
import { REVENUE_SQL } from "./ltv-data.js";
import { summarizeRfm, type Transaction } from "./rfm.js";

const modelRow = z.object({
  id: z.string(),
  revenue_event: z.string(),
  revenue_property: z.string(),
  calibration_end: z.string(),
  bgnbd: z.object({ r: z.number(), alpha: z.number(), a: z.number(), b: z.number() }),
  gamma_gamma: z.object({ p: z.number(), q: z.number(), gamma: z.number() }),
});

const dayRow = z.object({ customer_id: z.string(), day: z.string(), amount: z.coerce.number(), orders: z.number() });

type LtvRow = {
  profileId: string;
  orders: number;
  revenue: number;
  first: string;
  last: string;
  pAlive: number | null;
  purchases: number | null;
  spend: number | null;
  value: number | null;
};

/**
 * Recomputes the profile_ltv rows of these profiles from their events now, with the parameters of the model in use,
 * as its fit would have: history from every order, predictions from the orders up to the model's calibration end
 * (none for a customer whose first order is later). A profile without orders (or gone) loses its row. Does nothing
 * before the first successful fit, since profile_ltv is only ever filled by fits.
 */
export async function recomputeProfileLtv(db: SqlRunner, workspaceId: string, profileIds: string[]): Promise<void> {
  if (profileIds.length === 0) return;
  const [model] = await queryRows(
    db,
    `SELECT id, revenue_event, revenue_property, to_char(calibration_end, 'YYYY-MM-DD') AS calibration_end, bgnbd,
            gamma_gamma
       FROM ltv_models WHERE workspace_id = $1 AND status = 'succeeded' ORDER BY started_at DESC LIMIT 1`,
    [workspaceId],
    modelRow,
  );
  if (!model) return;
  const days = await queryRows(
    db,
    `SELECT e.profile_id::text AS customer_id, to_char(e.timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
            sum(${REVENUE_SQL})::float8 AS amount, count(*)::int AS orders
       FROM events e
      WHERE e.workspace_id = $1 AND e.event = $2 AND e.profile_id = ANY($4::uuid[])
      GROUP BY 1, 2`,
    [workspaceId, model.revenue_event, model.revenue_property, profileIds],
    dayRow,
  );
  const rows = ltvRows(days, model);
  await db.query(`DELETE FROM profile_ltv WHERE workspace_id = $1 AND profile_id = ANY($2::uuid[])`, [
    workspaceId,
    profileIds,
  ]);
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at, p_alive,
        expected_purchases_52w, expected_spend_per_order, predicted_value_12m, model_id, updated_at)
     SELECT u.profile_id, $1, u.orders, u.revenue, u.first_day, u.last_day, u.p_alive, u.purchases, u.spend, u.value,
            $2, now()
       FROM unnest($3::uuid[], $4::int[], $5::numeric[], $6::date[], $7::date[], $8::float8[], $9::float8[],
                   $10::float8[], $11::float8[])
            AS u(profile_id, orders, revenue, first_day, last_day, p_alive, purchases, spend, value)
       JOIN profiles p ON p.id = u.profile_id`,
    [
      workspaceId,
      model.id,
      rows.map((r) => r.profileId),
      rows.map((r) => r.orders),
      rows.map((r) => r.revenue.toFixed(2)),
      rows.map((r) => r.first),
      rows.map((r) => r.last),
      rows.map((r) => r.pAlive),
      rows.map((r) => r.purchases),
      rows.map((r) => r.spend),
      rows.map((r) => r.value),
    ],
  );
}

/** Per customer: orders and revenue of every day, and the model's predictions from the calibration days. */
export function ltvRows(days: readonly z.infer<typeof dayRow>[], model: z.infer<typeof modelRow>): LtvRow[] {
  const byCustomer = new Map<string, LtvRow>();
  const calibration: Transaction[] = [];
  for (const d of days) {
    const amount = Math.max(0, d.amount);
    const row = byCustomer.get(d.customer_id);
    if (!row)
      byCustomer.set(d.customer_id, {
        profileId: d.customer_id,
        orders: d.orders,
        revenue: amount,
        first: d.day,
        last: d.day,
        pAlive: null,
        purchases: null,
        spend: null,
        value: null,
      });
    else {
      row.orders += d.orders;
      row.revenue += amount;
      if (d.day < row.first) row.first = d.day;
      if (d.day > row.last) row.last = d.day;
    }
    if (d.day <= model.calibration_end) calibration.push({ customerId: d.customer_id, date: d.day, amount });
  }
  if (calibration.length > 0) {
    const rfm = summarizeRfm(calibration, { calibrationEnd: model.calibration_end });
    for (const c of rfm.customers) {
      const row = byCustomer.get(c.customerId);
      if (!row) continue;
      const p = predictCustomer(model.bgnbd, model.gamma_gamma, c);
      row.pAlive = p.pAlive;
      row.purchases = p.expectedPurchases52w;
      row.spend = p.expectedSpendPerOrder;
      row.value = p.predicted12MonthValue;
    }
  }
  return [...byCustomer.values()];
}

/**
 * Keeps profile_ltv right across merges and splits inside their transactions, so that LTV rules and the dashboards
 * do not wait for the next refit: the holder's row is rebuilt from the events it now has and the merged-away
 * profile's row is deleted (rows are rebuilt, never re-keyed); a split rebuilds both profiles.
 */
export const profileLtvHook: ProfileHook = {
  async afterBatch(client, change) {
    if (change.merged.length === 0) return;
    await recomputeProfileLtv(client, change.workspaceId, [
      ...new Set(change.merged.flatMap((m) => [m.loserId, m.holderId])),
    ]);
  },
  async afterSplit(client, change) {
    await recomputeProfileLtv(client, change.workspaceId, [change.restoredProfileId, change.fromProfileId]);
  },
};
