import type { DataSource } from "typeorm";
import { z } from "zod";
import { lockAggregatesExclusive } from "./aggregates.js";
import { backfillSpans } from "./backfill-spans.js";
import { eventDaysSql, insertDayValuesSql } from "./day-values.sql.js";
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
 * Fills the rollup of every property that is not ready yet from the events table, a span of days per transaction:
 * under the aggregates' exclusive workspace lock (as a rebuild) the span's rows are deleted and recomputed and
 * `backfilled_until` moves past it, from when on ingestion keeps those days itself; the last span marks the property
 * ready. Every event is counted once: by the span that reads it, or by the batch that stores it after its day was
 * done. A merge between spans needs nothing either: done days are folded with the profiles, later ones are read from
 * the moved events. Batches of the workspace wait for one span at a time, not for the whole backfill. A failure
 * marks the property failed (the compiler keeps reading raw events) and it starts over on the next call.
 */
export async function backfillIndexedProperties(
  db: DataSource,
  workspaceId: string,
  options: { spanEvents?: number; afterSpan?: () => Promise<void> } = {},
): Promise<BackfillResult[]> {
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
      // Starting over (a retry, or another process's backfill left half done): no day counts as done.
      await db.query(
        `UPDATE indexed_properties SET status = 'building', error = NULL, backfilled_until = NULL
         WHERE workspace_id = $1 AND event = $2 AND key = $3 AND status <> 'ready'`,
        params,
      );
      const [range] = await queryRows(
        db,
        eventDaysSql(event),
        [workspaceId, event],
        z.object({ first: z.string().nullable(), last: z.string().nullable(), events: z.number() }),
      );
      const spans = backfillSpans(range?.first ?? null, range?.last ?? null, range?.events ?? 0, options.spanEvents);
      for (const [i, span] of spans.entries()) {
        const last = i === spans.length - 1;
        const done = await db.transaction(async (m) => {
          await lockAggregatesExclusive(m, workspaceId);
          // Another process may have finished it (or started it over) while this one waited for the lock.
          const [current] = await queryRows(
            m,
            `SELECT status, backfilled_until::text AS until FROM indexed_properties
             WHERE workspace_id = $1 AND event = $2 AND key = $3 FOR UPDATE`,
            params,
            z.object({ status: z.enum(INDEXED_PROPERTY_STATUSES), until: z.string().nullable() }),
          );
          if (!current || current.status !== "building" || current.until !== span.from) return false;
          await m.query(
            `DELETE FROM profile_event_day_values WHERE workspace_id = $1 AND event = $2 AND property = $3
               AND ($4::date IS NULL OR day >= $4::date) AND ($5::date IS NULL OR day < $5::date)`,
            [...params, span.from, span.to],
          );
          await m.query(insertDayValuesSql({ event }), [...params, span.from, span.to]);
          await m.query(
            last
              ? `UPDATE indexed_properties SET status = 'ready', ready_at = now(), backfilled_until = 'infinity'
                 WHERE workspace_id = $1 AND event = $2 AND key = $3`
              : `UPDATE indexed_properties SET backfilled_until = $4::date WHERE workspace_id = $1 AND event = $2 AND key = $3`,
            last ? params : [...params, span.to],
          );
          return true;
        });
        if (!done) break;
        if (!last) await options.afterSpan?.();
      }
      const [after] = await queryRows(
        db,
        `SELECT status FROM indexed_properties WHERE workspace_id = $1 AND event = $2 AND key = $3`,
        params,
        z.object({ status: z.enum(INDEXED_PROPERTY_STATUSES) }),
      );
      if (after?.status === "ready") results.push({ event, key, status: "ready", ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.query(
        `UPDATE indexed_properties SET status = 'failed', error = $4, backfilled_until = NULL
         WHERE workspace_id = $1 AND event = $2 AND key = $3`,
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
