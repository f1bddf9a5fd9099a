import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { badInput } from "../../engine/errors.js";

export type CsvRecord = { line: number; cells: string[] };
export type CsvHead = { delimiter: string; columns: string[] };

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The upload as text. Refuses what is not a CSV file before any parsing: empty, binary (a NUL byte, as in
 * spreadsheets and archives), or not UTF-8.
 */
export function csvText(file: Buffer): string {
  if (file.length === 0) throw badInput("file", "the file is empty");
  if (file.subarray(0, 64 * 1024).includes(0)) throw badInput("file", "not a CSV file: it holds binary data");
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(file);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw badInput("file", "not a CSV file: it is not UTF-8 text (export it as CSV UTF-8)");
  }
}

/** The delimiter that splits the header line into the most fields (exports from European locales use ";"). */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: string = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Header names, trimmed; a blank one becomes "Column N"; a repeated one is refused (mappings name columns). */
export function headerColumns(cells: readonly string[]): string[] {
  const columns = cells.map((c, i) => c.trim() || `Column ${i + 1}`);
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) throw badInput("file", `the header has the column "${column}" twice`);
    seen.add(column);
  }
  return columns;
}

/** What csv-parse emits with `info: true`: the record and where in the file it ended. */
function isInfoRecord(item: unknown): item is { record: string[]; info: { lines: number } } {
  if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) return false;
  const { record, info } = item;
  return (
    Array.isArray(record) &&
    typeof info === "object" &&
    info !== null &&
    "lines" in info &&
    typeof info.lines === "number"
  );
}

/**
 * Every record of the file with the line it ends on, streamed so a large file does not hold the event loop.
 * A structural error (an unclosed quote) is a bad-input error naming the line.
 */
export async function* csvRecords(text: string, delimiter: string): AsyncGenerator<CsvRecord> {
  const parser = Readable.from([text]).pipe(
    parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  try {
    for await (const item of parser) {
      if (isInfoRecord(item)) yield { line: item.info.lines, cells: item.record };
    }
  } catch (error) {
    if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("CSV_"))
      throw badInput("file", `not a readable CSV file: ${error.message}`);
    throw error;
  } finally {
    parser.destroy();
  }
}

/** The header and the first `limit` data rows. */
export async function readHead(text: string, limit: number): Promise<CsvHead & { rows: CsvRecord[] }> {
  const delimiter = sniffDelimiter(text);
  let columns: string[] | null = null;
  const rows: CsvRecord[] = [];
  for await (const record of csvRecords(text, delimiter)) {
    if (!columns) columns = headerColumns(record.cells);
    else if (rows.length < limit) rows.push(record);
    else break;
  }
  if (!columns || columns.every((c) => /^Column \d+$/.test(c))) throw badInput("file", "the file has no header line");
  return { delimiter, columns, rows };
}

/** Data rows in the file (the header excluded), checking the whole file parses. */
export async function countRows(text: string, delimiter: string): Promise<number> {
  let n = -1;
  for await (const _record of csvRecords(text, delimiter)) n++;
  return Math.max(n, 0);
}
