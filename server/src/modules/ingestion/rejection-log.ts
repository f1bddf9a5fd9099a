import type { Endpoint, Rejection } from "./batch.parse.js";
import { isRecord } from "./message.schema.js";

/** How many rejected messages each source keeps for its debugger; older ones are trimmed as new ones arrive. */
export const REJECTIONS_KEPT = 100;
/** A rejected payload larger than this is not kept (the oversize ones are often why it was rejected). */
export const MAX_KEPT_PAYLOAD_CHARS = 16_000;
const MAX_FIELD_CHARS = 200;

export type RejectionRecord = {
  index: number;
  messageId: string | null;
  reason: string;
  type: string | null;
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  payload: Record<string, unknown> | null;
};

type Query = { query(sql: string, params: unknown[]): Promise<unknown> };

const text = (value: unknown) => (typeof value === "string" && value ? value.slice(0, MAX_FIELD_CHARS) : null);
const idText = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? String(value) : text(value));

/** The raw message as sent, minus the write key (a secret that must not be shown back), if small enough to keep. */
function keptPayload(raw: Record<string, unknown>): Record<string, unknown> | null {
  const { writeKey: _secret, ...rest } = raw;
  return JSON.stringify(rest).length <= MAX_KEPT_PAYLOAD_CHARS ? rest : null;
}

/**
 * What the debugger shows of each rejected message: its position, reason and the raw message's summary fields,
 * read defensively because a rejected message is by definition not well formed.
 */
export function rejectionRecords(endpoint: Endpoint, body: unknown, rejected: readonly Rejection[]): RejectionRecord[] {
  const items = endpoint === "batch" ? (isRecord(body) && Array.isArray(body.batch) ? body.batch : []) : [body];
  return rejected.slice(-REJECTIONS_KEPT).map((rejection) => {
    const raw: unknown = items[rejection.index];
    const message = isRecord(raw) ? raw : null;
    return {
      index: rejection.index,
      messageId: rejection.messageId,
      reason: rejection.reason,
      type: endpoint === "batch" ? text(message?.type) : endpoint,
      event: text(message?.event) ?? text(message?.name),
      userId: idText(message?.userId),
      anonymousId: idText(message?.anonymousId),
      payload: message ? keptPayload(message) : null,
    };
  });
}

/** A request refused as a whole (unreadable, bad shape): one record at index 0 with the reason. */
export function wholeRequestRejection(reason: string): RejectionRecord {
  return {
    index: 0,
    messageId: null,
    reason,
    type: null,
    event: null,
    userId: null,
    anonymousId: null,
    payload: null,
  };
}

/** Appends the records and trims the source's log to the newest REJECTIONS_KEPT, in the caller's transaction. */
export async function recordRejections(
  client: Query,
  source: { id: string; workspaceId: string },
  records: readonly RejectionRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `INSERT INTO rejected_messages (source_id, workspace_id, index, message_id, reason, type, event, user_id,
                                    anonymous_id, payload)
     SELECT $1, $2, r.index, r.message_id, r.reason, r.type, r.event, r.user_id, r.anonymous_id, nullif(p, 'null')
       FROM ROWS FROM (
              unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]),
              jsonb_array_elements($10::jsonb))
         AS r(index, message_id, reason, type, event, user_id, anonymous_id, p)`,
    [
      source.id,
      source.workspaceId,
      records.map((r) => r.index),
      records.map((r) => r.messageId),
      records.map((r) => r.reason),
      records.map((r) => r.type),
      records.map((r) => r.event),
      records.map((r) => r.userId),
      records.map((r) => r.anonymousId),
      JSON.stringify(records.map((r) => r.payload)),
    ],
  );
  await client.query(
    `DELETE FROM rejected_messages WHERE source_id = $1 AND id < (
       SELECT id FROM rejected_messages WHERE source_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)`,
    [source.id, REJECTIONS_KEPT - 1],
  );
}
