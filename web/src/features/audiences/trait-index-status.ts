/** How an index build looks on the card: the server's status as a label and a colour, ready ones first. */
export type TraitIndexView = { key: string; status: string; error?: string | null };

const STATUS = {
  ready: { label: "indexed", color: "teal", order: 0 },
  building: { label: "building", color: "yellow", order: 1 },
  failed: { label: "failed", color: "red", order: 2 },
} as const;

const UNKNOWN = { label: "unknown", color: "gray", order: 3 } as const;

const isKnown = (status: string): status is keyof typeof STATUS => Object.hasOwn(STATUS, status);

export function statusOf(status: string): { label: string; color: string; order: number } {
  return isKnown(status) ? STATUS[status] : UNKNOWN;
}

export function sortTraitIndexes<T extends TraitIndexView>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => statusOf(a.status).order - statusOf(b.status).order || a.key.localeCompare(b.key));
}

/** "3 indexed, 1 building": the card's one-line summary, the statuses present in a fixed order. */
export function traitIndexSummary(rows: readonly TraitIndexView[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(statusOf(row.status).label, (counts.get(statusOf(row.status).label) ?? 0) + 1);
  return [...Object.values(STATUS), UNKNOWN]
    .filter((s) => counts.has(s.label))
    .map((s) => `${counts.get(s.label)} ${s.label}`)
    .join(", ");
}
