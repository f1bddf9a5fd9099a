import type { DataSource } from "typeorm";
import { DEFAULT_MONTHLY_DISCOUNT_RATE, WEEKS_PER_MONTH } from "./clv.js";
import { fitLtvModels, type LtvFit } from "./fit.js";
import { cohortCurves, loadCustomerDays, type CohortCurve } from "./ltv-data.js";
import { getRevenueSettings, type RevenueSettings } from "./revenue-settings.js";

export type LtvModelRow = {
  id: string;
  status: "running" | "succeeded" | "failed";
  progress: number;
  stage: string;
  trigger: string;
  started_at: Date;
  finished_at: Date | null;
  revenue_event: string;
  revenue_property: string;
  currency: string;
  customers: number | null;
  transactions: number | null;
  calibration_end: string | null;
  holdout_start: string | null;
  bgnbd: LtvFit["bgnbd"] | null;
  gamma_gamma: LtvFit["gammaGamma"] | null;
  holdout: {
    weeks: Array<{ week: number; expected: number; actual: number }>;
    expectedTotal: number;
    actualTotal: number;
    calibrationEnd: string;
    cohorts: CohortCurve[];
  } | null;
  error: string | null;
};

const MODEL_COLUMNS = `id, status, progress, stage, trigger, started_at, finished_at, revenue_event, revenue_property,
  currency, customers, transactions, to_char(calibration_end, 'YYYY-MM-DD') AS calibration_end,
  to_char(holdout_start, 'YYYY-MM-DD') AS holdout_start, bgnbd, gamma_gamma, holdout, error`;

