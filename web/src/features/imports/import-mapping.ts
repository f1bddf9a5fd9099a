import type { ColumnMappingInput, ImportKind, ImportStatus, ImportValueType } from "../../gql/graphql";

export type ColumnMapping = { column: string; target: string; type: ImportValueType };

type Option = { value: string; label: string };
type OptionGroup = { group: string; items: Option[] };

const IDENTITY: Option[] = [
  { value: "userId", label: "User ID" },
  { value: "anonymousId", label: "Anonymous ID" },
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
];

export const VALUE_TYPES: ReadonlyArray<{ value: ImportValueType; label: string }> = [
  { value: "string", label: "Text" },
  { value: "number", label: "Number" },
  { value: "boolean", label: "Yes/no" },
  { value: "date", label: "Date" },
];

export const KIND_LABELS: Record<ImportKind, string> = { profiles: "Profiles", events: "Events" };

export const keyedPrefix = (kind: ImportKind) => (kind === "profiles" ? "traits." : "properties.");

export function isValueType(value: string | null): value is ImportValueType {
  return VALUE_TYPES.some((t) => t.value === value);
}

/**
 * What a column can be mapped to: identifiers, the message's own fields, and a trait (profiles) or property
 * (events) named after each column of the file, as the server suggested them.
 */
export function targetOptions(kind: ImportKind, suggested: readonly ColumnMapping[]): OptionGroup[] {
  const prefix = keyedPrefix(kind);
  const keyed = [...new Set(suggested.map((m) => m.target).filter((t) => t.startsWith(prefix)))];
  return [
    { group: "Identity", items: IDENTITY },
    {
      group: "Message",
      items: [
        ...(kind === "events" ? [{ value: "event", label: "Event name" }] : []),
        { value: "timestamp", label: kind === "events" ? "Time of the event" : "Time of the record" },
      ],
    },
    { group: kind === "profiles" ? "Traits" : "Properties", items: keyed.map((value) => ({ value, label: value })) },
    { group: "Skip", items: [{ value: "ignore", label: "Do not import" }] },
  ];
}

/** Sets one column's target; a target already used by another column is taken from it (it becomes ignored). */
export function withTarget(mapping: readonly ColumnMapping[], column: string, target: string): ColumnMapping[] {
  return mapping.map((m) => {
    if (m.column === column) return { ...m, target, type: target === "timestamp" ? "date" : m.type };
    if (target !== "ignore" && m.target === target) return { ...m, target: "ignore" };
    return m;
  });
}

export function withType(mapping: readonly ColumnMapping[], column: string, type: ImportValueType): ColumnMapping[] {
  return mapping.map((m) => (m.column === column ? { ...m, type } : m));
}

export const toInput = (mapping: readonly ColumnMapping[]): ColumnMappingInput[] =>
  mapping.map(({ column, target, type }) => ({ column, target, type }));

export type JobCounts = {
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
};

/** Share of rows processed, 0–100; a finished job is always 100. */
export function progressPercent(job: JobCounts): number {
  if (job.status === "done") return 100;
  if (job.totalRows === 0) return 0;
  return Math.min(100, Math.round((job.processedRows / job.totalRows) * 100));
}

export const isRunning = (status: ImportStatus) => status === "running";

export const STATUS_COLORS: Record<ImportStatus, string> = {
  uploaded: "gray",
  running: "blue",
  done: "teal",
  failed: "red",
};

export const STATUS_LABELS: Record<ImportStatus, string> = {
  uploaded: "Not started",
  running: "Importing",
  done: "Done",
  failed: "Failed",
};

/** A preview row's message in a line: who it is and what it sets. */
export function messageSummary(message: Record<string, unknown> | null | undefined): string {
  if (!message) return "";
  const who = ["userId", "anonymousId"]
    .map((key) => (typeof message[key] === "string" ? `${key} ${String(message[key])}` : null))
    .filter(Boolean)
    .join(", ");
  const fields = message.type === "track" ? message.properties : message.traits;
  const keys = typeof fields === "object" && fields !== null ? Object.entries(fields) : [];
  const what = keys.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ");
  const head = message.type === "track" ? `${String(message.event)} · ` : "";
  return `${head}${who}${what ? ` · ${what}` : ""}`;
}
