import { createHash } from "node:crypto";
import { normalizeEmail } from "../identity/index.js";
import { parseCrmDate, phoneE164 } from "./crm-normalise.js";
import { mappedCells, splitIds } from "./crm-records.js";
import type { CrmColumnMapping, CrmFieldKey, CrmTarget } from "./crm-presets.js";

/** One CRM contact read from a row: the record id is the upsert key, email / phone / external id the match keys. */
export type CrmContactRow = {
  line: number;
  recordId: string;
  externalId: string | null;
  emailKey: string | null;
  phoneKey: string | null;
  fields: Partial<Record<CrmFieldKey, string>>;
  createdAt: string | null;
  updatedAt: string | null;
  /** SHA-256 of what is stored, so a re-import of an unchanged row writes nothing. */
  hash: string;
};

export type CrmRowError = { line: number; column: string | null; reason: string };

const OWN_COLUMNS: ReadonlySet<CrmTarget> = new Set(["ignore", "recordId", "externalId", "createdAt", "updatedAt"]);

export type RowResult = { ok: true; record: CrmContactRow } | { ok: false; errors: CrmRowError[] };

/** A row's cells through the mapping: trimmed values, typed dates, match keys normalised as ingestion does. */
export function contactOfRow(
  line: number,
  cells: readonly string[],
  columns: readonly string[],
  mapping: readonly CrmColumnMapping[],
): RowResult {
  const { errors, cells: raw, recordId } = mappedCells(line, cells, columns, mapping);
  const email = raw.get("email");
  const emailKey = email?.value ? normalizeEmail(email.value) : null;
  if (email?.value && !emailKey)
    errors.push({ line, column: email.column, reason: `"${email.value}" is not an email` });
  const dates: Partial<Record<"createdAt" | "updatedAt", string>> = {};
  for (const key of ["createdAt", "updatedAt"] as const) {
    const cell = raw.get(key);
    if (!cell?.value) continue;
    const ms = parseCrmDate(cell.value);
    if (ms === null) errors.push({ line, column: cell.column, reason: `"${cell.value}" is not a date` });
    else dates[key] = new Date(ms).toISOString();
  }
  if (errors.length || !recordId) return { ok: false, errors };
  const fields: Partial<Record<CrmFieldKey, string>> = {};
  for (const [target, cell] of raw) {
    if (OWN_COLUMNS.has(target) || !cell.value || target === "ignore") continue;
    // A contact's company is its first associated one, as HubSpot calls it the primary company.
    const value = target === "companyId" ? (splitIds(cell.value)[0] ?? "") : cell.value;
    if (value) fields[target as CrmFieldKey] = value;
  }
  const externalId = raw.get("externalId")?.value || null;
  const contact = {
    recordId: recordId.value,
    externalId,
    emailKey,
    phoneKey: fields.phone ? phoneE164(fields.phone, fields.country) : null,
    fields,
    createdAt: dates.createdAt ?? null,
    updatedAt: dates.updatedAt ?? null,
  };
  const hash = createHash("sha256").update(JSON.stringify(contact)).digest("hex");
  return { ok: true, record: { line, ...contact, hash } };
}
