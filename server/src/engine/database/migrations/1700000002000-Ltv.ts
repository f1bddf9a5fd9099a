import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Lifetime value: one row per model fit (the model card) and one per customer (historical and predicted value).
 * profile_ltv is per-profile, so profile_id is its primary key (Citus: co-located with profiles).
 */
export class Ltv1700000002000 implements MigrationInterface {
  name = "Ltv1700000002000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ltv_models (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        progress real NOT NULL DEFAULT 0,
        stage text NOT NULL DEFAULT '',
        trigger text NOT NULL CHECK (trigger IN ('manual', 'schedule', 'first-run')),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        revenue_event text NOT NULL,
        revenue_property text NOT NULL,
        currency text NOT NULL,
        customers integer,
        transactions integer,
        calibration_end date,
        holdout_start date,
        bgnbd jsonb,
        gamma_gamma jsonb,
        holdout jsonb,
        error text
      )`);
    await q.query(`CREATE INDEX ltv_models_workspace ON ltv_models (workspace_id, started_at DESC)`);
    await q.query(`
      CREATE TABLE profile_ltv (
        profile_id uuid PRIMARY KEY,
        workspace_id uuid NOT NULL,
        orders integer NOT NULL,
        revenue numeric(14, 2) NOT NULL,
        first_order_at date NOT NULL,
        last_order_at date NOT NULL,
        p_alive double precision,
        expected_purchases_52w double precision,
        expected_spend_per_order double precision,
        predicted_value_12m double precision,
        model_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX profile_ltv_revenue ON profile_ltv (workspace_id, revenue DESC)`);
    await q.query(`CREATE INDEX profile_ltv_predicted ON profile_ltv (workspace_id, predicted_value_12m DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS profile_ltv`);
    await q.query(`DROP TABLE IF EXISTS ltv_models`);
  }
}
