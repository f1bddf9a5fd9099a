import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A per-day rollup of low-cardinality string property values, so that "Product Viewed with category = shoes at
 * least twice in 14 days" is answered from an index instead of the properties of every event:
 * - indexed_properties: which (event, key) pairs of a workspace are rolled up, and whether their backfill from
 *   the events is done ('ready': the compiler may read them);
 * - profile_event_day_values: events per profile, event, property, string value and UTC day.
 * Citus: profile_event_day_values is per-profile (profile_id leads its key); indexed_properties is small and
 * per workspace (a reference table).
 */
export class PropertyRollup1700000015000 implements MigrationInterface {
  name = "PropertyRollup1700000015000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indexed_properties (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        event text NOT NULL,
        key text NOT NULL,
        status text NOT NULL DEFAULT 'building' CHECK (status IN ('building', 'ready', 'failed')),
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        PRIMARY KEY (workspace_id, event, key)
      )`);
    await q.query(`
      CREATE TABLE profile_event_day_values (
        profile_id uuid NOT NULL,
        event text NOT NULL,
        property text NOT NULL,
        value text NOT NULL,
        day date NOT NULL,
        workspace_id uuid NOT NULL,
        event_count integer NOT NULL,
        PRIMARY KEY (profile_id, event, property, value, day)
      )`);
    // A window of one value is one index range, answered index-only (past days are no longer updated).
    await q.query(`
      CREATE INDEX profile_event_day_values_value ON profile_event_day_values
        (workspace_id, event, property, value, day) INCLUDE (profile_id, event_count)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE profile_event_day_values`);
    await q.query(`DROP TABLE indexed_properties`);
  }
}
