import { createHash } from "node:crypto";
import { KEYED_PREFIX, parseDateValue, type ColumnMapping, type ImportKind, type ValueType } from "./import-mapping.js";

/** Segment's limit for one message: a bigger row could never be stored. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
const MAX_ID_LENGTH = 255;
const MAX_EVENT_LENGTH = 200;

export type RowError = { line: number; column: string | null; reason: string };
export type RowMessage = Record<string, unknown> & { messageId: string };
export type RowResult = { ok: true; message: RowMessage } | { ok: false; errors: RowError[] };

type Converted = { ok: true; value: unknown } | { ok: false; reason: string };

/** One cell to its mapped type; the cell is already trimmed and not empty. */
export function convertValue(raw: string, type: ValueType): Converted {
  switch (type) {
    case "string":
      return { ok: true, value: raw };
    case "number": {
      const value = raw.replace(/(\d),(?=\d{3}\b)/g, "$1");
      const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: `bad number "${clip(raw)}"` };
    }
    case "boolean": {
      const lower = raw.toLowerCase();
      if (["true", "yes", "y", "1"].includes(lower)) return { ok: true, value: true };
      if (["false", "no", "n", "0"].includes(lower)) return { ok: true, value: false };
      return { ok: false, reason: `bad boolean "${clip(raw)}" (use true/false, yes/no or 1/0)` };
    }
    case "date": {
      const ms = parseDateValue(raw);
      return ms === null
        ? { ok: false, reason: `bad date "${clip(raw)}" (use ISO 8601, e.g. 2026-03-01T12:00:00Z)` }
        : { ok: true, value: new Date(ms).toISOString() };
    }
  }
}

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** JSON with sorted keys: the same content always hashes the same, whatever the column order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The messageId of an imported row: a hash of what the row says once mapped. Importing the same rows again (same
 * file, another file with the same rows, another column order) gives the same ids, which ingestion dedupes per
 * source. Two identical rows are one message.
 */
export function messageIdOf(kind: ImportKind, message: Record<string, unknown>): string {
  return `csv-${sha256(`${kind}\n${canonical(message)}`).slice(0, 40)}`;
}

/**
 * Segment messages need a userId or an anonymousId; a row known only by email or phone gets a stable anonymousId
 * derived from that identifier, so every import of that person lands on the same one.
 */
export function derivedAnonymousId(type: "email" | "phone", value: string): string {
  return `csv-${type}-${sha256(`${type}:${value.trim().toLowerCase()}`).slice(0, 32)}`;
}

const LIBRARY = { name: "mosaic-csv-import", version: "1" };

/** One CSV row to the identify (profiles) or track (events) message it stands for, or why it cannot be one. */
export function rowToMessage(
  kind: ImportKind,
  mapping: readonly ColumnMapping[],
  columnIndex: ReadonlyMap<string, number>,
  cells: readonly string[],
  line: number,
): RowResult {
  const errors: RowError[] = [];
  const fields: Record<string, unknown> = {};
  const keyed: Record<string, unknown> = {};
  const prefix = KEYED_PREFIX[kind];
  for (const m of mapping) {
    const raw = (cells[columnIndex.get(m.column) ?? -1] ?? "").trim();
    if (raw === "") continue;
    const converted = convertValue(raw, m.target === "timestamp" ? "date" : m.type);
    if (!converted.ok) {
      errors.push({ line, column: m.column, reason: converted.reason });
      continue;
    }
    if (m.target.startsWith(prefix)) keyed[m.target.slice(prefix.length)] = converted.value;
    else fields[m.target] = typeof converted.value === "string" ? converted.value : String(converted.value);
  }
  const columnOf = (target: string) => mapping.find((m) => m.target === target)?.column ?? null;
  for (const target of ["userId", "anonymousId"] as const) {
    const value = fields[target];
    if (typeof value === "string" && value.length > MAX_ID_LENGTH)
      errors.push({ line, column: columnOf(target), reason: `${target} is longer than ${MAX_ID_LENGTH} characters` });
  }
  const str = (key: string) => {
    const value = fields[key];
    return typeof value === "string" ? value : null;
  };
  const [userId, anonymousId, email, phone, event] = ["userId", "anonymousId", "email", "phone", "event"].map(str);
  if (!userId && !anonymousId && !email && !phone)
    errors.push({
      line,
      column: null,
      reason: "missing identifier: userId, anonymousId, email and phone are all empty",
    });
  if (kind === "events") {
    if (!event) errors.push({ line, column: columnOf("event"), reason: "empty event name" });
    else if (event.length > MAX_EVENT_LENGTH)
      errors.push({ line, column: columnOf("event"), reason: `event name longer than ${MAX_EVENT_LENGTH} characters` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const contact = { ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
  const body: Record<string, unknown> =
    kind === "profiles"
      ? { type: "identify", traits: { ...keyed, ...contact } }
      : { type: "track", event, properties: keyed, ...(email || phone ? { context: { traits: contact } } : {}) };
  if (userId) body.userId = userId;
  const anonymous =
    anonymousId ??
    (userId ? null : email ? derivedAnonymousId("email", email) : derivedAnonymousId("phone", phone ?? ""));
  if (anonymous) body.anonymousId = anonymous;
  if (fields.timestamp) body.timestamp = fields.timestamp;

  const messageId = messageIdOf(kind, body);
  const context = { ...(typeof body.context === "object" ? body.context : {}), library: LIBRARY };
  const message: RowMessage = { ...body, messageId, context };
  if (Buffer.byteLength(JSON.stringify(message)) > MAX_MESSAGE_BYTES)
    return {
      ok: false,
      errors: [{ line, column: null, reason: `row too large: over ${MAX_MESSAGE_BYTES / 1024} KB as a message` }],
    };
  return { ok: true, message };
}
