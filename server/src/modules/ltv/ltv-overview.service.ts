import type { DataSource } from "typeorm";

export type HistogramBin = { from: number; to: number | null; customers: number };
export type ParetoPoint = { customerShare: number; revenueShare: number };
export type TopCustomer = {
  profileId: string;
  displayName: string;
  revenue: number;
  orders: number;
  predictedValue12m: number | null;
  pAlive: number | null;
};
export type LtvTotals = {
  customers: number;
  revenue: number;
  averageValue: number;
  medianValue: number;
  repeatPurchaseRate: number;
  averagePredictedValue12m: number | null;
  atRiskRepeatCustomers: number;
};

const BINS = 20;
const PARETO_STEPS = 50;

export class LtvOverviewService {
  constructor(private readonly db: DataSource) {}

  async totals(workspaceId: string): Promise<LtvTotals> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS customers, coalesce(sum(revenue), 0)::float8 AS revenue,
              coalesce(avg(revenue), 0)::float8 AS average,
              coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue), 0)::float8 AS median,
              coalesce(avg(CASE WHEN orders >= 2 THEN 1 ELSE 0 END), 0)::float8 AS repeat_rate,
              avg(predicted_value_12m)::float8 AS predicted,
              count(*) FILTER (WHERE orders >= 2 AND p_alive < 0.5)::int AS at_risk
         FROM profile_ltv WHERE workspace_id = $1`,
      [workspaceId],
    )) as [
      {
        customers: number;
        revenue: number;
        average: number;
        median: number;
        repeat_rate: number;
        predicted: number | null;
        at_risk: number;
      },
    ];
    return {
      customers: row.customers,
      revenue: row.revenue,
      averageValue: row.average,
      medianValue: row.median,
      repeatPurchaseRate: row.repeat_rate,
      averagePredictedValue12m: row.predicted,
      atRiskRepeatCustomers: row.at_risk,
    };
  }

  /** Equal-width bins up to the 98th percentile, then one open bin, so a few whales do not flatten the chart. */
  async histogram(workspaceId: string): Promise<HistogramBin[]> {
    const [cap] = (await this.db.query(
      `SELECT coalesce(percentile_cont(0.98) WITHIN GROUP (ORDER BY revenue), 0)::float8 AS hi
         FROM profile_ltv WHERE workspace_id = $1`,
      [workspaceId],
    )) as [{ hi: number }];
    if (!(cap.hi > 0)) return [];
    const width = niceWidth(cap.hi / BINS);
    const top = width * BINS;
    const rows: { bucket: number; customers: number }[] = await this.db.query(
      `SELECT least(floor(revenue / $2)::int, $3) AS bucket, count(*)::int AS customers
         FROM profile_ltv WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1`,
      [workspaceId, width, BINS],
    );
    const counts = new Map(rows.map((r) => [r.bucket, r.customers]));
    return Array.from({ length: BINS + 1 }, (_, i) => ({
      from: i * width,
      to: i === BINS ? null : Math.min((i + 1) * width, top),
      customers: counts.get(i) ?? 0,
    }));
  }

  /** Share of revenue from the top x% of customers, in 2% steps (the Pareto / concentration curve). */
  async pareto(workspaceId: string): Promise<ParetoPoint[]> {
    const rows: { step: number; revenue: number }[] = await this.db.query(
      `SELECT step, sum(revenue)::float8 AS revenue FROM (
         SELECT revenue, ntile($2) OVER (ORDER BY revenue DESC) AS step FROM profile_ltv WHERE workspace_id = $1
       ) ranked GROUP BY step ORDER BY step`,
      [workspaceId, PARETO_STEPS],
    );
    const total = rows.reduce((sum, r) => sum + r.revenue, 0);
    if (!(total > 0)) return [];
    let cumulative = 0;
    return [
      { customerShare: 0, revenueShare: 0 },
      ...rows.map((r) => {
        cumulative += r.revenue;
        return { customerShare: r.step / rows.length, revenueShare: cumulative / total };
      }),
    ];
  }

  async topCustomers(workspaceId: string, limit = 10): Promise<TopCustomer[]> {
    const rows: {
      profile_id: string;
      name: string;
      revenue: number;
      orders: number;
      predicted: number | null;
      p_alive: number | null;
    }[] = await this.db.query(
      `SELECT l.profile_id,
              coalesce(nullif(trim(coalesce(p.traits ->> 'name',
                concat_ws(' ', p.traits ->> 'firstName', p.traits ->> 'lastName'))), ''),
                p.traits ->> 'email', 'Anonymous ' || left(p.id::text, 8)) AS name,
              l.revenue::float8 AS revenue, l.orders, l.predicted_value_12m AS predicted, l.p_alive
         FROM profile_ltv l JOIN profiles p ON p.id = l.profile_id
        WHERE l.workspace_id = $1 ORDER BY l.revenue DESC LIMIT $2`,
      [workspaceId, limit],
    );
    return rows.map((r) => ({
      profileId: r.profile_id,
      displayName: r.name,
      revenue: r.revenue,
      orders: r.orders,
      predictedValue12m: r.predicted,
      pAlive: r.p_alive,
    }));
  }
}

/** A round bin width (1, 2, 2.5 or 5 × 10^k) at or above the raw width. */
export function niceWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}
