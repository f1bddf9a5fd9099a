import { z } from "zod";

export const IMPORT_KINDS = ["profiles", "events"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const VALUE_TYPES = ["string", "number", "boolean", "date"] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Where a column can go, besides `traits.<key>` (profiles) and `properties.<key>` (events). */
export const FIXED_TARGETS: Record<ImportKind, readonly string[]> = {
  profiles: ["ignore", "userId", "anonymousId", "email", "phone", "timestamp"],
  events: ["ignore", "userId", "anonymousId", "email", "phone", "event", "timestamp"],
};
export const IDENTIFIER_TARGETS = ["userId", "anonymousId", "email", "phone"] as const;
export const KEYED_PREFIX: Record<ImportKind, string> = { profiles: "traits.", events: "properties." };
/** A trait or property key: safe in JSON paths and in the audience catalog. */
export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export type ColumnMapping = { column: string; target: string; type: ValueType };

const columnMappingSchema = z.object({
  column: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  target: z.string().min(1, "must not be empty").max(80, "must be at most 80 characters"),
  type: z.enum(VALUE_TYPES, { error: `must be one of ${VALUE_TYPES.join(", ")}` }).default("string"),
});
export const mappingSchema = z.array(columnMappingSchema).max(500, "at most 500 columns");

export type MappingProblem = { field: string; reason: string };

function targetProblem(kind: ImportKind, target: string): string | null {
  if (FIXED_TARGETS[kind].includes(target)) return null;
  const prefix = KEYED_PREFIX[kind];
  if (!target.startsWith(prefix)) return `must be one of ${FIXED_TARGETS[kind].join(", ")} or ${prefix}<key>`;
  if (!KEY_PATTERN.test(target.slice(prefix.length)))
    return `the key after "${prefix}" must start with a letter or _ and hold only letters, digits and _ (at most 64)`;
  return null;
}

/**
 * Checks a mapping against the file's columns. Returns the parsed mapping (unmapped columns dropped) or the first
 * problem, named by its path in the input ("mapping[2].target").
 */
export function checkMapping(
  kind: ImportKind,
  columns: readonly string[],
  input: unknown,
): { ok: true; mapping: ColumnMapping[] } | { ok: false; problem: MappingProblem } {
  const parsed = mappingSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const field = path.reduce<string>(
      (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : `${acc}.${String(part)}`),
      "mapping",
    );
    return { ok: false, problem: { field, reason: issue?.message ?? "invalid" } };
  }
  const known = new Set(columns);
  const seenColumns = new Set<string>();
  const seenTargets = new Map<string, string>();
  const mapping: ColumnMapping[] = [];
  for (const [i, entry] of parsed.data.entries()) {
    const fail = (key: string, reason: string) => ({
      ok: false as const,
      problem: { field: `mapping[${i}].${key}`, reason },
    });
    if (!known.has(entry.column)) return fail("column", `"${entry.column}" is not a column of the file`);
    if (seenColumns.has(entry.column)) return fail("column", `"${entry.column}" is mapped twice`);
    seenColumns.add(entry.column);
    const problem = targetProblem(kind, entry.target);
    if (problem) return fail("target", problem);
    if (entry.target === "ignore") continue;
    const other = seenTargets.get(entry.target);
    if (other !== undefined) return fail("target", `"${entry.target}" is already the target of column "${other}"`);
    seenTargets.set(entry.target, entry.column);
    if (entry.target === "timestamp" && entry.type !== "date" && entry.type !== "string")
      return fail("type", "the timestamp column is read as a date");
    mapping.push(entry.target === "timestamp" ? { ...entry, type: "date" } : entry);
  }
  if (!mapping.some((m) => (IDENTIFIER_TARGETS as readonly string[]).includes(m.target)))
    return {
      ok: false,
      problem: { field: "mapping", reason: `map at least one column to ${IDENTIFIER_TARGETS.join(", ")}` },
    };
  if (kind === "events" && !mapping.some((m) => m.target === "event"))
    return { ok: false, problem: { field: "mapping", reason: "map a column to event (the event name)" } };
  return { ok: true, mapping };
}

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Header spellings seen in CRM, shop and analytics exports, squashed (lower case, letters and digits only). */
const KNOWN_HEADERS: Record<string, string[]> = {
  userId: ["userid", "user", "customerid", "externalid", "uid", "contactid", "memberid", "accountid"],
  anonymousId: ["anonymousid", "anonid", "deviceid", "visitorid", "cookieid"],
  email: ["email", "emailaddress", "mail", "useremail", "contactemail"],
  phone: ["phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone", "tel", "cell"],
  event: ["event", "eventname", "eventtype", "action", "activity"],
};
const TIMESTAMP_HEADERS: Record<ImportKind, string[]> = {
  profiles: ["timestamp", "updatedat", "lastmodified", "lastmodifieddate", "lastupdated", "modifiedat"],
  events: ["timestamp", "time", "date", "datetime", "occurredat", "eventtime", "eventdate", "createdat", "sentat"],
};
const NUMBER_HINT = /(amount|price|revenue|total|value|count|quantity|qty|score|age|spend|cost|discount|tax)/;
const NOT_NUMBER_HINT = /(id|zip|postal|postcode|code|phone|number|sku|tel)$/;
const DATE_HINT = /(date|time|at$|day$|since|birthday)/;