const CHUNK = 5000;
/** The holdout used for the model card's calibration chart: the last 26 weeks, or a third of a shorter history. */
const HOLDOUT_WEEKS = 26;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class LtvService {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly db: DataSource) {}

  async latestModel(workspaceId: string): Promise<LtvModelRow | null> {
    const rows: LtvModelRow[] = await this.db.query(
      `SELECT ${MODEL_COLUMNS} FROM ltv_models WHERE workspace_id = $1 ORDER BY started_at DESC LIMIT 1`,
      [workspaceId],
    );
    return rows[0] ?? null;
  }

  async latestSucceeded(workspaceId: string): Promise<LtvModelRow | null> {
    const rows: LtvModelRow[] = await this.db.query(
      `SELECT ${MODEL_COLUMNS} FROM ltv_models WHERE workspace_id = $1 AND status = 'succeeded'
        ORDER BY started_at DESC LIMIT 1`,
      [workspaceId],
    );
    return rows[0] ?? null;
  }

  /**
   * Starts a refit and returns its (running) model row at once; the fit continues in the background and
   * reports progress on the row. A refit already running in this process is returned instead of a second one.
   */
  async refit(workspaceId: string, trigger: "manual" | "schedule" | "first-run"): Promise<LtvModelRow> {
    if (this.running.has(workspaceId)) {
      const current = await this.latestModel(workspaceId);
      if (current) return current;
    }
    const revenue = await getRevenueSettings(this.db, workspaceId);
    // The new model as inserted: a fit that fails at once must not turn the answer to "started" into "failed".
    const [model] = (await this.db.query(
      `INSERT INTO ltv_models (workspace_id, status, stage, trigger, revenue_event, revenue_property, currency)
       VALUES ($1, 'running', 'queued', $2, $3, $4, $5) RETURNING ${MODEL_COLUMNS}`,
      [workspaceId, trigger, revenue.event, revenue.property, revenue.currency],
    )) as [LtvModelRow];
    const job = this.run(model.id, workspaceId, revenue).finally(() => this.running.delete(workspaceId));
    this.running.set(workspaceId, job);
    return model;
  }

  /** Resolves when the workspace's running fit (if any) is done; for tests and the CLI. */
  async settled(workspaceId: string): Promise<void> {
    await this.running.get(workspaceId);
  }

  private async stage(modelId: string, stage: string, progress: number) {
    await this.db.query(`UPDATE ltv_models SET stage = $2, progress = $3 WHERE id = $1`, [modelId, stage, progress]);
    await tick();
  }

  private async run(modelId: string, workspaceId: string, revenue: RevenueSettings): Promise<void> {
    try {
      await this.stage(modelId, "loading transactions", 0.05);
      const { transactions, orderCounts } = await loadCustomerDays(this.db, workspaceId, revenue);
      if (transactions.length === 0)
        throw new Error(
          `No "${revenue.event}" events yet: nothing to fit (revenue is read from "${revenue.property}")`,
        );
      const dates = transactions.map((t) => t.date).sort();
      const firstDate = dates[0] ?? "";
      const lastDate = dates.at(-1) ?? "";
      const spanDays = daysBetween(firstDate, lastDate);
      const holdoutDays = Math.min(HOLDOUT_WEEKS * 7, Math.floor(spanDays / 3));

      await this.stage(modelId, "checking the model on a holdout period", 0.2);
      let holdout: LtvModelRow["holdout"] = null;
      let holdoutStart: string | null = null;
      if (holdoutDays >= 14) {
        const calibrationEnd = addDays(lastDate, -holdoutDays);
        holdoutStart = addDays(calibrationEnd, 1);
        const check = fitLtvModels(transactions, { calibrationEnd });
        if (check.holdout)
          holdout = {
            weeks: check.holdout.weeks,
            expectedTotal: check.holdout.expectedTotal,
            actualTotal: check.holdout.actualTotal,
            calibrationEnd,
            cohorts: [],
          };
      }

      await this.stage(modelId, "fitting BG/NBD and Gamma-Gamma on all transactions", 0.45);
      const fit = fitLtvModels(transactions, { predict: true });
      const cohorts = cohortCurves(transactions, lastDate);

      await this.stage(modelId, "saving per-customer values", 0.7);
      const historical = new Map<string, { revenue: number; first: string; last: string }>();
      for (const t of transactions) {
        const h = historical.get(t.customerId);
        if (!h) historical.set(t.customerId, { revenue: t.amount, first: t.date, last: t.date });
        else {
          h.revenue += t.amount;
          if (t.date < h.first) h.first = t.date;
          if (t.date > h.last) h.last = t.date;
        }
      }
      const predictions = fit.predictions ?? [];
      await this.db.transaction(async (tx) => {
        for (let i = 0; i < predictions.length; i += CHUNK) {
          const chunk = predictions.slice(i, i + CHUNK);
          const hist = chunk.map((p) => historical.get(p.customerId));
          await tx.query(
            `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at, p_alive,
                expected_purchases_52w, expected_spend_per_order, predicted_value_12m, model_id, updated_at)
             SELECT u.profile_id, $1, u.orders, u.revenue, u.first_day, u.last_day, u.p_alive, u.purchases, u.spend,
                    u.value, $2, now()
               FROM unnest($3::uuid[], $4::int[], $5::numeric[], $6::date[], $7::date[], $8::float8[], $9::float8[],
                           $10::float8[], $11::float8[])
                    AS u(profile_id, orders, revenue, first_day, last_day, p_alive, purchases, spend, value)
               JOIN profiles p ON p.id = u.profile_id
             ON CONFLICT (profile_id) DO UPDATE SET orders = EXCLUDED.orders, revenue = EXCLUDED.revenue,
                first_order_at = EXCLUDED.first_order_at, last_order_at = EXCLUDED.last_order_at,
                p_alive = EXCLUDED.p_alive, expected_purchases_52w = EXCLUDED.expected_purchases_52w,
                expected_spend_per_order = EXCLUDED.expected_spend_per_order,
                predicted_value_12m = EXCLUDED.predicted_value_12m, model_id = EXCLUDED.model_id,
                updated_at = EXCLUDED.updated_at`,
            [
              workspaceId,
              modelId,
              chunk.map((p) => p.customerId),
              chunk.map((p) => orderCounts.get(p.customerId) ?? 0),
              hist.map((h) => (h ? h.revenue.toFixed(2) : "0")),
              hist.map((h) => h?.first ?? null),
              hist.map((h) => h?.last ?? null),
              chunk.map((p) => p.pAlive),
              chunk.map((p) => p.expectedPurchases52w),
              chunk.map((p) => p.expectedSpendPerOrder),
              chunk.map((p) => p.predicted12MonthValue),
            ],
          );
          await this.db.query(`UPDATE ltv_models SET progress = $2 WHERE id = $1`, [
            modelId,
            0.7 + (0.28 * (i + chunk.length)) / predictions.length,
          ]);
        }
        // Customers who no longer exist (merged away) or no longer buy drop out of the table.
        await tx.query(`DELETE FROM profile_ltv WHERE workspace_id = $1 AND model_id IS DISTINCT FROM $2`, [
          workspaceId,
          modelId,
        ]);
        await tx.query(
          `UPDATE ltv_models SET status = 'succeeded', progress = 1, stage = 'done', finished_at = now(),
             customers = $2, transactions = $3, calibration_end = $4, holdout_start = $5, bgnbd = $6,
             gamma_gamma = $7, holdout = $8
           WHERE id = $1`,
          [
            modelId,
            fit.customers,
            transactions.length,
            fit.calibrationEnd,
            holdoutStart,
            JSON.stringify(fit.bgnbd),
            JSON.stringify(fit.gammaGamma),
            JSON.stringify(
              holdout
                ? { ...holdout, cohorts }
                : { weeks: [], expectedTotal: 0, actualTotal: 0, calibrationEnd: fit.calibrationEnd, cohorts },
            ),
          ],
        );
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.db
        .query(
          `UPDATE ltv_models SET status = 'failed', stage = 'failed', error = $2, finished_at = now() WHERE id = $1`,
          [modelId, message.slice(0, 1000)],
        )
        .catch(() => undefined);
    }
  }
}

export const LTV_ASSUMPTIONS = { weeksPerMonth: WEEKS_PER_MONTH, monthlyDiscountRate: DEFAULT_MONTHLY_DISCOUNT_RATE };
