import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How far a property's backfill has come: its rollup rows of days before `backfilled_until` are exact, and
 * ingestion keeps those days current while later ones wait for their turn. The backfill then holds the workspace's
 * batches for one span of days at a time instead of for a read of every event.
 */
export class PropertyBackfillCursor1700000016000 implements MigrationInterface {
  name = "PropertyBackfillCursor1700000016000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indexed_properties ADD COLUMN backfilled_until date`);
    await q.query(`UPDATE indexed_properties SET backfilled_until = 'infinity' WHERE status = 'ready'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indexed_properties DROP COLUMN backfilled_until`);
  }
}
