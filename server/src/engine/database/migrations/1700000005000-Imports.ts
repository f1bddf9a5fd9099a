import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * CSV imports: one row per uploaded file and its job. The file is kept until the job finishes so preview and
 * start can read it again; the per-row error report is capped (error_count keeps the full number).
 */
export class Imports1700000005000 implements MigrationInterface {
  name = "Imports1700000005000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('profiles', 'events')),
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        file_bytes integer NOT NULL,
        file bytea,
        delimiter text NOT NULL,
        columns jsonb NOT NULL,
        total_rows integer NOT NULL,
        status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'running', 'done', 'failed')),
        source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
        mapping jsonb,
        processed_rows integer NOT NULL DEFAULT 0,
        accepted_rows integer NOT NULL DEFAULT 0,
        rejected_rows integer NOT NULL DEFAULT 0,
        duplicate_rows integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        failure text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX imports_workspace ON imports (workspace_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
