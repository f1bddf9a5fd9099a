import { VALUE_TYPES, ruleGroupSchema, type CatalogEvent, type CatalogField } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { z } from "zod";
import type { Catalog } from "./catalog.js";
import { MAX_INDEXED_PROPERTIES, chooseIndexedPropertiesIn } from "./indexed-properties.service.js";
import { queryRows, type SqlRunner } from "./sql-runner.js";

export type CatalogRefreshOptions = {
  /** Profiles sampled for trait keys and types (the most recently seen). */
  traitSample?: number;
  /** Events sampled per event name for property keys and types (the most recent). */
  eventSample?: number;
  /** A string key gets value suggestions when it has at most this many distinct values in the sample. */
  maxSuggestions?: number;
  /** Low-cardinality string properties rolled up per day (profile_event_day_values), per workspace. */
  maxIndexedProperties?: number;
};

const DATE_TEXT = `'^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?)?$'`;

/**
 * Keys, dominant types and suggestions from `vals(grp, key, value)`: the most frequent JSON type wins (strings
 * that are ISO dates count as "date"); a string key gets its values, most frequent first, only when they are few
 * and repeat (at most $3 distinct, each seen twice on average), so names and emails are never suggested.
 */
const TYPED_KEYS = `
  typed AS (
    SELECT grp, key, value,
           CASE jsonb_typeof(value)
             WHEN 'string' THEN CASE WHEN (value #>> '{}') ~ ${DATE_TEXT} THEN 'date' ELSE 'string' END
             ELSE jsonb_typeof(value) END AS type
    FROM vals WHERE jsonb_typeof(value) <> 'null' AND length(key) <= 200
  ),
  types AS (SELECT grp, key, type, count(*) AS n FROM typed GROUP BY 1, 2, 3),
  best AS (SELECT DISTINCT ON (grp, key) grp, key, type FROM types ORDER BY grp, key, n DESC, type),
  seen AS (SELECT grp, key, sum(n) AS seen FROM types GROUP BY 1, 2),
  strings AS (
    SELECT grp, key, value #>> '{}' AS v, count(*) AS n FROM typed
    WHERE type = 'string' AND length(value #>> '{}') <= 200 GROUP BY 1, 2, 3
  ),
  suggested AS (
    SELECT s.grp, s.key, jsonb_agg(s.v ORDER BY s.n DESC, s.v) AS suggestions
    FROM strings s JOIN seen USING (grp, key)
    GROUP BY s.grp, s.key, seen.seen
    HAVING count(*) <= $3 AND count(*) * 2 <= seen.seen
  ),
  found AS (
    SELECT b.grp, b.key, b.type, s.seen,
           CASE WHEN b.type = 'string' THEN coalesce(g.suggestions, '[]') ELSE '[]' END AS suggestions
    FROM best b JOIN seen s USING (grp, key) LEFT JOIN suggested g USING (grp, key)
  )`;

/**
 * Rebuilds a workspace's catalog from its data with bounded work: trait keys from the most recently seen
 * profiles, event names and counts from profile_event_stats, property keys from the latest events of each name
 * (through the covering index), identifier types from identities. Run it on a schedule or after bulk loads;
 * ingestion adds new event names and property keys as they arrive (applyEventAggregates). Newly seen
 * low-cardinality string properties are chosen for the per-day rollup; backfillIndexedProperties fills them.
 */
