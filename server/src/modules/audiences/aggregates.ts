import type { DataSource } from "typeorm";
import { z } from "zod";
import { DAY_VALUES_CTE, insertDayValuesSql } from "./day-values.sql.js";
import { queryRows, type SqlRunner } from "./sql-runner.js";

/** One stored event, as the ingestion writer has it after its insert. */
export type AggregateEventRow = {
  workspaceId: string;
  profileId: string;
  type: string;
  event: string | null;
  /** A Date, an ISO 8601 string or epoch milliseconds. */
  timestamp: Date | string | number;
  properties: Record<string, unknown> | null;
};

/** Apply (shared) and rebuild (exclusive) serialise per workspace, so a rebuild never misses or doubles a batch. */
const LOCK_CLASS = 727002;

/** The catalog type of a JSON value: strings that look like ISO dates are "date". */
const VALUE_TYPE = (v: string) => `CASE jsonb_typeof(${v})
      WHEN 'string' THEN CASE WHEN (${v} #>> '{}') ~ '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?)?$'
        THEN 'date' ELSE 'string' END
      ELSE jsonb_typeof(${v}) END`;

/**
 * Folds event rows into the aggregates. `source` yields (workspace_id, profile_id, type, event, timestamp,
 * properties). Each event counts under its name and, for page / screen calls, under "$page" / "$screen" too.
 * Rows are written in primary-key order so that concurrent batches lock them in the same order (no deadlock).
 * With `catalog`, event names and property keys not yet in the catalog are added (existing ones are left alone).
 * The workspace's indexed properties get their day values (day-values.sql.ts).
 */
function upsertSql(source: string, catalog: boolean): string {
  // Nearly every batch brings only names and keys the catalog has: those are dropped (one probe per distinct pair)
  // before the per-value typing, the costly part, runs on what is left.
  const catalogInsert = `props AS (
      SELECT k.workspace_id, k.event, p.key, p.value
      FROM keyed k CROSS JOIN LATERAL jsonb_each(coalesce(k.properties, '{}')) AS p(key, value)
      WHERE jsonb_typeof(p.value) <> 'null' AND length(p.key) <= 200 AND length(k.event) <= 200
    ),
    new_props AS MATERIALIZED (
      SELECT d.workspace_id, d.event, d.key FROM (SELECT DISTINCT workspace_id, event, key FROM props) d
      WHERE NOT EXISTS (SELECT 1 FROM audience_catalog a WHERE a.workspace_id = d.workspace_id
                          AND a.kind = 'property' AND a.event = d.event AND a.key = d.key)
    ),
    catalog AS (
      INSERT INTO audience_catalog (workspace_id, kind, event, key, value_type, seen)
      SELECT workspace_id, kind, event, key, value_type, seen FROM (
        SELECT workspace_id, 'event' AS kind, event, '' AS key, NULL AS value_type, count(*) AS seen
        FROM keyed WHERE length(event) <= 200 GROUP BY 1, 3
        UNION ALL
        SELECT workspace_id, 'property', event, key, mode() WITHIN GROUP (ORDER BY value_type), count(*)
        FROM (SELECT p.workspace_id, p.event, p.key, ${VALUE_TYPE("p.value")} AS value_type
              FROM props p JOIN new_props n USING (workspace_id, event, key)
              WHERE EXISTS (SELECT FROM new_props)) v
        GROUP BY 1, 3, 4
      ) c
      ORDER BY workspace_id, kind, event, key
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),`;
  return `
    WITH source AS (${source}),
    keyed AS (
      SELECT x.workspace_id, x.profile_id, k.event, x.timestamp, x.properties,
             (x.timestamp AT TIME ZONE 'UTC')::date AS day
      FROM source x
      CROSS JOIN LATERAL (VALUES (x.event),
        (CASE x.type WHEN 'page' THEN '$page' WHEN 'screen' THEN '$screen' END)) AS k(event)
      WHERE k.event IS NOT NULL
    ),
    numbers AS (
      SELECT k.workspace_id, k.profile_id, k.event, k.day, p.key, p.value::numeric AS value
      FROM keyed k CROSS JOIN LATERAL jsonb_each(coalesce(k.properties, '{}')) AS p(key, value)
      WHERE jsonb_typeof(p.value) = 'number'
    ),
    days AS (
      INSERT INTO profile_event_days AS t (profile_id, event, day, workspace_id, event_count)
      SELECT profile_id, event, day, workspace_id, count(*) FROM keyed
      GROUP BY workspace_id, profile_id, event, day
      ORDER BY profile_id, event, day
      ON CONFLICT (profile_id, event, day) DO UPDATE SET event_count = t.event_count + EXCLUDED.event_count
      RETURNING 1
    ),
    day_numbers AS (
      INSERT INTO profile_event_day_numbers AS t
        (profile_id, event, property, day, workspace_id, value_count, total, low, high)
      SELECT profile_id, event, key, day, workspace_id, count(*), sum(value), min(value), max(value)
      FROM numbers GROUP BY workspace_id, profile_id, event, key, day
      ORDER BY profile_id, event, key, day
      ON CONFLICT (profile_id, event, property, day) DO UPDATE SET
        value_count = t.value_count + EXCLUDED.value_count,
        total = t.total + EXCLUDED.total,
        low = least(t.low, EXCLUDED.low),
        high = greatest(t.high, EXCLUDED.high)
      RETURNING 1
    ),
    all_numbers AS (
      INSERT INTO profile_event_numbers AS t
        (profile_id, event, property, workspace_id, value_count, total, low, high)
      SELECT profile_id, event, key, workspace_id, count(*), sum(value), min(value), max(value)
      FROM numbers GROUP BY workspace_id, profile_id, event, key
      ORDER BY profile_id, event, key
      ON CONFLICT (profile_id, event, property) DO UPDATE SET
        value_count = t.value_count + EXCLUDED.value_count,
        total = t.total + EXCLUDED.total,
        low = least(t.low, EXCLUDED.low),
        high = greatest(t.high, EXCLUDED.high)
      RETURNING 1
    ),
    ${catalog ? catalogInsert : ""}
    ${DAY_VALUES_CTE}
    stats AS (
      INSERT INTO profile_event_stats AS t (profile_id, event, workspace_id, event_count, first_at, last_at)
      SELECT profile_id, event, workspace_id, count(*), min(timestamp), max(timestamp)
      FROM keyed GROUP BY workspace_id, profile_id, event
      ORDER BY profile_id, event
      ON CONFLICT (profile_id, event) DO UPDATE SET
        event_count = t.event_count + EXCLUDED.event_count,
        first_at = least(t.first_at, EXCLUDED.first_at),
        last_at = greatest(t.last_at, EXCLUDED.last_at)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM days) AS days, (SELECT count(*) FROM stats) AS stats`;
}

