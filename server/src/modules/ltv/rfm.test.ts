import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarizeRfm, type Transaction } from "./rfm.js";
import { parseCdnowSample } from "./transactions-csv.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/cdnow/${name}`, import.meta.url), "utf8");

describe("RFM on CDNOW (calibration to 1997-09-30)", () => {
  const transactions = parseCdnowSample(fixture("CDNOW_sample.txt"));
  const rfm = summarizeRfm(transactions, { calibrationEnd: "1997-09-30" });
  const repeaters = rfm.customers.filter((c) => c.x > 0);

  it.each([
    ["raw rows", transactions.length, 6919],
    ["transactions after the same-day merge", rfm.mergedTransactions, 6696],
    ["customers", rfm.customers.length, 2357],
    ["customers with x > 0", repeaters.length, 946],
    ["sum of x", rfm.customers.reduce((s, c) => s + c.x, 0), 2457],
    ["holdout repeat purchase-days", rfm.holdout?.repeatPurchases, 1882],
    ["sum of holdout x per customer", rfm.customers.reduce((s, c) => s + c.holdoutX, 0), 1882],
    ["holdout weeks", rfm.holdout?.weeks, 39],
    ["weeks in the tracking series", rfm.weeklyRepeatPurchases.length, 78],
    ["repeat purchases in the tracking series", rfm.weeklyRepeatPurchases.reduce((s, n) => s + n, 0), 2457 + 1882],
    ["repeat purchases in weeks 1-39", rfm.weeklyRepeatPurchases.slice(0, 39).reduce((s, n) => s + n, 0), 2457],
  ])("%s: %d", (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("uses the published periods", () => {
    expect(rfm).toMatchObject({ firstDate: "1997-01-01", calibrationEnd: "1997-09-30", lastDate: "1998-06-30" });
    expect(rfm.holdout).toMatchObject({ start: "1997-10-01", end: "1998-06-30" });
  });

  it("measures T to the calibration end inclusive: a 1 January customer has T = 272/7 = 38.857", () => {
    const first = rfm.customers.find((c) => c.customerId === "1");
    expect(first).toMatchObject({ firstPurchase: "1997-01-01", x: 2, T: 272 / 7 });
  });

  it("matches the published per-customer summary (rounded to 2 decimals) for every customer", () => {
    const rows = fixture("cdnow_customers_summary_with_transactions.csv").trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(2357);
    const byId = new Map(rfm.customers.map((c) => [c.customerId, c]));
    for (const row of rows) {
      const [id = "", x, tx, T, zbar] = row.split(",");
      const c = byId.get(id);
      expect(c, id).toBeDefined();
      expect(c?.x, id).toBe(Number(x));
      expect(Math.abs((c?.tx ?? NaN) - Number(tx)), id).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((c?.T ?? NaN) - Number(T)), id).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((c?.monetary ?? NaN) - Number(zbar)), id).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});

describe("RFM rules on small cases", () => {
  const tx = (customerId: string, date: string, amount: number): Transaction => ({ customerId, date, amount });

  it("merges same-day purchases, excludes the first purchase from monetary, splits the holdout", () => {
    const rfm = summarizeRfm(
      [
        tx("a", "2024-01-01", 10),
        tx("a", "2024-01-01", 5),
        tx("a", "2024-01-08", 20),
        tx("a", "2024-01-08", 2),
        tx("a", "2024-01-15", 30),
        tx("a", "2024-01-20", 7),
        tx("a", "2024-01-22", 9),
        tx("b", "2024-01-15", 50),
        tx("c", "2024-01-16", 1),
      ],
      { calibrationEnd: "2024-01-15" },
    );
    expect(rfm.mergedTransactions).toBe(7);
    expect(rfm.customers).toEqual([
      { customerId: "a", firstPurchase: "2024-01-01", x: 2, tx: 2, T: 2, monetary: 26, holdoutX: 2 },
      { customerId: "b", firstPurchase: "2024-01-15", x: 0, tx: 0, T: 0, monetary: 0, holdoutX: 0 },
    ]);
    expect(rfm.holdout).toEqual({ start: "2024-01-16", end: "2024-01-22", weeks: 1, repeatPurchases: 2 });
    // Weeks from 2024-01-01: the 8th is in week 2, the 15th and 20th in week 3, the 22nd in week 4.
    expect(rfm.weeklyRepeatPurchases).toEqual([0, 1, 2, 1]);
  });

  it("defaults the calibration end to the last date, with no holdout", () => {
    const rfm = summarizeRfm([tx("a", "2024-03-01", 1), tx("a", "2024-03-04", 1), tx("b", "2024-03-11", 1)]);
    expect(rfm.calibrationEnd).toBe("2024-03-11");
    expect(rfm.holdout).toBeUndefined();
    expect(rfm.customers[0]).toMatchObject({ x: 1, tx: 3 / 7, T: 10 / 7, monetary: 1 });
  });

  it("counts days across a DST change and a leap day exactly", () => {
    const rfm = summarizeRfm([tx("a", "2024-02-28", 1), tx("a", "2024-03-31", 1), tx("a", "2024-10-27", 1)]);
    expect(rfm.customers[0]).toMatchObject({ x: 2, tx: 242 / 7, T: 242 / 7 });
  });

  it.each([
    [[], "no transactions"],
    [[tx("a", "2024-02-30", 1)], "not a YYYY-MM-DD calendar date"],
    [[tx("a", "2024-02-01", Number.NaN)], "not finite"],
  ])("rejects bad input %#", (input, message) => {
    expect(() => summarizeRfm(input)).toThrow(message);
  });

  it("rejects a calibration end before the data", () => {
    expect(() => summarizeRfm([tx("a", "2024-02-01", 1)], { calibrationEnd: "2024-01-01" })).toThrow(
      "before the first date",
    );
  });
});
