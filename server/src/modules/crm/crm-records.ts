import { createHash } from "node:crypto";
import type { AccountColumnMapping, AccountTarget } from "./crm-kinds.js";
import { parseCrmDate } from "./crm-normalise.js";
import type { CrmRowError } from "./crm-rows.js";

/** One company or deal read from a row: the record id is the upsert key; deals carry their association ids. */
export type CrmAccountRow = {
  line: number;
  recordId: string;
  /** Every mapped text value (amounts and dates as the file spells them), shown as the CRM shows them. */
  fields: Partial<Record<AccountTarget, string>>;
  /** The amount in the CRM's currency with two decimals, for sums. */
  amount: string | null;
  closeDate: string | null;
  companyId: string | null;
  contactIds: string[];
  createdAt: string | null;
  updatedAt: string | null;
  hash: string;
};

const MAX_RECORD_ID = 100;
const MAX_VALUE = 5000;

export type MappedCells<T extends string> = {
  errors: CrmRowError[];
  /** Each mapped target's trimmed value and the column it came from. */
  cells: Map<T, { column: string; value: string }>;
  recordId: { column: string; value: string } | undefined;
};

/**
 * A row's cells by mapped target, trimmed, with the checks every CRM record kind shares: no value over
 * MAX_VALUE characters, and a record id (the upsert key) that is present and at most MAX_RECORD_ID long.
 */
export function mappedCells<T extends string>(
  line: number,
  cells: readonly string[],
  columns: readonly string[],
  mapping: ReadonlyArray<{ column: string; target: T | "recordId" }>,
): MappedCells<T | "recordId"> {
  const errors: CrmRowError[] = [];
  const raw = new Map<T | "recordId", { column: string; value: string }>();
  for (const m of mapping) {
    const value = (cells[columns.indexOf(m.column)] ?? "").trim();
    if (value.length > MAX_VALUE)
      errors.push({ line, column: m.column, reason: `longer than ${MAX_VALUE} characters` });
    else raw.set(m.target, { column: m.column, value });
  }
  const recordId = raw.get("recordId");
  if (!recordId?.value) errors.push({ line, column: recordId?.column ?? null, reason: "no record id" });
  else if (recordId.value.length > MAX_RECORD_ID)
    errors.push({ line, column: recordId.column, reason: `the record id is longer than ${MAX_RECORD_ID} characters` });
  return { errors, cells: raw, recordId };
}
const MAX_AMOUNT = 1e15;

/**
 * A money value as CRMs export it: "12500", "12,500.00", "$12,500", "EUR 980.5". Null when unreadable; a decimal
 * comma ("12,5") is refused rather than guessed, since it reads as a thousands separator elsewhere.
 */
export function parseAmount(raw: string): string | null {
  const bare = raw.replace(/\s|[$€£¥]|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD)\b/gi, "");
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare) ? bare.replace(/,/g, "") : bare;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  const value = Number(plain);
  return Math.abs(value) < MAX_AMOUNT ? value.toFixed(2) : null;
}

/** "123;456", "123, 456": HubSpot joins association ids with semicolons, reports with commas. */
export const splitIds = (raw: string): string[] => [
  ...new Set(
    raw
      .split(/[;,]/)
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];

export type AccountResult = { ok: true; record: CrmAccountRow } | { ok: false; errors: CrmRowError[] };

/** A companies or deals row through the mapping: trimmed values, typed amounts and dates, association ids split. */
export function accountOfRow(
  line: number,
  cells: readonly string[],
  columns: readonly string[],
  mapping: readonly AccountColumnMapping[],
): AccountResult {
  const { errors, cells: raw, recordId } = mappedCells(line, cells, columns, mapping);
  const amounts: Partial<Record<"amount" | "annualRevenue", string>> = {};
  for (const key of ["amount", "annualRevenue"] as const) {
    const cell = raw.get(key);
    if (!cell?.value) continue;
    const amount = parseAmount(cell.value);
    if (amount === null) errors.push({ line, column: cell.column, reason: `"${cell.value}" is not an amount` });
    else amounts[key] = amount;
  }
  const employees = raw.get("employees");
  if (employees?.value && !/^\d{1,9}$/.test(employees.value.replace(/,/g, "")))
    errors.push({ line, column: employees.column, reason: `"${employees.value}" is not a number of employees` });
  const dates: Partial<Record<"createdAt" | "updatedAt" | "closeDate", string>> = {};
  for (const key of ["createdAt", "updatedAt", "closeDate"] as const) {
    const cell = raw.get(key);
    if (!cell?.value) continue;
    const ms = parseCrmDate(cell.value);
    if (ms === null) errors.push({ line, column: cell.column, reason: `"${cell.value}" is not a date` });
    else dates[key] = new Date(ms).toISOString();
  }
  if (errors.length || !recordId) return { ok: false, errors };
  const fields: Partial<Record<AccountTarget, string>> = {};
  for (const [target, cell] of raw)
    if (target !== "ignore" && target !== "recordId" && cell.value) fields[target] = cell.value;
  const record = {
    recordId: recordId.value,
    fields,
    amount: amounts.amount ?? null,
    closeDate: dates.closeDate?.slice(0, 10) ?? null,
    companyId: splitIds(raw.get("companyId")?.value ?? "")[0] ?? null,
    contactIds: splitIds(raw.get("contactIds")?.value ?? ""),
    createdAt: dates.createdAt ?? null,
    updatedAt: dates.updatedAt ?? null,
  };
  const hash = createHash("sha256").update(JSON.stringify(record)).digest("hex");
  return { ok: true, record: { line, ...record, hash } };
}

/** Collects a file's records; a record id seen twice is an error naming both lines (the upsert key is unique). */
export class RecordCollector<T extends { line: number; recordId: string }> {
  readonly records: T[] = [];
  readonly errors: CrmRowError[] = [];
  errorCount = 0;
  private readonly lines = new Map<string, number>();

  constructor(private readonly maxErrors = 1000) {}

  add(result: { ok: true; record: T } | { ok: false; errors: CrmRowError[] }): void {
    if (!result.ok) return this.fail(result.errors);
    const { record } = result;
    const first = this.lines.get(record.recordId);
    if (first !== undefined)
      return this.fail([
        { line: record.line, column: null, reason: `record id ${record.recordId} is already on line ${first}` },
      ]);
    this.lines.set(record.recordId, record.line);
    this.records.push(record);
  }

  private fail(errors: readonly CrmRowError[]): void {
    this.errorCount += errors.length;
    for (const e of errors) if (this.errors.length < this.maxErrors) this.errors.push(e);
  }
}
