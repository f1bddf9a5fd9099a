import { correctedTimestamp, timestampInRange } from "./clock-skew.js";
import {
  COLUMN_KEYS,
  COMMON_COLUMN_KEYS,
  DROPPED_KEYS,
  isRecord,
  messageSchemas,
  reasonOf,
  type MessageType,
} from "./message.schema.js";

/** A valid message, shaped for storage and identity resolution. */
export type NormalizedMessage = {
  /** Position in the request (0 for the single-message endpoints). */
  index: number;
  type: MessageType;
  messageId: string;
  userId: string | null;
  anonymousId: string | null;
  /** track: the event; page and screen: the name. */
  event: string | null;
  /** track/page/screen: properties; identify: traits; group: {groupId, traits}; alias: {previousId}. */
  properties: Record<string, unknown>;
  /** identify only: the person's traits as sent. */
  traits: Record<string, unknown> | null;
  previousId: string | null;
  context: Record<string, unknown>;
  integrations: Record<string, unknown> | null;
  /** Every other top-level key (sentAt, originalTimestamp, _metadata, channel…), or null when none. */
  extras: Record<string, unknown> | null;
  /** Epoch ms, clock-skew corrected. */
  timestamp: number;
};

/** What a batch request sets for all its messages. */
export type BatchDefaults = {
  context: Record<string, unknown> | null;
  integrations: Record<string, unknown> | null;
  sentAt: number | null;
};

export type NormalizeResult =
  { ok: true; message: NormalizedMessage } | { ok: false; reason: string; messageId: string | null };

const NO_DEFAULTS: BatchDefaults = { context: null, integrations: null, sentAt: null };

const blankToNull = (value: string | null | undefined) => (value && value.trim() ? value : null);

/** Batch-level context and integrations apply to each message; the message's own keys win. */
function withDefaults(raw: Record<string, unknown>, defaults: BatchDefaults): Record<string, unknown> {
  const merged = { ...raw };
  for (const key of ["context", "integrations"] as const) {
    const base = defaults[key];
    const own = raw[key];
    if (base && (own === undefined || own === null || isRecord(own))) merged[key] = { ...base, ...(own ?? {}) };
  }
  return merged;
}

function extrasOf(type: MessageType, raw: Record<string, unknown>): Record<string, unknown> | null {
  const known = new Set([...COMMON_COLUMN_KEYS, ...COLUMN_KEYS[type], ...DROPPED_KEYS]);
  const extras: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(raw)) {
    if (known.has(key) || value === undefined) continue;
    extras[key] = value;
    any = true;
  }
  return any ? extras : null;
}

/** Validates one message of a known type and brings it to storage shape (timestamps corrected for clock skew). */
export function normalizeMessage(
  type: MessageType,
  raw: Record<string, unknown>,
  options: { index: number; receivedAt: number; newMessageId: () => string; defaults?: BatchDefaults },
): NormalizeResult {
  const defaults = options.defaults ?? NO_DEFAULTS;
  const givenId = typeof raw.messageId === "string" ? raw.messageId : null;
  const fail = (reason: string): NormalizeResult => ({ ok: false, reason, messageId: givenId });
  const input = withDefaults(raw, defaults);

  let specific: Pick<NormalizedMessage, "event" | "properties" | "traits" | "previousId">;
  let parsed;
  switch (type) {
    case "identify": {
      const r = messageSchemas.identify.safeParse(input);
      if (!r.success) return fail(reasonOf(r.error));
      parsed = r.data;
      specific = { event: null, properties: r.data.traits ?? {}, traits: r.data.traits ?? {}, previousId: null };
      break;
    }
    case "track": {
      const r = messageSchemas.track.safeParse(input);
      if (!r.success) return fail(reasonOf(r.error));
      parsed = r.data;
      specific = { event: r.data.event, properties: r.data.properties ?? {}, traits: null, previousId: null };
      break;
    }
    case "page":
    case "screen": {
      const r = messageSchemas[type].safeParse(input);
      if (!r.success) return fail(reasonOf(r.error));
      parsed = r.data;
      specific = {
        event: blankToNull(r.data.name),
        properties: r.data.properties ?? {},
        traits: null,
        previousId: null,
      };
      break;
    }
    case "group": {
      const r = messageSchemas.group.safeParse(input);
      if (!r.success) return fail(reasonOf(r.error));
      parsed = r.data;
      specific = {
        event: null,
        properties: { groupId: r.data.groupId, traits: r.data.traits ?? {} },
        traits: null,
        previousId: null,
      };
      break;
    }
    case "alias": {
      const r = messageSchemas.alias.safeParse(input);
      if (!r.success) return fail(reasonOf(r.error));
      parsed = r.data;
      specific = {
        event: null,
        properties: { previousId: r.data.previousId },
        traits: null,
        previousId: r.data.previousId,
      };
      break;
    }
  }

  const userId = blankToNull(parsed.userId);
  const anonymousId = blankToNull(parsed.anonymousId);
  if (type === "alias" && !userId) return fail("userId: is required for alias");
  if (!userId && !anonymousId) return fail("userId or anonymousId is required");

  const original = parsed.originalTimestamp ?? parsed.timestamp ?? null;
  const timestamp = correctedTimestamp(options.receivedAt, original, parsed.sentAt ?? defaults.sentAt);
  if (!timestampInRange(timestamp, options.receivedAt))
    return fail("timestamp: must fall between 1970 and a year from now (after clock-skew correction)");

  return {
    ok: true,
    message: {
      index: options.index,
      type,
      messageId: parsed.messageId ?? options.newMessageId(),
      userId,
      anonymousId,
      ...specific,
      context: parsed.context ?? {},
      integrations: parsed.integrations ?? null,
      extras: extrasOf(type, raw),
      timestamp,
    },
  };
}
