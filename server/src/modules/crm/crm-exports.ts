import { csvLine } from "../demo/index.js";
import { sideValues, type CatalogField, type CrmPair } from "./crm-catalog.js";
import { countryName } from "./crm-normalise.js";
import { presetColumn, type CrmPreset, type CrmTarget } from "./crm-presets.js";
import { comparePair, type Rules } from "./crm-report.js";

/** The CRM's spelling of a value Mosaic holds: CRMs store country names where the CDP keeps ISO codes. */
function forCrm(field: CatalogField, value: string): string {
  return field.key === "country" && /^[A-Z]{2}$/.test(value) ? countryName(value) : value;
}

/**
 * Corrections in the CRM's import format: the record id and, per shared field, the golden value where it comes
 * from Mosaic and differs from the CRM's. Cells left blank are not touched by HubSpot's or Salesforce's importer.
 */
export function correctionsCsv(
  pairs: readonly CrmPair[],
  fields: readonly CatalogField[],
  rules: Rules,
  preset: CrmPreset,
): { csv: string; rows: number } {
  const sharedFields = fields.filter((f) => f.kind === "shared");
  const rows: Array<{ recordId: string; values: Map<string, string> }> = [];
  const used = new Set<string>();
  for (const pair of pairs) {
    const values = new Map<string, string>();
    for (const c of comparePair(pair, sharedFields, rules)) {
      if (c.goldenSide !== "cdp" || c.golden === null || c.status === "match") continue;
      const field = sharedFields.find((f) => f.key === c.key);
      if (!field) continue;
      values.set(c.key, forCrm(field, c.golden));
      used.add(c.key);
    }
    if (values.size) rows.push({ recordId: pair.recordId, values });
  }
  const columns = sharedFields.filter((f) => used.has(f.key));
  rows.sort((a, b) => a.recordId.localeCompare(b.recordId, "en", { numeric: true }));
  const header = [presetColumn(preset, "recordId"), ...columns.map((f) => presetColumn(preset, f.key as CrmTarget))];
  const csv =
    csvLine(header) + rows.map((r) => csvLine([r.recordId, ...columns.map((f) => r.values.get(f.key) ?? "")])).join("");
  return { csv, rows: rows.length };
}

export const ENRICHMENT_FIELDS = ["lastSeen", "eventCount", "lifetimeValue", "predictedValue", "audiences"] as const;

/** What only Mosaic knows, per matched CRM record, as custom properties to import into the CRM. */
export function enrichmentCsv(
  pairs: readonly CrmPair[],
  fields: readonly CatalogField[],
  preset: CrmPreset,
): { csv: string; rows: number } {
  const cdpFields = ENRICHMENT_FIELDS.map((key) => fields.find((f) => f.key === key)).filter(
    (f): f is CatalogField => f !== undefined,
  );
  const header = [presetColumn(preset, "recordId"), ...cdpFields.map((f) => `Mosaic ${f.label}`)];
  const sorted = [...pairs].sort((a, b) => a.recordId.localeCompare(b.recordId, "en", { numeric: true }));
  const csv =
    csvLine(header) +
    sorted.map((p) => csvLine([p.recordId, ...cdpFields.map((f) => sideValues(f, p).cdp.value ?? "")])).join("");
  return { csv, rows: sorted.length };
}
