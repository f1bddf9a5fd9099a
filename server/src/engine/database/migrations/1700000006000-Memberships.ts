import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Saved audiences' materialised membership.
 *
 * - segment_members: who is in each saved audience now, and since when;
 * - segment_membership_changes: every entry and exit, with its time;
 * - segment_size_history: the size after each full refresh and each real-time change batch;
 * - segment_pending_profiles: profiles whose data changed since their memberships were last evaluated (written
 *   by ingestion in its transaction, drained by the membership worker about every second);
 * - segments.size / refreshed_at: the materialised count and the last full evaluation.
 * Citus: members, changes and pending rows are per-profile tables (profile_id in every key, co-located with
 * profiles); segments stays a reference table. No foreign key to profiles: when a merge deletes the losing
 * profile, the membership worker removes its rows and corrects the sizes (ingestion marks it pending), and its
 * change history is kept for a split to bring back.
 */
export class Memberships1700000006000 implements MigrationInterface {
  name = "Memberships1700000006000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segments ADD COLUMN size integer, ADD COLUMN refreshed_at timestamptz`);
    await q.query(`
      CREATE TABLE segment_members (
        segment_id uuid NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        entered_at timestamptz NOT NULL,
        PRIMARY KEY (segment_id, profile_id)
      )`);
    // A profile's audiences, and the real-time worker's lookups by profile.
    await q.query(`CREATE INDEX segment_members_profile ON segment_members (profile_id)`);
    // Members newest first, a page at a time.
    await q.query(
      `CREATE INDEX segment_members_entered ON segment_members (segment_id, entered_at DESC, profile_id DESC)`,
    );

    await q.query(`
      CREATE TABLE segment_membership_changes (
        profile_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        segment_id uuid NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('entered', 'exited')),
        at timestamptz NOT NULL,
        PRIMARY KEY (profile_id, id)
      )`);
    await q.query(
      `CREATE INDEX segment_membership_changes_segment ON segment_membership_changes (segment_id, at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX segment_membership_changes_profile ON segment_membership_changes (profile_id, at DESC)`,
    );

    await q.query(`
      CREATE TABLE segment_size_history (
        segment_id uuid NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id uuid NOT NULL,
        at timestamptz NOT NULL,
        size integer NOT NULL,
        PRIMARY KEY (segment_id, id)
      )`);
    await q.query(`CREATE INDEX segment_size_history_at ON segment_size_history (segment_id, at)`);

    await q.query(`
      CREATE TABLE segment_pending_profiles (
        profile_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id uuid NOT NULL,
        PRIMARY KEY (profile_id, id)
      )`);
    // Oldest first for the worker. Rows are only ever appended and deleted: ingestion never waits on the worker.
    await q.query(`CREATE INDEX segment_pending_profiles_id ON segment_pending_profiles (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS segment_pending_profiles`);
    await q.query(`DROP TABLE IF EXISTS segment_size_history`);
    await q.query(`DROP TABLE IF EXISTS segment_membership_changes`);
    await q.query(`DROP TABLE IF EXISTS segment_members`);
    await q.query(`ALTER TABLE segments DROP COLUMN IF EXISTS size, DROP COLUMN IF EXISTS refreshed_at`);
  }
}
