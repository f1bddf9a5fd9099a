import type { CrmFieldKind, CrmFieldStatus, CrmSide, SurvivorshipRule } from "../../gql/graphql";

export const STATUS_LABELS: Record<CrmFieldStatus, string> = {
  match: "Match",
  conflict: "Conflict",
  stale: "Stale",
  crm_only: "Only in CRM",
  cdp_only: "Only in Mosaic",
  empty: "Empty",
};

/** Mantine colours; a label always goes with the colour, so status never relies on hue alone. */
export const STATUS_COLORS: Record<CrmFieldStatus, string> = {
  match: "teal",
  conflict: "orange",
  stale: "grape",
  crm_only: "blue",
  cdp_only: "cyan",
  empty: "gray",
};

export const RULE_LABELS: Record<SurvivorshipRule, string> = {
  crm_wins: "CRM wins",
  cdp_wins: "Mosaic wins",
  most_recent: "Most recent wins",
};

/** Who holds a field: both sides (shared), only the CRM (CRM-native) or only Mosaic (Mosaic-native). */
export const KIND_LABELS: Record<CrmFieldKind, string> = {
  shared: "Both",
  crm: "CRM",
  cdp: "Mosaic",
};

export const SIDE_LABELS: Record<CrmSide, string> = { crm: "CRM", cdp: "Mosaic" };

export const FILTER_STATUSES: readonly CrmFieldStatus[] = ["conflict", "stale", "crm_only", "cdp_only", "match"];
