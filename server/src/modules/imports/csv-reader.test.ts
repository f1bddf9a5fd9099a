import { describe, expect, it } from "vitest";
import { countRows, csvRecords, csvText, headerColumns, readHead, sniffDelimiter } from "./csv-reader.js";

describe("csvText", () => {
  it.each([
    ["an empty file", Buffer.alloc(0), /file: the file is empty/],
    ["binary data", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /not a CSV file: it holds binary data/],
    ["Latin-1 text", Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x74, 0xe9]), /not UTF-8/],
  ])("refuses %s", (_name, file, reason) => expect(() => csvText(file)).toThrow(reason));

  it("drops a byte order mark", () => {
    expect(csvText(Buffer.from("\ufeffemail\na@x.io\n"))).toBe("email\na@x.io\n");
  });
});

describe("sniffDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3", ","],
    ["a;b;c\n1;2;3", ";"],
    ["a\tb\n1\t2", "\t"],
    ["single\nvalue", ","],
  ])("%j → %j", (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
});

describe("headerColumns", () => {
  it("trims names and names blank ones", () => {
    expect(headerColumns([" Email ", "", "Plan"])).toEqual(["Email", "Column 2", "Plan"]);
  });
  it("refuses a repeated name", () => {
    expect(() => headerColumns(["Email", "Email"])).toThrow(/the column "Email" twice/);
  });
});

describe("reading records", () => {
  it("gives each record the line it ends on, across quoted line breaks and blank lines", async () => {
    const text = 'email,note\na@x.io,"two\nlines"\n\nb@x.io,plain\n';
    const records = [];
    for await (const r of csvRecords(text, ",")) records.push(r);
    expect(records).toEqual([
      { line: 1, cells: ["email", "note"] },
      { line: 3, cells: ["a@x.io", "two\nlines"] },
      { line: 5, cells: ["b@x.io", "plain"] },
    ]);
    expect(await countRows(text, ",")).toBe(2);
  });

  it("reads the header and first rows of a semicolon file", async () => {
    const head = await readHead("Email;Plan\na@x.io;pro\nb@x.io;free\nc@x.io;pro\n", 2);
    expect(head.delimiter).toBe(";");
    expect(head.columns).toEqual(["Email", "Plan"]);
    expect(head.rows.map((r) => r.cells[0])).toEqual(["a@x.io", "b@x.io"]);
  });

  it("refuses an unclosed quote, naming the file", async () => {
    await expect(countRows('email,note\na@x.io,"open\n', ",")).rejects.toThrow(/file: not a readable CSV file/);
  });

  it("refuses a file with only blank lines", async () => {
    await expect(readHead("\n\n", 1)).rejects.toThrow(/no header/);
  });
});
