import { describe, expect, it } from "vitest";
import { isOpenStage } from "./crm-accounts-read.js";
import { checkAccountMapping, detectAccountPreset, detectKind, suggestAccountMapping } from "./crm-kinds.js";
import { accountOfRow, parseAmount, RecordCollector, splitIds, type CrmAccountRow } from "./crm-records.js";

const HUBSPOT_DEALS = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Associated Contact IDs"];
const SALESFORCE_ACCOUNTS = ["Account ID", "Account Name", "Website", "Industry", "Employees", "Billing Country"];

describe("detectKind", () => {
  it.each([
    [["Record ID", "First Name", "Email", "Deal Stage"], "contacts"],
    [HUBSPOT_DEALS, "deals"],
    [["Opportunity ID", "Opportunity Name", "Stage", "Account ID", "Contact ID"], "deals"],
    [["Record ID", "Company name", "Company Domain Name", "Industry"], "companies"],
    [SALESFORCE_ACCOUNTS, "companies"],
    [["Record ID", "First Name"], "contacts"],
  ] as const)("%j is %s", (columns, kind) => {
    expect(detectKind(columns)).toBe(kind);
  });
});

describe("account presets", () => {
  it("maps HubSpot deals and Salesforce accounts by their headers", () => {
    expect(detectAccountPreset("deals", HUBSPOT_DEALS)).toBe("hubspot");
    expect(suggestAccountMapping("deals", "hubspot", HUBSPOT_DEALS).map((m) => m.target)).toEqual([
      "recordId",
      "name",
      "stage",
      "amount",
      "closeDate",
      "contactIds",
    ]);
    expect(detectAccountPreset("companies", SALESFORCE_ACCOUNTS)).toBe("salesforce");
    expect(suggestAccountMapping("companies", "salesforce", SALESFORCE_ACCOUNTS).map((m) => m.target)).toEqual([
      "recordId",
      "name",
      "domain",
      "industry",
      "employees",
      "country",
    ]);
  });

  it.each([
    [[{ column: "Deal Name", target: "name" }], "mapping", "map a column to recordId"],
    [[{ column: "Record ID", target: "recordId" }], "mapping", "map a column to name"],
    [[{ column: "Record ID", target: "email" }], "mapping[0].target", "must be one of"],
    [[{ column: "Nope", target: "name" }], "mapping[0].column", "not a column"],
  ])("refuses %j naming %s", (mapping, field, reason) => {
    const checked = checkAccountMapping("deals", HUBSPOT_DEALS, mapping);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problem.field).toBe(field);
      expect(checked.problem.reason).toContain(reason);
    }
  });
});

describe("parseAmount", () => {
  it.each([
    ["12500", "12500.00"],
    ["12,500.5", "12500.50"],
    ["$4,800.00", "4800.00"],
    ["EUR 980.5", "980.50"],
    ["-20", "-20.00"],
    ["12,5", null],
    ["12k", null],
    ["", null],
    ["1e20", null],
  ])("%s → %s", (raw, amount) => {
    expect(parseAmount(raw)).toBe(amount);
  });
});

describe("accountOfRow", () => {
  const mapping = suggestAccountMapping("deals", "hubspot", HUBSPOT_DEALS);

  it("types amounts and dates and splits association ids", () => {
    const result = accountOfRow(
      2,
      ["7", "Renewal", "closedwon", "1,200", "6/30/2026", "101; 102;101"],
      HUBSPOT_DEALS,
      mapping,
    );
    expect(result.ok && result.record).toMatchObject({
      recordId: "7",
      amount: "1200.00",
      closeDate: "2026-06-30",
      contactIds: ["101", "102"],
      fields: { name: "Renewal", stage: "closedwon", amount: "1,200" },
    });
  });

  it("reports each bad cell by line and column", () => {
    const result = accountOfRow(5, ["", "X", "s", "ten", "soon", ""], HUBSPOT_DEALS, mapping);
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column])).toEqual([
      [5, "Record ID"],
      [5, "Amount"],
      [5, "Close Date"],
    ]);
  });

  it("collects a record id seen twice as an error with both lines", () => {
    const collector = new RecordCollector<CrmAccountRow>();
    for (const line of [2, 3]) collector.add(accountOfRow(line, ["7", "D", "", "", "", ""], HUBSPOT_DEALS, mapping));
    expect(collector.records).toHaveLength(1);
    expect(collector.errors).toEqual([{ line: 3, column: null, reason: "record id 7 is already on line 2" }]);
  });
});

describe("small helpers", () => {
  it("splits ids on semicolons and commas, once each", () => {
    expect(splitIds("1;2, 3;;1")).toEqual(["1", "2", "3"]);
  });

  it.each([
    ["closedwon", false],
    ["Closed Lost", false],
    ["Closed Won", false],
    ["contractsent", true],
    ["Negotiation/Review", true],
    [null, true],
  ])("stage %s is open: %s", (stage, open) => {
    expect(isOpenStage(stage)).toBe(open);
  });
});
