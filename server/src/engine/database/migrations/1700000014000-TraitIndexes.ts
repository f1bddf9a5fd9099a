import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Which traits of a workspace have a btree expression index on profiles (built CONCURRENTLY by the audiences
 * module, never in a migration: on a large table it takes minutes and a migration runs in a transaction). The
 * index itself is shared by every workspace indexing the same key, so its name is not unique here.
 */
export class TraitIndexes1700000014000 implements MigrationInterface {
  name = "TraitIndexes1700000014000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trait_indexes (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        key text NOT NULL,
        index_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('building', 'ready', 'failed')),
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        PRIMARY KEY (workspace_id, key)
      )`);
    await q.query(`CREATE INDEX trait_indexes_index_name ON trait_indexes (index_name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const indexes: Array<{ name: string }> = await q.query(
      `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'profiles' AND indexname ~ '^profiles_trait_[0-9a-f]{16}$'`,
    );
    for (const { name } of indexes) await q.query(`DROP INDEX IF EXISTS ${name}`);
    await q.query(`DROP TABLE trait_indexes`);
  }
}
