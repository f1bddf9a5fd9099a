// Parsers from text to Transaction[]: the import CSV (`customer_id,date,amount`, RFC 4180 quoting) and the raw
// CDNOW sample used by the tests. Errors name the 1-based physical line and, where it applies, the column.
import { formatIsoDay, parseFlexibleDay } from "./days.js";
import type { Transaction } from "./rfm.js";

export class TransactionsCsvError extends Error {
  constructor(
    readonly line: number,
    readonly column: string | undefined,
    detail: string,
  ) {
    super(`line ${line}${column === undefined ? "" : `, column "${column}"`}: ${detail}`);
    this.name = "TransactionsCsvError";
  }
}

export const CSV_COLUMNS = ["customer_id", "date", "amount"] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks); blank lines skipped. */
function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(fieldWasQuoted ? field : field.trim());
    if (fields.length > 1 || fieldWasQuoted || (fields[0] ?? "") !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldWasQuoted = false;
  };
  for (; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line += 1;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      fieldWasQuoted = true;
      field = "";
    } else if (ch === ",") {
      fields.push(fieldWasQuoted ? field : field.trim());
      field = "";
      fieldWasQuoted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (fieldWasQuoted) {
      if (ch !== " " && ch !== "\t") {
        throw new TransactionsCsvError(line, undefined, `unexpected "${ch}" after a closing quote`);
      }
    } else {
      field += ch;
    }
  }
  if (quoted) throw new TransactionsCsvError(recordLine, undefined, "unterminated quoted field");
  endRecord();
  return records;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseAmount(text: string, line: number, column: string): number {
  if (!DECIMAL.test(text)) {
    throw new TransactionsCsvError(line, column, `invalid amount "${text}" (expected a decimal number such as 12.50)`);
  }
  const amount = Number(text);
  if (amount < 0) {
    throw new TransactionsCsvError(
      line,
      column,
      `negative amount ${text}: refunds are not purchases, net them out first`,
    );
  }
  return amount;
}

function parseDate(text: string, line: number, column: string, formats: string): string {
  const day = parseFlexibleDay(text);
  if (day === undefined) throw new TransactionsCsvError(line, column, `invalid date "${text}" (expected ${formats})`);
  return formatIsoDay(day);
}

/** Parses `customer_id,date,amount` (any column order, extra columns ignored; dates YYYY-MM-DD or YYYYMMDD). */
export function parseTransactionsCsv(text: string): Transaction[] {
  const records = readRecords(text);
  const header = records[0];
  if (!header) throw new TransactionsCsvError(1, undefined, `empty file: expected the header ${CSV_COLUMNS.join(",")}`);
  const names = header.fields.map((f) => f.toLowerCase());
  const position = (column: CsvColumn): number => {
    const index = names.indexOf(column);
    if (index < 0) {
      throw new TransactionsCsvError(
        header.line,
        column,
        `missing column in the header (expected ${CSV_COLUMNS.join(",")})`,
      );
    }
    return index;
  };
  const idAt = position("customer_id");
  const dateAt = position("date");
  const amountAt = position("amount");
  const transactions: Transaction[] = [];
  for (const { line, fields } of records.slice(1)) {
    const value = (column: CsvColumn, index: number): string => {
      const v = fields[index];
      if (v === undefined || v === "") throw new TransactionsCsvError(line, column, "missing value");
      return v;
    };
    transactions.push({
      customerId: value("customer_id", idAt),
      date: parseDate(value("date", dateAt), line, "date", "YYYY-MM-DD or YYYYMMDD"),
      amount: parseAmount(value("amount", amountAt), line, "amount"),
    });
  }
  return transactions;
}

const CDNOW_COLUMNS = ["master id", "sample id", "date", "number of CDs", "dollars"] as const;

/**
 * Parses the raw CDNOW sample (whitespace separated, CRLF, no header): master id, sample id, date YYYYMMDD,
 * number of CDs, dollar value. The customer id is the sample id without leading zeros ("0001" -> "1").
 */
export function parseCdnowSample(text: string): Transaction[] {
  const transactions: Transaction[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const fields = trimmed.split(/\s+/);
    if (fields.length !== CDNOW_COLUMNS.length) {
      const column = CDNOW_COLUMNS[Math.min(fields.length, CDNOW_COLUMNS.length - 1)];
      throw new TransactionsCsvError(line, column, `expected ${CDNOW_COLUMNS.length} fields, found ${fields.length}`);
    }
    const [, sampleId = "", date = "", , dollars = ""] = fields;
    if (!/^\d+$/.test(sampleId)) throw new TransactionsCsvError(line, "sample id", `invalid id "${sampleId}"`);
    transactions.push({
      customerId: String(Number(sampleId)),
      date: parseDate(date, line, "date", "YYYYMMDD"),
      amount: parseAmount(dollars, line, "dollars"),
    });
  }
  return transactions;
}
