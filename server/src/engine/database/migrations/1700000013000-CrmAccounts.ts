import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * CRM companies and deals, kept apart from contacts as contacts are from profiles; an import's kind; and what lets
 * matching follow the identity graph: when a record was last matched, and indexes from a profile (its identities,
 * its candidate records) to the CRM records a merge or a split can change.
 */
export class CrmAccounts1700000013000 implements MigrationInterface {
  name = "CrmAccounts1700000013000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE crm_imports ADD COLUMN kind text NOT NULL DEFAULT 'contacts'
        CHECK (kind IN ('contacts', 'companies', 'deals'))`);
    await q.query(`ALTER TABLE crm_contacts ADD COLUMN matched_at timestamptz`);
    await q.query(`CREATE INDEX crm_contacts_candidates ON crm_contacts USING gin (candidate_profile_ids)`);
    await q.query(
      `CREATE INDEX crm_contacts_email ON crm_contacts (workspace_id, email_key) WHERE email_key IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX crm_contacts_phone ON crm_contacts (workspace_id, phone_key) WHERE phone_key IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX crm_contacts_external ON crm_contacts (workspace_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE crm_companies (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        record_id text NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        fields jsonb NOT NULL,
        crm_created_at timestamptz,
        crm_updated_at timestamptz,
        content_hash text NOT NULL,
        import_id uuid REFERENCES crm_imports (id) ON DELETE SET NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, record_id)
      )`);
    await q.query(`
      CREATE TABLE crm_deals (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        record_id text NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        fields jsonb NOT NULL,
        amount numeric(18, 2),
        close_date date,
        company_record_id text,
        contact_record_ids text[] NOT NULL DEFAULT '{}',
        crm_created_at timestamptz,
        crm_updated_at timestamptz,
        content_hash text NOT NULL,
        import_id uuid REFERENCES crm_imports (id) ON DELETE SET NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, record_id)
      )`);
    await q.query(`CREATE INDEX crm_deals_contacts ON crm_deals USING gin (contact_record_ids)`);
    await q.query(`CREATE INDEX crm_deals_company ON crm_deals (workspace_id, company_record_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS crm_deals`);
    await q.query(`DROP TABLE IF EXISTS crm_companies`);
    await q.query(`DROP INDEX IF EXISTS crm_contacts_external`);
    await q.query(`DROP INDEX IF EXISTS crm_contacts_phone`);
    await q.query(`DROP INDEX IF EXISTS crm_contacts_email`);
    await q.query(`DROP INDEX IF EXISTS crm_contacts_candidates`);
    await q.query(`ALTER TABLE crm_contacts DROP COLUMN IF EXISTS matched_at`);
    await q.query(`ALTER TABLE crm_imports DROP COLUMN IF EXISTS kind`);
  }
}