const lock = (mode: "shared" | "exclusive") =>
  `SELECT ${mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}(${LOCK_CLASS}, hashtext(w))
   FROM (SELECT DISTINCT w FROM unnest($1::text[]) AS w ORDER BY w) s`;

/**
 * Waits for every ingestion transaction of the workspace that is writing aggregates, and keeps new ones out until
 * this transaction ends: what it then reads from events is exactly what the aggregates must hold.
 */
export async function lockAggregatesExclusive(db: SqlRunner, workspaceId: string): Promise<void> {
  await db.query(lock("exclusive"), [[workspaceId]]);
}

/**
 * Adds newly stored events to the per-profile aggregates (and their names and property keys to the catalog).
 * Set-based: six upserts in one statement, whatever the batch size. Call it inside the transaction that
 * inserted the events, with exactly the rows inserted (duplicates already dropped): then the aggregates commit
 * or roll back with them.
 */
export async function applyEventAggregates(db: SqlRunner, rows: readonly AggregateEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const workspaces = [...new Set(rows.map((r) => r.workspaceId))];
  await db.query(lock("shared"), [workspaces]);
  const payload = rows.map((r) => ({
    workspace_id: r.workspaceId,
    profile_id: r.profileId,
    type: r.type,
    event: r.event,
    timestamp: typeof r.timestamp === "string" ? r.timestamp : new Date(r.timestamp).toISOString(),
    properties: r.properties ?? {},
  }));
  const source = `SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(workspace_id uuid, profile_id uuid, type text,
    event text, "timestamp" timestamptz, properties jsonb)`;
  await db.query(upsertSql(source, true), [JSON.stringify(payload)]);
}

