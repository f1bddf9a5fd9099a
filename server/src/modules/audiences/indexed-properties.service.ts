import type { DataSource } from "typeorm";
import { z } from "zod";
import { lockAggregatesExclusive } from "./aggregates.js";
import { insertDayValuesSql } from "./day-values.sql.js";
import { queryRows, type SqlRunner } from "./sql-runner.js";

/**
 * Rolled-up properties per workspace: each costs one more row per event and day at ingestion (and a backfill that
 * holds the workspace's batches while it reads the events), so only a few of the most used events' are kept.
 */
export const MAX_INDEXED_PROPERTIES = 8;

export const INDEXED_PROPERTY_STATUSES = ["building", "ready", "failed"] as const;

const indexedRow = z.object({
  event: z.string(),
  key: z.string(),
  status: z.enum(INDEXED_PROPERTY_STATUSES),
  error: z.string().nullable(),
  created_at: z.date(),
  ready_at: z.date().nullable(),
});
export type IndexedPropertyRow = z.output<typeof indexedRow>;

/**
 * Adds the catalog's low-cardinality string properties (those with value suggestions, at least two of them: a
 * property that always holds the same value tells no profiles apart) to indexed_properties as
 * 'building', those of the most frequent events first, up to `cap` per workspace. Run inside the catalog refresh,
 * after its property rows. A property once chosen stays: its rollup is exact whatever its cardinality later.
 */
export async function chooseIndexedPropertiesIn(db: SqlRunner, workspaceId: string, cap: number): Promise<void> {
  await db.query(
    `INSERT INTO indexed_properties (workspace_id, event, key)
     SELECT $1, c.event, c.key
     FROM audience_catalog c
     JOIN audience_catalog e ON e.workspace_id = $1 AND e.kind = 'event' AND e.event = c.event AND e.key = ''
     WHERE c.workspace_id = $1 AND c.kind = 'property' AND c.value_type = 'string'
       AND jsonb_array_length(c.suggestions) >= 2
       AND NOT EXISTS (SELECT 1 FROM indexed_properties i WHERE i.workspace_id = $1 AND i.event = c.event AND i.key = c.key)
     ORDER BY e.seen DESC, c.seen DESC, c.event, c.key
     LIMIT greatest(0, $2::int - (SELECT count(*) FROM indexed_properties WHERE workspace_id = $1))
     ON CONFLICT DO NOTHING`,
    [workspaceId, cap],
  );
}

export type BackfillResult = { event: string; key: string; status: "ready" | "failed"; ms: number };

/**
 * Fills the rollup of every property that is not ready yet from the events table, one property per transaction:
 * under the aggregates' exclusive workspace lock (as a rebuild), its rows are deleted and recomputed, then it is
 * marked ready, so no ingestion batch is missed or counted twice. Batches of the workspace wait meanwhile. A
 * failure marks the property failed (the compiler keeps reading raw events) and is tried again on the next call.
 */
export async function backfillIndexedProperties(db: DataSource, workspaceId: string): Promise<BackfillResult[]> {
  const pending = await queryRows(
    db,
    `SELECT event, key FROM indexed_properties WHERE workspace_id = $1 AND status <> 'ready'
     ORDER BY created_at, event, key`,
    [workspaceId],
    z.object({ event: z.string(), key: z.string() }),
  );
  const results: BackfillResult[] = [];
  for (const { event, key } of pending) {
    const started = performance.now();
    const params = [workspaceId, event, key];
    try {
      await db.transaction(async (m) => {
        await lockAggregatesExclusive(m, workspaceId);
        // Another process may have finished it while this one waited for the lock.
        const [current] = await queryRows(
          m,
          `SELECT status FROM indexed_properties WHERE workspace_id = $1 AND event = $2 AND key = $3 FOR UPDATE`,
          params,
          z.object({ status: z.enum(INDEXED_PROPERTY_STATUSES) }),
        );
        if (!current || current.status === "ready") return;
        await m.query(
          `DELETE FROM profile_event_day_values WHERE workspace_id = $1 AND event = $2 AND property = $3`,
          params,
        );
        // Ready before the insert, which writes only properties that are not failed (a retry was).
        await m.query(
          `UPDATE indexed_properties SET status = 'ready', error = NULL, ready_at = now()
           WHERE workspace_id = $1 AND event = $2 AND key = $3`,
          params,
        );
        await m.query(insertDayValuesSql({ event }), params);
      });
      results.push({ event, key, status: "ready", ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.query(
        `UPDATE indexed_properties SET status = 'failed', error = $4 WHERE workspace_id = $1 AND event = $2 AND key = $3`,
        [...params, message.slice(0, 500)],
      );
      results.push({ event, key, status: "failed", ms: performance.now() - started });
    }
  }
  return results;
}

/** The workspace's indexed properties, by event and key. */
export function listIndexedProperties(db: SqlRunner, workspaceId: string): Promise<IndexedPropertyRow[]> {
  return queryRows(
    db,
    `SELECT event, key, status, error, created_at, ready_at FROM indexed_properties WHERE workspace_id = $1
     ORDER BY event, key`,
    [workspaceId],
    indexedRow,
  );
}
