import { csvRecords } from "../imports/index.js";
import {
  checkAccountMapping,
  detectAccountPreset,
  suggestAccountMapping,
  type AccountColumnMapping,
  type CrmKind,
} from "./crm-kinds.js";
import { checkCrmMapping, type CrmMappingProblem } from "./crm-mapping.js";
import { detectPreset, suggestCrmMapping, type CrmColumnMapping, type CrmPreset } from "./crm-presets.js";
import { accountOfRow, RecordCollector, type CrmAccountRow } from "./crm-records.js";
import { contactOfRow, type CrmContactRow, type CrmRowError } from "./crm-rows.js";

/** A column's target in an export of any kind. */
export type AnyColumnMapping = CrmColumnMapping | AccountColumnMapping;
export type CrmPreviewRow = { line: number; cells: string[]; errors: CrmRowError[] };
export type Scan = {
  collector: RecordCollector<CrmContactRow | CrmAccountRow>;
  invalidRows: number;
  sample: CrmPreviewRow[];
};

/** The CRM whose headers of this kind cover most of the file's columns. */
export const presetOf = (kind: CrmKind, columns: readonly string[]): CrmPreset =>
  kind === "contacts" ? detectPreset(columns) : detectAccountPreset(kind, columns);

export const suggestMapping = (kind: CrmKind, preset: CrmPreset, columns: readonly string[]): AnyColumnMapping[] =>
  kind === "contacts" ? suggestCrmMapping(preset, columns) : suggestAccountMapping(kind, preset, columns);

export const checkMapping = (
  kind: CrmKind,
  columns: readonly string[],
  input: unknown,
): { ok: true; mapping: AnyColumnMapping[] } | { ok: false; problem: CrmMappingProblem } =>
  kind === "contacts" ? checkCrmMapping(columns, input) : checkAccountMapping(kind, columns, input);

/** Reads every row of an export through a checked mapping of its kind; nothing is stored. */
export async function scanCrmFile(
  kind: CrmKind,
  text: string,
  delimiter: string,
  columns: readonly string[],
  mapping: readonly AnyColumnMapping[],
  sampleSize: number,
): Promise<Scan> {
  const collector = new RecordCollector<CrmContactRow | CrmAccountRow>();
  const sample: CrmPreviewRow[] = [];
  let header = true;
  let invalidRows = 0;
  for await (const record of csvRecords(text, delimiter)) {
    if (header) {
      header = false;
      continue;
    }
    const before = collector.errorCount;
    collector.add(
      kind === "contacts"
        ? contactOfRow(record.line, record.cells, columns, mapping as CrmColumnMapping[])
        : accountOfRow(record.line, record.cells, columns, mapping as AccountColumnMapping[]),
    );
    const errors = collector.errorCount > before ? collector.errors.slice(-(collector.errorCount - before)) : [];
    if (errors.length) invalidRows++;
    if (sample.length < sampleSize) sample.push({ line: record.line, cells: record.cells, errors });
  }
  return { collector, invalidRows, sample };
}
