import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Audiences: per-profile event aggregates kept up to date at ingestion, the catalog of names the rule builder
 * offers, and two helper functions the compiled audience SQL uses.
 *
 * - profile_event_stats: one row per profile and event key, all time (count, first and last time);
 * - profile_event_numbers: one row per profile, event key and numeric property, all time (values, sum, min, max);
 * - profile_event_days and profile_event_day_numbers: the same per UTC day; they answer long windows and
 *   windowed totals together with the raw events of the two partial boundary days.
 * Event keys are event names, plus "$page" / "$screen" for any page / screen call. Numeric means a top-level
 * property whose JSON value is a number.
 * Citus: both are per-profile tables, so profile_id leads every primary key (distributed by profile_id).
 */
export class Audiences1700000003000 implements MigrationInterface {
  name = "Audiences1700000003000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profile_event_stats (
        profile_id uuid NOT NULL,
        event text NOT NULL,
        workspace_id uuid NOT NULL,
        event_count bigint NOT NULL,
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        PRIMARY KEY (profile_id, event)
      )`);
    // Recency rules ("last order more than 90 days ago") are range scans on last_at; count and first-time
    // rules read the included columns without visiting the heap.
    await q.query(`
      CREATE INDEX profile_event_stats_event ON profile_event_stats (workspace_id, event, last_at)
      INCLUDE (profile_id, event_count, first_at)`);

    // One narrow row per profile, event and numeric property: "total spend ever ≥ 500" is an index range scan.
    await q.query(`
      CREATE TABLE profile_event_numbers (
        profile_id uuid NOT NULL,
        event text NOT NULL,
        property text NOT NULL,
        workspace_id uuid NOT NULL,
        value_count bigint NOT NULL,
        total numeric NOT NULL,
        low numeric NOT NULL,
        high numeric NOT NULL,
        PRIMARY KEY (profile_id, event, property)
      )`);
    await q.query(`
      CREATE INDEX profile_event_numbers_total ON profile_event_numbers (workspace_id, event, property, total)
      INCLUDE (profile_id, value_count, low, high)`);

    await q.query(`
      CREATE TABLE profile_event_days (
        profile_id uuid NOT NULL,
        event text NOT NULL,
        day date NOT NULL,
        workspace_id uuid NOT NULL,
        event_count integer NOT NULL,
        PRIMARY KEY (profile_id, event, day)
      )`);
    await q.query(`
      CREATE INDEX profile_event_days_event ON profile_event_days (workspace_id, event, day)
      INCLUDE (profile_id, event_count)`);

    await q.query(`
      CREATE TABLE profile_event_day_numbers (
        profile_id uuid NOT NULL,
        event text NOT NULL,
        property text NOT NULL,
        day date NOT NULL,
        workspace_id uuid NOT NULL,
        value_count integer NOT NULL,
        total numeric NOT NULL,
        low numeric NOT NULL,
        high numeric NOT NULL,
        PRIMARY KEY (profile_id, event, property, day)
      )`);
    // Only today's rows are still updated, so the pages of past days stay all-visible: index-only scans.
    await q.query(`
      CREATE INDEX profile_event_day_numbers_day ON profile_event_day_numbers (workspace_id, event, property, day)
      INCLUDE (profile_id, value_count, total, low, high)`);

    // "Any page view in the last 7 days": the page and screen calls of a time range without visiting the heap,
    // as events_name_time does for named events. Partial, so track events (most of the volume) do not pay for it.
    await q.query(`
      CREATE INDEX events_page_screen_time ON events (workspace_id, type, timestamp) INCLUDE (profile_id)
      WHERE type IN ('page', 'screen')`);

    // Equality and "in" on traits compile to traits @> {...}, which this index answers (jsonb_path_ops: smaller
    // and faster than the default operator class, and containment is all the compiler asks of it).
    await q.query(`CREATE INDEX profiles_traits ON profiles USING gin (traits jsonb_path_ops)`);

    await q.query(`
      CREATE TABLE audience_catalog (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('trait', 'event', 'property', 'identifier')),
        event text NOT NULL DEFAULT '',
        key text NOT NULL DEFAULT '',
        value_type text CHECK (value_type IN ('string', 'number', 'boolean', 'date', 'array', 'object')),
        seen bigint NOT NULL DEFAULT 0,
        suggestions jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, kind, event, key)
      )`);
    await q.query(`
      CREATE TABLE audience_catalog_refreshes (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        refreshed_at timestamptz NOT NULL
      )`);

    // A date trait is a string in jsonb; a malformed one must read as "no date", not fail the whole audience.
    // Date-only and offset-less values are UTC, as in the rule values (shared/src/rules/dates.ts). IMMUTABLE
    // holds because every accepted input carries its offset once normalised.
    const [{ version }]: [{ version: number }] = await q.query(
      `SELECT current_setting('server_version_num')::int AS version`,
    );
    if (version >= 160000) {
      await q.query(`
        CREATE FUNCTION mosaic_try_timestamptz(value text) RETURNS timestamptz
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE
            WHEN value ~ '^\\d{4}-\\d{2}-\\d{2}$' AND pg_input_is_valid(value, 'date')
              THEN (value || 'T00:00:00Z')::timestamptz
            WHEN value ~ '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?$'
                 AND pg_input_is_valid(value || 'Z', 'timestamptz')
              THEN (value || 'Z')::timestamptz
            WHEN value ~ '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})$'
                 AND pg_input_is_valid(value, 'timestamptz')
              THEN value::timestamptz
          END
        $$`);
    } else {
      // Before PostgreSQL 16 there is no pg_input_is_valid; an exception block (a subtransaction) catches the
      // few values that look like dates but are not (2026-02-30), so it must not run in parallel workers.
      await q.query(`
        CREATE FUNCTION mosaic_try_timestamptz(value text) RETURNS timestamptz
        LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
          IF value !~ '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?)?$' THEN
            RETURN NULL;
          END IF;
          BEGIN
            RETURN CASE
              WHEN length(value) = 10 THEN (value || 'T00:00:00Z')::timestamptz
              WHEN value ~ '(Z|[+-]\\d{2}:\\d{2})$' THEN value::timestamptz
              ELSE (value || 'Z')::timestamptz
            END;
          EXCEPTION WHEN others THEN
            RETURN NULL;
          END;
        END $$`);
    }

    // Backfill from the events already stored (the same definition as rebuildAggregates in modules/audiences).
    await q.query(`
      WITH keyed AS (
        SELECT e.workspace_id, e.profile_id, k.event, e.timestamp, e.properties,
               (e.timestamp AT TIME ZONE 'UTC')::date AS day
        FROM events e
        CROSS JOIN LATERAL (VALUES (e.event),
          (CASE e.type WHEN 'page' THEN '$page' WHEN 'screen' THEN '$screen' END)) AS k(event)
        WHERE k.event IS NOT NULL
      ),
      numbers AS (
        SELECT k.workspace_id, k.profile_id, k.event, k.day, p.key, p.value::numeric AS value
        FROM keyed k CROSS JOIN LATERAL jsonb_each(k.properties) AS p(key, value)
        WHERE jsonb_typeof(p.value) = 'number'
      ),
      days AS (
        INSERT INTO profile_event_days (profile_id, event, day, workspace_id, event_count)
        SELECT profile_id, event, day, workspace_id, count(*) FROM keyed GROUP BY workspace_id, profile_id, event, day
        RETURNING 1
      ),
      day_numbers AS (
        INSERT INTO profile_event_day_numbers
          (profile_id, event, property, day, workspace_id, value_count, total, low, high)
        SELECT profile_id, event, key, day, workspace_id, count(*), sum(value), min(value), max(value)
        FROM numbers GROUP BY workspace_id, profile_id, event, key, day
        RETURNING 1
      ),
      all_numbers AS (
        INSERT INTO profile_event_numbers (profile_id, event, property, workspace_id, value_count, total, low, high)
        SELECT profile_id, event, key, workspace_id, count(*), sum(value), min(value), max(value)
        FROM numbers GROUP BY workspace_id, profile_id, event, key
        RETURNING 1
      )
      INSERT INTO profile_event_stats (profile_id, event, workspace_id, event_count, first_at, last_at)
      SELECT profile_id, event, workspace_id, count(*), min(timestamp), max(timestamp)
      FROM keyed GROUP BY workspace_id, profile_id, event`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS mosaic_try_timestamptz(text)`);
    await q.query(`DROP TABLE IF EXISTS audience_catalog_refreshes`);
    await q.query(`DROP TABLE IF EXISTS audience_catalog`);
    await q.query(`DROP INDEX IF EXISTS profiles_traits`);
    await q.query(`DROP INDEX IF EXISTS events_page_screen_time`);
    await q.query(`DROP TABLE IF EXISTS profile_event_day_numbers`);
    await q.query(`DROP TABLE IF EXISTS profile_event_days`);
    await q.query(`DROP TABLE IF EXISTS profile_event_numbers`);
    await q.query(`DROP TABLE IF EXISTS profile_event_stats`);
  }
}