/** Per aggregate table: its key after profile_id, and how two rows of one key combine (all associative). */
const FOLDS = [
  {
    table: "profile_event_stats",
    key: ["event"],
    sum: ["event_count"],
    min: ["first_at"],
    max: ["last_at"],
  },
  { table: "profile_event_days", key: ["event", "day"], sum: ["event_count"], min: [], max: [] },
  {
    table: "profile_event_numbers",
    key: ["event", "property"],
    sum: ["value_count", "total"],
    min: ["low"],
    max: ["high"],
  },
  {
    table: "profile_event_day_numbers",
    key: ["event", "property", "day"],
    sum: ["value_count", "total"],
    min: ["low"],
    max: ["high"],
  },
  {
    table: "profile_event_day_values",
    key: ["event", "property", "value", "day"],
    sum: ["event_count"],
    min: [],
    max: [],
  },
] as const;

function foldSql(): string {
  const ctes = FOLDS.map(({ table, key, sum, min, max }, i) => {
    const values = [...sum, ...min, ...max];
    const combined = [
      ...sum.map((c) => `${c} = t.${c} + EXCLUDED.${c}`),
      ...min.map((c) => `${c} = least(t.${c}, EXCLUDED.${c})`),
      ...max.map((c) => `${c} = greatest(t.${c}, EXCLUDED.${c})`),
    ];
    const aggregated = [...sum.map((c) => `sum(${c})`), ...min.map((c) => `min(${c})`), ...max.map((c) => `max(${c})`)];
    // The primary key alone (losers are profiles of this workspace): with workspace_id too the planner ANDs in a
    // scan of the whole workspace in the event index.
    return `gone${i} AS (
      DELETE FROM ${table} WHERE profile_id = ANY($2::uuid[])
      RETURNING profile_id, ${[...key, ...values].join(", ")}),
    folded${i} AS (
      INSERT INTO ${table} AS t (profile_id, ${key.join(", ")}, workspace_id, ${values.join(", ")})
      SELECT m.holder, ${key.map((c) => `g.${c}`).join(", ")}, $1, ${aggregated.join(", ")}
      FROM gone${i} g JOIN moves m ON m.loser = g.profile_id
      GROUP BY m.holder, ${key.map((c) => `g.${c}`).join(", ")}
      ORDER BY m.holder, ${key.map((c) => `g.${c}`).join(", ")}
      ON CONFLICT (profile_id, ${key.join(", ")}) DO UPDATE SET ${combined.join(", ")}
      RETURNING 1)`;
  });
  return `WITH moves AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) AS m(loser, holder)),
    ${ctes.join(",\n    ")}
    SELECT ${FOLDS.map((_, i) => `(SELECT count(*) FROM folded${i})`).join(" + ")} AS folded`;
}
const FOLD_SQL = foldSql();

/**
 * A merge moved every event of each loser to its holder: the loser's aggregate rows are combined into the holder's
 * (counts and totals add, lows and highs keep the extreme), which equals a rebuild of both from their events
 * without reading them. Both profiles are under this transaction's identity locks, so the shared lock suffices.
 */
export async function foldMergedAggregates(
  db: SqlRunner,
  workspaceId: string,
  merges: ReadonlyArray<{ loserId: string; holderId: string }>,
): Promise<void> {
  const holderOf = new Map(merges.map((m) => [m.loserId, m.holderId]));
  if (holderOf.size === 0) return;
  await db.query(lock("shared"), [[workspaceId]]);
  await db.query(FOLD_SQL, [workspaceId, [...holderOf.keys()], [...holderOf.values()]]);
}

/**
 * Recomputes the aggregates of a workspace (or of some of its profiles) from the events table: after a bulk load
 * (COPY), a backfill, a merge or undo that moved events between profiles, or a deletion. Run it inside a
 * transaction (the lock and the delete-and-insert must commit together); `rebuildAggregates` opens one.
 */