/** "Lifecycle Stage" → "lifecycleStage", "Country/Region" → "countryRegion", "2fa" → "_2fa". */
export function keyOf(header: string): string {
  const words = header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const camel = words
    .map((w, i) => {
      const word = /^[A-Z0-9]+$/.test(w) && w.length > 1 ? w.toLowerCase() : w;
      return i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join("");
  const key = /^[A-Za-z_]/.test(camel) ? camel : `_${camel}`;
  return key.slice(0, 64) || "_";
}

const isNumeric = (v: string) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) && !/^[+-]?0\d/.test(v);
const isBoolean = (v: string) => /^(true|false|yes|no)$/i.test(v);

/** The type a column's sample values and header suggest; identifiers and codes stay strings. */
export function suggestType(header: string, samples: readonly string[]): ValueType {
  const values = samples.map((s) => s.trim()).filter(Boolean);
  const name = squash(header);
  if (values.length === 0) return "string";
  if (values.every(isBoolean)) return "boolean";
  if (DATE_HINT.test(name) && values.every((v) => parseDateValue(v) !== null)) return "date";
  if (!NOT_NUMBER_HINT.test(name) && values.every(isNumeric)) return "number";
  if (NUMBER_HINT.test(name) && values.every((v) => isNumeric(v.replace(/,/g, "")))) return "number";
  return "string";
}

/**
 * A first mapping from the header: known identifier, event and time columns to their targets, every other
 * column to traits.<key> / properties.<key> with a type suggested by its first values.
 */
export function suggestMapping(
  kind: ImportKind,
  columns: readonly string[],
  sampleRows: ReadonlyArray<readonly string[]>,
): ColumnMapping[] {
  const taken = new Set<string>();
  const known = (name: string): string | null => {
    for (const [target, names] of Object.entries(KNOWN_HEADERS)) {
      if (target === "event" && kind !== "events") continue;
      if (names.includes(name) && !taken.has(target)) return target;
    }
    if (TIMESTAMP_HEADERS[kind].includes(name) && !taken.has("timestamp")) return "timestamp";
    return null;
  };
  return columns.map((column, index) => {
    const samples = sampleRows.map((row) => row[index] ?? "");
    const fixed = known(squash(column));
    if (fixed) {
      taken.add(fixed);
      return { column, target: fixed, type: fixed === "timestamp" ? "date" : "string" };
    }
    let target = `${KEYED_PREFIX[kind]}${keyOf(column)}`;
    for (let n = 2; taken.has(target); n++) target = `${KEYED_PREFIX[kind]}${keyOf(column)}${n}`;
    taken.add(target);
    return { column, target, type: suggestType(column, samples) };
  });
}

/**
 * Dates as exports write them: ISO 8601 (a missing zone means UTC), "YYYY-MM-DD HH:mm[:ss]" (UTC), "YYYY-MM-DD",
 * or epoch seconds / milliseconds. Epoch ms, or null when unreadable.
 */
export function parseDateValue(raw: string): number | null {
  const value = raw.trim();
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (/^\d{13}$/.test(value)) return Number(value);
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", zone = "Z"] = match;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-30 over to March; a date that does not round-trip is not a date.
  const check = new Date(ms + (zone.toUpperCase() === "Z" ? 0 : offsetMs(zone)));
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() + 1 !== Number(mo)) return null;
  return ms;
}

function offsetMs(zone: string): number {
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
