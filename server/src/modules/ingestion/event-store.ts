import type pg from "pg";
import type { NormalizedMessage } from "./message.normalize.js";

export type StoredEvent = { message: NormalizedMessage; profileId: string; eventId: string };

/**
 * Which of these messageIds the source already delivered, and one event id per message taken from the events
 * sequence (ids exist before the rows do, so a merge in the same batch can record them). One statement.
 */
export async function dedupeAndAllocate(
  client: pg.ClientBase,
  sourceId: string,
  messageIds: string[],
): Promise<{ seen: Set<string>; eventIds: string[] }> {
  const { rows } = await client.query<{ seen: string[]; ids: string[] }>({
    name: "mosaic_dedupe_allocate",
    text: `SELECT coalesce((SELECT array_agg(message_id) FROM event_messages
                       WHERE source_id = $1 AND message_id = ANY($2::text[])), '{}') AS seen,
            (SELECT array_agg(nextval('events_id_seq'))::text[] FROM generate_series(1, $3)) AS ids`,
    values: [sourceId, messageIds, messageIds.length],
  });
  return { seen: new Set(rows[0]?.seen ?? []), eventIds: rows[0]?.ids ?? [] };
}

/**
 * The batch's events and their dedupe keys in one statement. Scalars travel as typed arrays; each JSON column as
 * one JSON array (one native stringify, no per-element escaping), zipped back into rows by ROWS FROM.
 * A messageId that a concurrent request committed meanwhile fails the statement with a unique violation; the
 * caller retries the whole transaction, and the retry's dedupe skips it.
 */
export async function insertEvents(
  client: pg.ClientBase,
  workspaceId: string,
  sourceId: string,
  receivedAt: number,
  events: StoredEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const column = <T>(pick: (e: StoredEvent) => T) => events.map(pick);
  const jsonColumn = (pick: (e: StoredEvent) => unknown) => JSON.stringify(events.map(pick));
  await client.query({
    name: "mosaic_insert_events",
    text: `WITH x AS (
       SELECT * FROM ROWS FROM (
           unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[]),
           jsonb_array_elements($9::jsonb), jsonb_array_elements($10::jsonb), jsonb_array_elements($11::jsonb),
           jsonb_array_elements($12::jsonb))
         AS x(profile_id, id, message_id, type, event, anonymous_id, user_id, ms, properties, context, integrations, extras)),
     m AS (
       INSERT INTO event_messages (source_id, message_id, profile_id, event_id, received_at)
       SELECT $13, message_id, profile_id, id, $15 FROM x)
     INSERT INTO events (profile_id, id, workspace_id, source_id, message_id, type, event, properties, context,
                         integrations, extras, anonymous_id, user_id, timestamp, received_at)
     SELECT profile_id, id, $14, $13, message_id, type, event, properties, context,
            nullif(integrations, 'null'), nullif(extras, 'null'), anonymous_id, user_id, to_timestamp(ms / 1000), $15
       FROM x`,
    values: [
      column((e) => e.profileId),
      column((e) => e.eventId),
      column((e) => e.message.messageId),
      column((e) => e.message.type),
      column((e) => e.message.event),
      column((e) => e.message.anonymousId),
      column((e) => e.message.userId),
      column((e) => e.message.timestamp),
      jsonColumn((e) => e.message.properties),
      jsonColumn((e) => e.message.context),
      jsonColumn((e) => e.message.integrations),
      jsonColumn((e) => e.message.extras),
      sourceId,
      workspaceId,
      new Date(receivedAt).toISOString(),
    ],
  });
}

/** Per-source counters: every message received, and those rejected. */
export async function countMessages(
  client: { query(sql: string, params: unknown[]): Promise<unknown> },
  sourceId: string,
  received: number,
  rejected: number,
): Promise<void> {
  await client.query(
    `INSERT INTO source_stats (source_id, received_count, rejected_count, last_seen_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (source_id) DO UPDATE SET
       received_count = source_stats.received_count + EXCLUDED.received_count,
       rejected_count = source_stats.rejected_count + EXCLUDED.rejected_count,
       last_seen_at = greatest(source_stats.last_seen_at, EXCLUDED.last_seen_at)`,
    [sourceId, received, rejected],
  );
}