export async function rebuildAggregatesIn(
  db: SqlRunner,
  workspaceId: string,
  options: { profileIds?: readonly string[] } = {},
): Promise<void> {
  await lockAggregatesExclusive(db, workspaceId);
  if (options.profileIds === undefined) return rebuildWorkspace(db, workspaceId);
  const params: unknown[] = [workspaceId, [...options.profileIds]];
  const scope = `workspace_id = $1 AND profile_id = ANY($2::uuid[])`;
  await db.query(`DELETE FROM profile_event_days WHERE ${scope}`, params);
  await db.query(`DELETE FROM profile_event_stats WHERE ${scope}`, params);
  await db.query(`DELETE FROM profile_event_numbers WHERE ${scope}`, params);
  await db.query(`DELETE FROM profile_event_day_numbers WHERE ${scope}`, params);
  await db.query(`DELETE FROM profile_event_day_values WHERE ${scope}`, params);
  const source = `SELECT workspace_id, profile_id, type, event, timestamp, properties FROM events WHERE ${scope}`;
  await db.query(upsertSql(source, false), params);
}

/**
 * A whole workspace at once (after a bulk load): the events are read into two narrow temporary tables, and each
 * aggregate is a plain grouped INSERT from it. The shared upsert statement would materialise every event with its
 * properties several times over and sort it on disk. Rows go in primary-key order, so the key indexes grow at
 * their right edge instead of taking random inserts.
 */
async function rebuildWorkspace(db: SqlRunner, workspaceId: string): Promise<void> {
  await db.query(`SET LOCAL work_mem = '256MB'`);
  for (const table of [
    "profile_event_days",
    "profile_event_stats",
    "profile_event_numbers",
    "profile_event_day_numbers",
    "profile_event_day_values",
  ])
    await db.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [workspaceId]);
  const keys = `CROSS JOIN LATERAL (VALUES (x.event),
      (CASE x.type WHEN 'page' THEN '$page' WHEN 'screen' THEN '$screen' END)) AS k(event)`;
  await db.query(
    `CREATE TEMP TABLE rebuild_keyed ON COMMIT DROP AS
     SELECT x.profile_id, k.event, x.timestamp, (x.timestamp AT TIME ZONE 'UTC')::date AS day
     FROM events x ${keys}
     WHERE x.workspace_id = $1 AND k.event IS NOT NULL`,
    [workspaceId],
  );
  await db.query(
    `CREATE TEMP TABLE rebuild_numbers ON COMMIT DROP AS
     SELECT x.profile_id, k.event, (x.timestamp AT TIME ZONE 'UTC')::date AS day, p.key, p.value::numeric AS value
     FROM events x ${keys}
     CROSS JOIN LATERAL jsonb_each(coalesce(x.properties, '{}')) AS p(key, value)
     WHERE x.workspace_id = $1 AND k.event IS NOT NULL AND jsonb_typeof(p.value) = 'number'`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO profile_event_days (profile_id, event, day, workspace_id, event_count)
     SELECT profile_id, event, day, $1::uuid, count(*) FROM rebuild_keyed
     GROUP BY profile_id, event, day ORDER BY profile_id, event, day`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO profile_event_stats (profile_id, event, workspace_id, event_count, first_at, last_at)
     SELECT profile_id, event, $1::uuid, count(*), min(timestamp), max(timestamp) FROM rebuild_keyed
     GROUP BY profile_id, event ORDER BY profile_id, event`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO profile_event_day_numbers
       (profile_id, event, property, day, workspace_id, value_count, total, low, high)
     SELECT profile_id, event, key, day, $1::uuid, count(*), sum(value), min(value), max(value) FROM rebuild_numbers
     GROUP BY profile_id, event, key, day ORDER BY profile_id, event, key, day`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO profile_event_numbers (profile_id, event, property, workspace_id, value_count, total, low, high)
     SELECT profile_id, event, key, $1::uuid, count(*), sum(value), min(value), max(value) FROM rebuild_numbers
     GROUP BY profile_id, event, key ORDER BY profile_id, event, key`,
    [workspaceId],
  );
  await db.query(`DROP TABLE rebuild_keyed, rebuild_numbers`);
  const indexed = await queryRows(
    db,
    `SELECT 1 AS one FROM indexed_properties WHERE workspace_id = $1 LIMIT 1`,
    [workspaceId],
    z.object({ one: z.number() }),
  );
  if (indexed.length > 0) await db.query(insertDayValuesSql(null), [workspaceId]);
}

export async function rebuildAggregates(
  db: DataSource,
  workspaceId: string,
  options: { profileIds?: readonly string[] } = {},
): Promise<void> {
  await db.transaction((manager) => rebuildAggregatesIn(manager, workspaceId, options));
}