export async function refreshCatalogIn(db: SqlRunner, workspaceId: string, options: CatalogRefreshOptions = {}) {
  const traitSample = options.traitSample ?? 20_000;
  const eventSample = options.eventSample ?? 1_000;
  const maxSuggestions = options.maxSuggestions ?? 50;
  await db.query(`DELETE FROM audience_catalog WHERE workspace_id = $1`, [workspaceId]);
  await db.query(
    `WITH sample AS (
       SELECT traits FROM profiles WHERE workspace_id = $1 ORDER BY last_seen_at DESC LIMIT $2
     ),
     vals AS (SELECT '' AS grp, t.key, t.value FROM sample CROSS JOIN LATERAL jsonb_each(sample.traits) AS t(key, value)),
     ${TYPED_KEYS}
     INSERT INTO audience_catalog (workspace_id, kind, event, key, value_type, seen, suggestions)
     SELECT $1, 'trait', '', key, type, seen, suggestions FROM found`,
    [workspaceId, traitSample, maxSuggestions],
  );
  await db.query(
    `INSERT INTO audience_catalog (workspace_id, kind, event, key, seen)
     SELECT $1, 'event', event, '', sum(event_count) FROM profile_event_stats
     WHERE workspace_id = $1 AND length(event) <= 200 GROUP BY event`,
    [workspaceId],
  );
  await db.query(
    `WITH names AS (SELECT event FROM audience_catalog WHERE workspace_id = $1 AND kind = 'event'),
     sample AS (
       SELECT n.event AS grp, s.properties FROM names n CROSS JOIN LATERAL (
         SELECT e.properties FROM events e WHERE e.workspace_id = $1 AND e.event = n.event
         ORDER BY e.timestamp DESC LIMIT $2) s
       WHERE n.event NOT IN ('$page', '$screen')
       UNION ALL
       SELECT n.event, s.properties FROM names n CROSS JOIN LATERAL (
         SELECT e.properties FROM events e
         WHERE e.workspace_id = $1 AND e.type = CASE n.event WHEN '$page' THEN 'page' ELSE 'screen' END
         ORDER BY e.timestamp DESC LIMIT $2) s
       WHERE n.event IN ('$page', '$screen')
     ),
     vals AS (SELECT grp, p.key, p.value FROM sample CROSS JOIN LATERAL jsonb_each(sample.properties) AS p(key, value)),
     ${TYPED_KEYS}
     INSERT INTO audience_catalog (workspace_id, kind, event, key, value_type, seen, suggestions)
     SELECT $1, 'property', grp, key, type, seen, suggestions FROM found`,
    [workspaceId, eventSample, maxSuggestions],
  );
  await chooseIndexedPropertiesIn(db, workspaceId, options.maxIndexedProperties ?? MAX_INDEXED_PROPERTIES);
  await db.query(
    `INSERT INTO audience_catalog (workspace_id, kind, event, key, seen)
     SELECT $1, 'identifier', '', type, count(*) FROM identities WHERE workspace_id = $1 AND length(type) <= 200
     GROUP BY type`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO audience_catalog_refreshes (workspace_id, refreshed_at) VALUES ($1, now())
     ON CONFLICT (workspace_id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at`,
    [workspaceId],
  );
}

export async function refreshCatalog(db: DataSource, workspaceId: string, options: CatalogRefreshOptions = {}) {
  await db.transaction((manager) => refreshCatalogIn(manager, workspaceId, options));
}

const catalogRow = z.object({
  kind: z.enum(["trait", "event", "property", "identifier"]),
  event: z.string(),
  key: z.string(),
  value_type: z.enum(VALUE_TYPES).nullable(),
  seen: z.coerce.number(),
  suggestions: z.array(z.string()),
});

const audienceRow = z.object({ id: z.string(), name: z.string(), rules: z.unknown() });

/**
 * The workspace's catalog, with its saved audiences (and their rules, for audience-in-audience rules). The
 * first call for a workspace refreshes the catalog from the data.
 */
export async function loadCatalog(db: DataSource, workspaceId: string): Promise<Catalog> {
  const refreshed = await queryRows(
    db,
    `SELECT refreshed_at FROM audience_catalog_refreshes WHERE workspace_id = $1`,
    [workspaceId],
    z.object({ refreshed_at: z.date() }),
  );
  if (refreshed.length === 0) await refreshCatalog(db, workspaceId);
  const [rows, audiences, [state], indexed, rolledUp] = await Promise.all([
    queryRows(
      db,
      `SELECT kind, event, key, value_type, seen, suggestions FROM audience_catalog WHERE workspace_id = $1
       ORDER BY seen DESC, event, key`,
      [workspaceId],
      catalogRow,
    ),
    queryRows(
      db,
      `SELECT id, name, rules FROM segments WHERE workspace_id = $1 ORDER BY name`,
      [workspaceId],
      audienceRow,
    ),
    queryRows(
      db,
      `SELECT refreshed_at FROM audience_catalog_refreshes WHERE workspace_id = $1`,
      [workspaceId],
      z.object({ refreshed_at: z.date() }),
    ),
    // Only an index PostgreSQL can use: a build in progress or cut short leaves an invalid one.
    queryRows(
      db,
      `SELECT t.key FROM trait_indexes t JOIN pg_index i ON i.indexrelid = to_regclass(t.index_name)
       WHERE t.workspace_id = $1 AND t.status = 'ready' AND i.indisvalid ORDER BY t.key`,
      [workspaceId],
      z.object({ key: z.string() }),
    ),
    queryRows(
      db,
      `SELECT event, key FROM indexed_properties WHERE workspace_id = $1 AND status = 'ready' ORDER BY event, key`,
      [workspaceId],
      z.object({ event: z.string(), key: z.string() }),
    ),
  ]);
  const field = (row: z.output<typeof catalogRow>): CatalogField => ({
    key: row.key,
    type: row.value_type ?? "string",
    seen: row.seen,
    suggestions: row.suggestions,
  });
  const events = new Map<string, CatalogEvent>();
  for (const row of rows)
    if (row.kind === "event") events.set(row.event, { name: row.event, count: row.seen, properties: [] });
  for (const row of rows) if (row.kind === "property") events.get(row.event)?.properties.push(field(row));
  return {
    traits: rows.filter((r) => r.kind === "trait").map(field),
    events: [...events.values()],
    identifiers: rows.filter((r) => r.kind === "identifier").map((r) => ({ type: r.key, count: r.seen })),
    audiences: audiences.map((a) => {
      const parsed = ruleGroupSchema.safeParse(a.rules);
      return { id: a.id, name: a.name, rules: parsed.success ? parsed.data : null };
    }),
    refreshedAt: state ? state.refreshed_at.toISOString() : null,
    indexedTraits: indexed.map((r) => r.key),
    indexedProperties: rolledUp,
  };
}
