import { ANY_PAGE_EVENT, ANY_SCREEN_EVENT } from "@mosaic/shared";

/**
 * profile_event_day_values: events per profile, event, property, string value and UTC day, for the (event, key)
 * pairs of indexed_properties. Only JSON strings of at most MAX_ROLLUP_VALUE characters are counted: numbers,
 * booleans and objects under the same key are not, which is what a string filter matches on the raw events too.
 * A 'failed' property is not written (its rows are recomputed when its backfill is tried again).
 */
export const MAX_ROLLUP_VALUE = 200;

const WRITTEN = `i.status <> 'failed'`;
/**
 * What ingestion writes: ready properties, and the days a running backfill has done (the backfill writes the
 * later ones itself, reading the events under the aggregates' exclusive lock, so each event is counted once).
 */
const KEPT = `(i.status = 'ready' OR (i.status = 'building' AND k.day < i.backfilled_until))`;
const STRING_VALUE = (properties: string) =>
  `jsonb_typeof(${properties} -> i.key) = 'string' AND length(${properties} ->> i.key) <= ${MAX_ROLLUP_VALUE}`;

/** The ingestion CTE over `keyed` (workspace_id, profile_id, event, day, properties); rows in primary-key order. */
export const DAY_VALUES_CTE = `day_values AS (
      INSERT INTO profile_event_day_values AS t (profile_id, event, property, value, day, workspace_id, event_count)
      SELECT k.profile_id, k.event, i.key, k.properties ->> i.key, k.day, k.workspace_id, count(*)
      FROM keyed k JOIN indexed_properties i ON i.workspace_id = k.workspace_id AND i.event = k.event
      WHERE ${KEPT} AND ${STRING_VALUE("k.properties")}
      GROUP BY k.workspace_id, k.profile_id, k.event, i.key, k.properties ->> i.key, k.day
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (profile_id, event, property, value, day) DO UPDATE SET event_count = t.event_count + EXCLUDED.event_count
      RETURNING 1
    ),`;

/** The events of one event key: a name, or every page / screen call for the pseudo events. */
function eventScope(event: string | null): string {
  if (event === ANY_PAGE_EVENT) return `x.type = 'page'`;
  if (event === ANY_SCREEN_EVENT) return `x.type = 'screen'`;
  return event === null ? "true" : `x.event = $2`;
}

/**
 * Recomputes day values from the events table, in primary-key order: $1 the workspace; with `one`, only the
 * property ($2 event, $3 key) whose rows of the days [$4, $5) were just deleted (a span of a backfill; either bound
 * may be NULL: open), otherwise every written property of the workspace (a rebuild after a bulk load).
 */
export function insertDayValuesSql(one: { event: string } | null): string {
  const only = one ? ` AND i.event = $2 AND i.key = $3` : "";
  const span = one
    ? ` AND ($4::date IS NULL OR x.timestamp >= $4::date::timestamp AT TIME ZONE 'UTC')` +
      ` AND ($5::date IS NULL OR x.timestamp < $5::date::timestamp AT TIME ZONE 'UTC')`
    : "";
  return `INSERT INTO profile_event_day_values (profile_id, event, property, value, day, workspace_id, event_count)
    SELECT x.profile_id, i.event, i.key, x.properties ->> i.key, (x.timestamp AT TIME ZONE 'UTC')::date, $1::uuid, count(*)
    FROM events x
    CROSS JOIN LATERAL (VALUES (x.event),
      (CASE x.type WHEN 'page' THEN '${ANY_PAGE_EVENT}' WHEN 'screen' THEN '${ANY_SCREEN_EVENT}' END)) AS k(event)
    JOIN indexed_properties i ON i.workspace_id = $1 AND i.event = k.event${only}
    WHERE x.workspace_id = $1 AND ${eventScope(one ? one.event : null)}${span} AND ${WRITTEN} AND ${STRING_VALUE("x.properties")}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
}

/**
 * The first and last UTC day of the events of one event key ($1 workspace, $2 event), and about how many there are
 * (the catalog's count, kept by ingestion): the span a backfill walks through and how finely to cut it.
 */
export function eventDaysSql(event: string): string {
  return `SELECT (min(x.timestamp) AT TIME ZONE 'UTC')::date::text AS first, (max(x.timestamp) AT TIME ZONE 'UTC')::date::text AS last,
      coalesce((SELECT c.seen FROM audience_catalog c
                WHERE c.workspace_id = $1 AND c.kind = 'event' AND c.event = $2 AND c.key = ''), 0)::float8 AS events
    FROM events x WHERE x.workspace_id = $1 AND ${eventScope(event)}`;
}
