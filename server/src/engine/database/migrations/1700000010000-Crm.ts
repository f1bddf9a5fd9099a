import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * CRM records kept apart from profiles: one row per CRM contact (upserted by its record id), matched to a profile
 * through the identity graph; the uploaded exports and their jobs; and per-field survivorship rules.
 */
export class Crm1700000010000 implements MigrationInterface {
  name = "Crm1700000010000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE crm_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        preset text NOT NULL CHECK (preset IN ('hubspot', 'salesforce')),
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        file bytea,
        delimiter text NOT NULL,
        columns jsonb NOT NULL,
        total_rows integer NOT NULL,
        status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'running', 'done', 'failed')),
        mapping jsonb,
        processed_rows integer NOT NULL DEFAULT 0,
        inserted_rows integer NOT NULL DEFAULT 0,
        updated_rows integer NOT NULL DEFAULT 0,
        unchanged_rows integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        failure text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX crm_imports_workspace ON crm_imports (workspace_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE crm_contacts (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        record_id text NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        external_id text,
        email_key text,
        phone_key text,
        fields jsonb NOT NULL,
        crm_created_at timestamptz,
        crm_updated_at timestamptz,
        content_hash text NOT NULL,
        import_id uuid REFERENCES crm_imports (id) ON DELETE SET NULL,
        match_status text NOT NULL DEFAULT 'unmatched' CHECK (match_status IN ('matched', 'unmatched', 'ambiguous')),
        profile_id uuid,
        candidate_profile_ids uuid[] NOT NULL DEFAULT '{}',
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, record_id)
      )`);
    await q.query(`CREATE INDEX crm_contacts_profile ON crm_contacts (profile_id) WHERE profile_id IS NOT NULL`);
    await q.query(`CREATE INDEX crm_contacts_match ON crm_contacts (workspace_id, match_status)`);
    await q.query(`
      CREATE TABLE crm_survivorship_rules (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        field text NOT NULL,
        rule text NOT NULL CHECK (rule IN ('crm_wins', 'cdp_wins', 'most_recent')),
        updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, field)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS crm_survivorship_rules`);
    await q.query(`DROP TABLE IF EXISTS crm_contacts`);
    await q.query(`DROP TABLE IF EXISTS crm_imports`);
  }
}
