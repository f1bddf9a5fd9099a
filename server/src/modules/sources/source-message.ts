/** One message of a source as the live debugger lists it: accepted (stored as an event) or rejected (and why). */
export type SourceMessageStatus = "accepted" | "rejected";

export type SourceMessageRow = {
  status: SourceMessageStatus;
  id: string;
  type: string | null;
  event: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  message_id: string | null;
  received_at: Date;
  timestamp: Date | null;
  reason: string | null;
  index: number | null;
  properties: Record<string, unknown> | null;
  context: Record<string, unknown> | null;
  integrations: Record<string, unknown> | null;
  extras: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
};

export type SourceMessage = {
  /** Unique across both kinds: "event:<id>" or "rejected:<id>". */
  id: string;
  status: SourceMessageStatus;
  type: string | null;
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  messageId: string | null;
  receivedAt: Date;
  timestamp: Date | null;
  reason: string | null;
  index: number | null;
  payload: Record<string, unknown> | null;
};

/** Where each message type keeps its specific fields in `events.properties` (see message.normalize.ts). */
function specificFields(type: string, event: string | null, properties: Record<string, unknown>) {
  switch (type) {
    case "identify":
      return { traits: properties };
    case "group":
    case "alias":
      return properties;
    case "track":
      return { event, properties };
    default:
      return { name: event, properties };
  }
}

/** A stored event back in the shape of the Segment message it came from (after normalisation and clock skew). */
export function acceptedPayload(row: SourceMessageRow): Record<string, unknown> {
  const type = row.type ?? "track";
  return {
    type,
    messageId: row.message_id,
    ...(row.user_id ? { userId: row.user_id } : {}),
    ...(row.anonymous_id ? { anonymousId: row.anonymous_id } : {}),
    ...specificFields(type, row.event, row.properties ?? {}),
    timestamp: row.timestamp?.toISOString() ?? null,
    context: row.context ?? {},
    ...(row.integrations ? { integrations: row.integrations } : {}),
    ...(row.extras ?? {}),
  };
}

export function toSourceMessage(row: SourceMessageRow): SourceMessage {
  const accepted = row.status === "accepted";
  return {
    id: `${accepted ? "event" : "rejected"}:${row.id}`,
    status: row.status,
    type: row.type,
    event: row.event,
    userId: row.user_id,
    anonymousId: row.anonymous_id,
    messageId: row.message_id,
    receivedAt: row.received_at,
    timestamp: row.timestamp,
    reason: row.reason,
    index: row.index,
    payload: accepted ? acceptedPayload(row) : row.payload,
  };
}

/**
 * The newest `$2` messages of source `$1`, accepted and rejected together. Each side is limited first, through
 * event_messages (source_id, received_at) and rejected_messages' primary key, so the cost does not grow with history.
 */
export const RECENT_MESSAGES_SQL = `
  SELECT * FROM (
    (SELECT 'accepted' AS status, e.id::text AS id, e.type, e.event, e.user_id, e.anonymous_id, e.message_id,
            em.received_at, e.timestamp, NULL::text AS reason, NULL::int AS index, e.properties, e.context,
            e.integrations, e.extras, NULL::jsonb AS payload
       FROM (SELECT profile_id, event_id, received_at FROM event_messages
              WHERE source_id = $1 ORDER BY received_at DESC LIMIT $2) em
       JOIN events e ON e.profile_id = em.profile_id AND e.id = em.event_id)
    UNION ALL
    (SELECT 'rejected', r.id::text, r.type, r.event, r.user_id, r.anonymous_id, r.message_id, r.received_at,
            NULL, r.reason, r.index, NULL, NULL, NULL, NULL, r.payload
       FROM rejected_messages r WHERE r.source_id = $1 ORDER BY r.id DESC LIMIT $2)
  ) m
  ORDER BY received_at DESC, status, id DESC
  LIMIT $2`;
