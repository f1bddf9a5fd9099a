import { describe, expect, it } from "vitest";
import { carriedToNow, sizeChange, sizeSeries, tickStyle } from "./size-history";

describe("sizeSeries", () => {
  it("sorts oldest first, drops bad timestamps and keeps the last point at one instant", () => {
    expect(
      sizeSeries([
        { at: "2026-03-02T00:00:00.000Z", size: 12 },
        { at: "not a date", size: 99 },
        { at: "2026-03-01T00:00:00.000Z", size: 10 },
        { at: "2026-03-02T00:00:00.000Z", size: 13 },
      ]),
    ).toEqual([
      { time: Date.parse("2026-03-01T00:00:00.000Z"), size: 10 },
      { time: Date.parse("2026-03-02T00:00:00.000Z"), size: 13 },
    ]);
  });
});

describe("sizeChange", () => {
  it.each<[string, { time: number; size: number }[], ReturnType<typeof sizeChange>]>([
    ["no points", [], null],
    ["one point", [{ time: 1, size: 5 }], null],
    [
      "growth",
      [
        { time: 1, size: 100 },
        { time: 2, size: 90 },
        { time: 3, size: 125 },
      ],
      { from: 100, to: 125, delta: 25, ratio: 0.25 },
    ],
    [
      "growth from nothing (no ratio)",
      [
        { time: 1, size: 0 },
        { time: 2, size: 7 },
      ],
      { from: 0, to: 7, delta: 7, ratio: null },
    ],
  ])("measures %s", (_, series, expected) => {
    expect(sizeChange(series)).toEqual(expected);
  });
});

describe("carriedToNow", () => {
  it("extends the last size to now, and leaves a series that already reaches now alone", () => {
    const series = [{ time: 10, size: 3 }];
    expect(carriedToNow(series, 20)).toEqual([
      { time: 10, size: 3 },
      { time: 20, size: 3 },
    ]);
    expect(carriedToNow(series, 5)).toEqual(series);
    expect(carriedToNow([], 5)).toEqual([]);
  });
});

describe("tickStyle", () => {
  const hour = 3600 * 1000;
  it.each<[string, number[], "day" | "time"]>([
    ["no points", [], "day"],
    ["one day", [0, 20 * hour], "time"],
    ["a week", [0, 7 * 24 * hour], "day"],
  ])("labels %s by %s", (_, times, style) => {
    expect(tickStyle(times.map((time) => ({ time, size: 1 })))).toBe(style);
  });
});
