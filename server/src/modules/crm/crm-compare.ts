import type { SideValue, SurvivorshipRule } from "./crm-catalog.js";

export const FIELD_STATUSES = ["match", "conflict", "stale", "crm_only", "cdp_only", "empty"] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];
export type Side = "crm" | "cdp";

/** Values that differ are "stale" rather than a plain conflict when one side was set this much later. */
export const STALE_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

const time = (at: string | null) => (at ? Date.parse(at) : Number.NaN);

/**
 * How the two sides of a field relate. Equal normalised values match; different ones conflict, or are stale when
 * one side's value is at least STALE_AFTER_DAYS older than the other's (`older` names that side).
 */
export function compareField(crm: SideValue, cdp: SideValue): { status: FieldStatus; older: Side | null } {
  if (crm.value === null && cdp.value === null) return { status: "empty", older: null };
  if (cdp.value === null) return { status: "crm_only", older: null };
  if (crm.value === null) return { status: "cdp_only", older: null };
  if (crm.key === cdp.key) return { status: "match", older: null };
  const gap = time(crm.at) - time(cdp.at);
  if (Number.isFinite(gap) && Math.abs(gap) >= STALE_AFTER_DAYS * DAY_MS)
    return { status: "stale", older: gap < 0 ? "crm" : "cdp" };
  return { status: "conflict", older: null };
}

/**
 * The value Mosaic shows for a field ("golden"): the rule's side when it has a value, else the other side.
 * "most_recent" takes the later timestamp; a side with no timestamp loses, and a tie keeps the CDP's value.
 */
export function survivor(rule: SurvivorshipRule, crm: SideValue, cdp: SideValue): { value: string; side: Side } | null {
  const pick = (side: Side) => {
    const v = side === "crm" ? crm : cdp;
    return v.value === null ? null : { value: v.value, side };
  };
  let first: Side;
  if (rule === "crm_wins") first = "crm";
  else if (rule === "cdp_wins") first = "cdp";
  else {
    const c = time(crm.at);
    const p = time(cdp.at);
    first = Number.isFinite(c) && (!Number.isFinite(p) || c > p) ? "crm" : "cdp";
  }
  return pick(first) ?? pick(first === "crm" ? "cdp" : "crm");
}

/** The median of the values, or null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
