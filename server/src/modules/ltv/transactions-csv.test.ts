import { describe, expect, it } from "vitest";
import { parseCdnowSample, parseTransactionsCsv, TransactionsCsvError } from "./transactions-csv.js";

function errorOf(parse: () => unknown): TransactionsCsvError {
  try {
    parse();
  } catch (error) {
    if (error instanceof TransactionsCsvError) return error;
    throw error;
  }
  throw new Error("expected a TransactionsCsvError");
}

describe("parseTransactionsCsv", () => {
  it("parses both date forms, decimals, quotes, CRLF, a BOM and blank lines", () => {
    const text =
      '\uFEFFcustomer_id,date,amount\r\n42,1997-01-01,29.33\r\n\r\n"x,1",19970118, 10\r\n"say ""hi""",1998-06-30,.5\r\n';
    expect(parseTransactionsCsv(text)).toEqual([
      { customerId: "42", date: "1997-01-01", amount: 29.33 },
      { customerId: "x,1", date: "1997-01-18", amount: 10 },
      { customerId: 'say "hi"', date: "1998-06-30", amount: 0.5 },
    ]);
  });

  it("finds the columns by name in any order and ignores extra columns", () => {
    expect(parseTransactionsCsv("amount,channel,DATE,customer_id\n3.10,web,2024-02-29,c9\n")).toEqual([
      { customerId: "c9", date: "2024-02-29", amount: 3.1 },
    ]);
  });

  it("returns no transactions for a header alone", () => {
    expect(parseTransactionsCsv("customer_id,date,amount\n")).toEqual([]);
  });

  it.each([
    ["empty file", "", 1, undefined, "empty file"],
    ["blank lines only", "\n \r\n", 1, undefined, "empty file"],
    ["missing amount column", "customer_id,date\n1,1997-01-01\n", 1, "amount", "missing column"],
    ["misspelt header", "customer,date,amount\n1,1997-01-01,3\n", 1, "customer_id", "missing column"],
    ["header after blank lines", "\n\ncustomer_id,date\n", 3, "amount", "missing column"],
    ["short row", "customer_id,date,amount\n1,1997-01-01,3\n2,1997-01-02\n", 3, "amount", "missing value"],
    ["empty customer id", "customer_id,date,amount\n,1997-01-01,3\n", 2, "customer_id", "missing value"],
    ["impossible date", "customer_id,date,amount\n1,1997-02-30,3\n", 2, "date", 'invalid date "1997-02-30"'],
    ["US date", "customer_id,date,amount\n1,01/02/1997,3\n", 2, "date", "invalid date"],
    ["bad compact date", "customer_id,date,amount\n1,19971301,3\n", 2, "date", "invalid date"],
    ["amount with a currency sign", "customer_id,date,amount\n1,1997-01-01,$3\n", 2, "amount", 'invalid amount "$3"'],
    [
      "amount with a thousands separator",
      'customer_id,date,amount\n1,1997-01-01,"1,200.00"\n',
      2,
      "amount",
      "invalid amount",
    ],
    ["amount in exponent form", "customer_id,date,amount\n1,1997-01-01,1e3\n", 2, "amount", "invalid amount"],
    ["negative amount", "customer_id,date,amount\n1,1997-01-01,-3.50\n", 2, "amount", "negative amount"],
    [
      "line after a multi-line quoted id",
      'customer_id,date,amount\n"a\nb",1997-01-01,1\nc,1997-13-01,1\n',
      4,
      "date",
      "invalid date",
    ],
    ["unterminated quote", 'customer_id,date,amount\n1,1997-01-01,3\n"2,1997-01-01,3\n', 3, undefined, "unterminated"],
    [
      "text after a closing quote",
      'customer_id,date,amount\n"1"x,1997-01-01,3\n',
      2,
      undefined,
      "after a closing quote",
    ],
  ])("%s: line %i, column %s", (_case, text, line, column, message) => {
    const error = errorOf(() => parseTransactionsCsv(text));
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toContain(message);
    expect(error.message).toMatch(new RegExp(`^line ${line}${column === undefined ? ":" : `, column "${column}"`}`));
  });
});

describe("parseCdnowSample", () => {
  it("reads whitespace-separated CRLF rows, keyed by sample id", () => {
    const text =
      " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00021 0002 19970101  3   63.34\r\n";
    expect(parseCdnowSample(text)).toEqual([
      { customerId: "1", date: "1997-01-01", amount: 29.33 },
      { customerId: "1", date: "1997-01-18", amount: 29.73 },
      { customerId: "2", date: "1997-01-01", amount: 63.34 },
    ]);
  });

  it.each([
    [" 00004 0001 19970101  2\r\n", 1, "dollars", "expected 5 fields"],
    [" 00004 0001 19970101  2 1.00\r\n 00004 0001 19970231  2   29.73\r\n", 2, "date", "invalid date"],
    [" 00004 0001 19970101  2 abc\r\n", 1, "dollars", "invalid amount"],
  ])("names the line and column of a bad row %#", (text, line, column, message) => {
    const error = errorOf(() => parseCdnowSample(text));
    expect(error).toMatchObject({ line, column });
    expect(error.message).toContain(message);
  });
});
