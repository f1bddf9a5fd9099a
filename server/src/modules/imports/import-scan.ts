import { csvRecords, type CsvRecord } from "./csv-reader.js";
import type { ColumnMapping, ImportKind } from "./import-mapping.js";
import { rowToMessage, type RowError, type RowMessage } from "./row-message.js";

/** How many row errors a report keeps; the count goes on. */
export const MAX_REPORTED_ERRORS = 1000;

export type MappedRow = { line: number; cells: string[]; message: RowMessage | null; errors: RowError[] };

/** Every data row of the file, mapped to its message or its errors, in file order. */
export async function* mappedRows(
  text: string,
  delimiter: string,
  columns: readonly string[],
  kind: ImportKind,
  mapping: readonly ColumnMapping[],
): AsyncGenerator<MappedRow> {
  const index = new Map(columns.map((c, i) => [c, i]));
  let header = true;
  for await (const record of csvRecords(text, delimiter)) {
    if (header) {
      header = false;
      continue;
    }
    yield mapRecord(record, columns.length, kind, mapping, index);
  }
}

export function mapRecord(
  { line, cells }: CsvRecord,
  width: number,
  kind: ImportKind,
  mapping: readonly ColumnMapping[],
  index: ReadonlyMap<string, number>,
): MappedRow {
  if (cells.length !== width)
    return {
      line,
      cells,
      message: null,
      errors: [{ line, column: null, reason: `the row has ${cells.length} fields, the header ${width}` }],
    };
  const result = rowToMessage(kind, mapping, index, cells, line);
  return result.ok
    ? { line, cells, message: result.message, errors: [] }
    : { line, cells, message: null, errors: result.errors };
}

/** A capped list of row errors with the full count. */
export class ErrorReport {
  readonly errors: RowError[] = [];
  count = 0;

  add(errors: readonly RowError[]): void {
    this.count += errors.length;
    for (const e of errors) if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
  }
}

export type ScanResult = {
  validRows: number;
  invalidRows: number;
  report: ErrorReport;
  /** The first rows, mapped. */
  sample: MappedRow[];
};

/** Validates the whole file against a mapping without storing anything (preview and dry run). */
export async function scanFile(
  text: string,
  delimiter: string,
  columns: readonly string[],
  kind: ImportKind,
  mapping: readonly ColumnMapping[],
  sampleSize: number,
): Promise<ScanResult> {
  const result: ScanResult = { validRows: 0, invalidRows: 0, report: new ErrorReport(), sample: [] };
  for await (const row of mappedRows(text, delimiter, columns, kind, mapping)) {
    if (result.sample.length < sampleSize) result.sample.push(row);
    if (row.message) result.validRows++;
    else {
      result.invalidRows++;
      result.report.add(row.errors);
    }
  }
  return result;
}
