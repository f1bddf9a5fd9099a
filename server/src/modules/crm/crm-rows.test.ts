import { describe, expect, it } from "vitest";
import { RecordCollector } from "./crm-records.js";
import { contactOfRow, type CrmContactRow } from "./crm-rows.js";
import type { CrmColumnMapping } from "./crm-presets.js";

const columns = ["Record ID", "Email", "Phone Number", "Country/Region", "Last Modified Date", "Lead Status"];
const mapping: CrmColumnMapping[] = [
  { column: "Record ID", target: "recordId" },
  { column: "Email", target: "email" },
  { column: "Phone Number", target: "phone" },
  { column: "Country/Region", target: "country" },
  { column: "Last Modified Date", target: "updatedAt" },
  { column: "Lead Status", target: "leadStatus" },
];

describe("contactOfRow", () => {
  it("keeps trimmed values, normalises the match keys as ingestion does and reads the dates", () => {
    const result = contactOfRow(
      2,
      ["51", " Ada@Shop.test ", "0151 12345678", "Germany", "2026-01-02 10:00", ""],
      columns,
      mapping,
    );
    expect(result.ok && result.record).toMatchObject({
      recordId: "51",
      emailKey: "ada@shop.test",
      phoneKey: "+4915112345678",
      updatedAt: "2026-01-02T10:00:00.000Z",
      fields: { email: "Ada@Shop.test", phone: "0151 12345678", country: "Germany" },
    });
    expect(result.ok && "leadStatus" in result.record.fields).toBe(false);
  });

  it("hashes content so an unchanged row is recognised", () => {
    const a = contactOfRow(2, ["51", "a@b.co", "", "", "", "New"], columns, mapping);
    const b = contactOfRow(9, ["51", "a@b.co", "", "", "", "New"], columns, mapping);
    const c = contactOfRow(2, ["51", "a@b.co", "", "", "", "Open"], columns, mapping);
    expect(a.ok && b.ok && a.record.hash === b.record.hash).toBe(true);
    expect(a.ok && c.ok && a.record.hash === c.record.hash).toBe(false);
  });

  it.each([
    [["", "a@b.co", "", "", "", ""], "Record ID", "no record id"],
    [["51", "not-an-email", "", "", "", ""], "Email", "is not an email"],
    [["51", "a@b.co", "", "", "last week", ""], "Last Modified Date", "is not a date"],
    [["x".repeat(101), "a@b.co", "", "", "", ""], "Record ID", "longer than 100"],
  ])("refuses %j", (cells, column, reason) => {
    const result = contactOfRow(3, cells, columns, mapping);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 3, column });
    expect(result.errors[0]?.reason).toContain(reason);
  });
});

describe("RecordCollector", () => {
  it("reports a record id seen twice with both lines", () => {
    const collector = new RecordCollector<CrmContactRow>();
    collector.add(contactOfRow(2, ["51", "a@b.co", "", "", "", ""], columns, mapping));
    collector.add(contactOfRow(3, ["52", "b@b.co", "", "", "", ""], columns, mapping));
    collector.add(contactOfRow(4, ["51", "a@b.co", "", "", "", ""], columns, mapping));
    expect(collector.records.map((c) => c.recordId)).toEqual(["51", "52"]);
    expect(collector.errors).toEqual([{ line: 4, column: null, reason: "record id 51 is already on line 2" }]);
  });

  it("counts every error but keeps the first ones", () => {
    const collector = new RecordCollector<CrmContactRow>(2);
    for (let line = 2; line < 7; line++) collector.add(contactOfRow(line, ["", "", "", "", "", ""], columns, mapping));
    expect(collector.errorCount).toBe(5);
    expect(collector.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});
