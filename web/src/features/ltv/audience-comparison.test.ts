import { describe, expect, it } from "vitest";
import { CHART_COLORS } from "../../app/theme";
import { comparisonRows, comparisonSeries, MONEY_METRICS, RATE_METRICS, selectionHint } from "./audience-comparison";

const vip = {
  audienceId: "s1",
  name: "VIP",
  members: 10,
  customers: 8,
  revenue: 800,
  averageValue: 100,
  averagePredictedValue12m: 40,
  averagePAlive: 0.8,
  repeatPurchaseRate: 0.5,
};
const lapsed = {
  audienceId: "s2",
  name: "VIP",
  members: 3,
  customers: 0,
  revenue: 0,
  averageValue: null,
  averagePredictedValue12m: null,
  averagePAlive: null,
  repeatPurchaseRate: null,
};

describe("audience comparison", () => {
  it("gives each audience its own series key and colour, even when two share a name", () => {
    expect(comparisonSeries([vip, lapsed])).toEqual([
      { key: "a0", name: "VIP", color: CHART_COLORS[0] },
      { key: "a1", name: "VIP", color: CHART_COLORS[1] },
    ]);
  });

  it.each([
    [
      MONEY_METRICS,
      [
        { metric: "Historical LTV per customer", a0: 100, a1: null },
        { metric: "Predicted 12-month value", a0: 40, a1: null },
      ],
    ],
    [
      RATE_METRICS,
      [
        { metric: "Average P(alive)", a0: 0.8, a1: null },
        { metric: "Repeat-purchase rate", a0: 0.5, a1: null },
      ],
    ],
  ])("puts one row per metric with a value per audience (%#)", (metrics, rows) => {
    expect(comparisonRows([vip, lapsed], metrics)).toEqual(rows);
  });

  it.each([
    [0, 1, "Save at least two audiences to compare their lifetime value."],
    [0, 4, "Pick 2 more audiences to compare."],
    [1, 4, "Pick 1 more audience to compare."],
    [2, 4, null],
    [5, 9, null],
  ])("with %i of %i audiences picked, hints %s", (selected, available, hint) => {
    expect(selectionHint(selected, available)).toBe(hint);
  });
});
