import type { CrmFieldKind } from "../../gql/graphql";

type Stats = {
  key: string;
  label: string;
  kind: CrmFieldKind;
  crmCoverage?: number | null;
  cdpCoverage?: number | null;
  conflictRate?: number | null;
  compared: number;
  conflicts: number;
  stale: number;
};

export type CoverageBar = { key: string; label: string; crm: number | null; cdp: number | null };
export type ConflictBar = {
  key: string;
  label: string;
  rate: number;
  conflicts: number;
  stale: number;
  compared: number;
};

/** Catalog fields (traits beyond the catalog are left to the table), as percentages per side. */
export function coverageBars(stats: readonly Stats[]): CoverageBar[] {
  return stats
    .filter((s) => !s.key.startsWith("trait:"))
    .map((s) => ({
      key: s.key,
      label: s.label,
      crm: s.crmCoverage == null ? null : Math.round(s.crmCoverage * 1000) / 10,
      cdp: s.cdpCoverage == null ? null : Math.round(s.cdpCoverage * 1000) / 10,
    }));
}

/** Shared fields with something to compare, worst first. */
export function conflictBars(stats: readonly Stats[]): ConflictBar[] {
  return stats
    .filter((s) => s.kind === "shared" && s.compared > 0)
    .map((s) => ({
      key: s.key,
      label: s.label,
      rate: Math.round((s.conflictRate ?? 0) * 1000) / 10,
      conflicts: s.conflicts,
      stale: s.stale,
      compared: s.compared,
    }))
    .sort((a, b) => b.rate - a.rate || a.label.localeCompare(b.label));
}

/** "3 d", "5 mo", "2 y": a median age short enough for a table cell. */
export function formatAge(days: number | null | undefined): string {
  if (days == null) return "—";
  if (days < 1) return "< 1 d";
  if (days < 60) return `${Math.round(days)} d`;
  if (days < 730) return `${Math.round(days / 30.4)} mo`;
  return `${(days / 365.25).toFixed(1)} y`;
}

/** ISO timestamps (last seen, date traits) as a readable date; anything else as it is. */
export function displayValue(value: string, formatDate: (iso: string) => string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? formatDate(value) : value;
}

/** The upper end of a percentage axis: the largest value rounded up to 5, at least 10. */
export function percentAxisMax(values: readonly number[]): number {
  return Math.min(100, Math.max(10, Math.ceil(Math.max(0, ...values) / 5) * 5));
}
