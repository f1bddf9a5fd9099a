import { describe, expect, it } from "vitest";
import { binIndexOf, histogramBars } from "./histogram";
import { formatMoneyCompact, formatMoneyEdge, formatMoneyHeadline } from "./money";

describe("histogramBars", () => {
  const bins = [
    { from: 0, to: 50, customers: 30 },
    { from: 50, to: 100, customers: 10 },
    { from: 1000, to: null, customers: 10 },
  ];

  it.each([
    [0, "$0–$50", "$0", "$0 to under $50", 0.6, false],
    [1, "$50–$100", "$50", "$50 to under $100", 0.2, false],
    [2, "≥ $1K", "≥ $1K", "$1,000 or more", 0.2, true],
  ])("bin %i → %s / %s / %s", (index, label, tick, range, share, open) => {
    const bar = histogramBars(bins, "USD", "en-US")[index];
    expect(bar).toEqual({ label, tick, range, customers: bins[index]?.customers, share, open });
  });

  it.each([
    [0, 0],
    [49.99, 0],
    [50, 1],
    [99.99, 1],
    [100, null],
    [5000, 2],
    [-1, null],
    [Number.NaN, null],
  ])("value %d is in bin %s", (value, index) => {
    expect(binIndexOf(bins, value)).toBe(index);
  });

  it("labels fractional edges with cents and other currencies with their symbol", () => {
    const [bar] = histogramBars([{ from: 2.5, to: 5, customers: 1 }], "EUR", "en-US");
    expect(bar?.range).toBe("€2.50 to under €5");
  });

  it("gives zero shares when nobody is in the bins, and nothing for no bins", () => {
    expect(histogramBars([{ from: 0, to: 10, customers: 0 }], "USD", "en-US")[0]?.share).toBe(0);
    expect(histogramBars([], "USD", "en-US")).toEqual([]);
  });
});

describe("money formatting", () => {
  it.each([
    [999.5, "USD", "$999.50"],
    [12345.67, "USD", "$12,346"],
    [2_500_000, "USD", "$2.5M"],
    [1500, "EUR", "€1,500"],
    [10, "XYZ1", "10 XYZ1"],
  ])("headline %d %s → %s", (amount, currency, expected) => {
    expect(formatMoneyHeadline(amount, currency, "en-US")).toBe(expected);
  });

  it.each([
    [0, "$0"],
    [1234, "$1.2K"],
    [45, "$45"],
  ])("compact %d → %s", (amount, expected) => {
    expect(formatMoneyCompact(amount, "USD", "en-US")).toBe(expected);
  });

  it.each([
    [50, "$50"],
    [2.5, "$2.50"],
  ])("edge %d → %s", (amount, expected) => {
    expect(formatMoneyEdge(amount, "USD", "en-US")).toBe(expected);
  });
});
