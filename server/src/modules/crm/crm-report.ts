import { sideValues, type CatalogField, type CrmPair, type FieldKind, type SurvivorshipRule } from "./crm-catalog.js";
import { compareField, median, survivor, type FieldStatus, type Side } from "./crm-compare.js";

export type Rules = ReadonlyMap<string, SurvivorshipRule>;
export const ruleOf = (rules: Rules, field: CatalogField): SurvivorshipRule =>
  rules.get(field.key) ?? field.defaultRule;

export type FieldStats = {
  key: string;
  label: string;
  kind: FieldKind;
  rule: SurvivorshipRule;
  /** Share (0–1) of matched records with a value on each side; null where a side cannot hold the field. */
  crmCoverage: number | null;
  cdpCoverage: number | null;
  /** Median age in days of the values on each side, from the CRM's last modified and the trait's provenance. */
  crmMedianAgeDays: number | null;
  cdpMedianAgeDays: number | null;
  /** Records where both sides have a value, and how many of them differ (stale included). */
  compared: number;
  conflicts: number;
  stale: number;
  conflictRate: number | null;
};

const ageDays = (at: string | null, now: number) => {
  const t = at ? Date.parse(at) : Number.NaN;
  return Number.isFinite(t) ? Math.max(0, (now - t) / 86_400_000) : null;
};

/** Coverage, freshness and conflicts per field over every matched pair. */
export function fieldStats(
  pairs: readonly CrmPair[],
  fields: readonly CatalogField[],
  rules: Rules,
  now: number,
): FieldStats[] {
  return fields.map((field) => {
    let crmHas = 0;
    let cdpHas = 0;
    let compared = 0;
    let conflicts = 0;
    let stale = 0;
    const crmAges: number[] = [];
    const cdpAges: number[] = [];
    for (const pair of pairs) {
      const { crm, cdp } = sideValues(field, pair);
      if (crm.value !== null) {
        crmHas++;
        const age = ageDays(crm.at, now);
        if (age !== null) crmAges.push(age);
      }
      if (cdp.value !== null) {
        cdpHas++;
        const age = ageDays(cdp.at, now);
        if (age !== null) cdpAges.push(age);
      }
      const { status } = compareField(crm, cdp);
      if (crm.value !== null && cdp.value !== null) compared++;
      if (status === "conflict" || status === "stale") conflicts++;
      if (status === "stale") stale++;
    }
    const share = (n: number) => (pairs.length ? n / pairs.length : 0);
    return {
      key: field.key,
      label: field.label,
      kind: field.kind,
      rule: ruleOf(rules, field),
      crmCoverage: field.crm ? share(crmHas) : null,
      cdpCoverage: field.cdp ? share(cdpHas) : null,
      crmMedianAgeDays: median(crmAges),
      cdpMedianAgeDays: median(cdpAges),
      compared,
      conflicts,
      stale,
      conflictRate: field.kind === "shared" && compared ? conflicts / compared : null,
    };
  });
}

export type FieldComparison = {
  key: string;
  label: string;
  kind: FieldKind;
  status: FieldStatus;
  /** The side whose value is older, for stale fields. */
  older: Side | null;
  crmValue: string | null;
  crmAt: string | null;
  cdpValue: string | null;
  cdpAt: string | null;
  rule: SurvivorshipRule;
  golden: string | null;
  goldenSide: Side | null;
};

/** One pair, field by field, with the golden value under the workspace's rules. Empty fields are left out. */
export function comparePair(pair: CrmPair, fields: readonly CatalogField[], rules: Rules): FieldComparison[] {
  const rows: FieldComparison[] = [];
  for (const field of fields) {
    const { crm, cdp } = sideValues(field, pair);
    const { status, older } = compareField(crm, cdp);
    if (status === "empty") continue;
    const rule = ruleOf(rules, field);
    const golden = survivor(rule, crm, cdp);
    rows.push({
      key: field.key,
      label: field.label,
      kind: field.kind,
      status,
      older,
      crmValue: crm.value,
      crmAt: crm.at,
      cdpValue: cdp.value,
      cdpAt: cdp.at,
      rule,
      golden: golden?.value ?? null,
      goldenSide: golden?.side ?? null,
    });
  }
  return rows;
}
