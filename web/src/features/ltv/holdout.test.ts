import { describe, expect, it } from "vitest";
import { holdoutError, holdoutMarker } from "./holdout";

const weeks = (n: number) => Array.from({ length: n }, (_, i) => ({ week: i + 1, expected: 0, actual: 0 }));

describe("holdoutMarker", () => {
  it.each([
    // CDNOW as the server splits it: 1997-01-01 .. 1998-06-30 is 546 days = 78 whole weeks; a 181-day holdout
    // starts on 1998-01-01 = day 365, inside week 53; the calibration ends 365/7 = 52.14 weeks in.
    ["CDNOW", 78, "1998-01-01", "1998-06-30", { week: 53, x: 52.14, weeks: 181 / 7 }],
    // 26-week holdout on whole weeks: the boundary is exactly between weeks 26 and 27.
    ["whole weeks", 52, "2024-07-01", "2024-12-29", { week: 27, x: 26, weeks: 26 }],
    ["two-week holdout", 6, "2024-01-29", "2024-02-11", { week: 5, x: 4, weeks: 2 }],
  ])("%s", (_name, count, start, last, expected) => {
    const marker = holdoutMarker(weeks(count), start, last);
    expect(marker?.week).toBe(expected.week);
    expect(marker?.x).toBeCloseTo(expected.x, 2);
    expect(marker?.weeks).toBeCloseTo(expected.weeks, 10);
  });

  it.each([
    // 2024-12-01 .. 2026-05-31 = 547 days = 79 weeks, the last one a single day: the weeks alone put the first
    // day between 2024-11-25 and 2024-12-01; the first cohort (December 2024) pins it to 2024-12-01.
    ["weeks only: up to 6 days late", undefined, { week: 54, x: 53 }],
    ["with the first cohort: exact", "2024-12", { week: 53, x: 52.14 }],
    ["an inconsistent cohort is ignored", "2023-01", { week: 54, x: 53 }],
    ["a malformed cohort is ignored", "Dec 2024", { week: 54, x: 53 }],
  ])("%s", (_name, cohort, expected) => {
    const marker = holdoutMarker(weeks(79), "2025-12-01", "2026-05-31", cohort);
    expect(marker?.week).toBe(expected.week);
    expect(marker?.x).toBeCloseTo(expected.x, 2);
    expect(marker?.weeks).toBeCloseTo(26, 10);
  });

  it.each([
    ["no holdout start", weeks(10), null, "2024-03-10"],
    ["no last day", weeks(10), "2024-03-01", null],
    ["no weeks", [], "2024-03-01", "2024-03-10"],
    ["holdout after the data", weeks(10), "2024-04-01", "2024-03-10"],
    ["holdout before the data", weeks(2), "2023-01-01", "2024-03-10"],
    ["not a date", weeks(10), "March", "2024-03-10"],
  ])("is null with %s", (_name, w, start, last) => {
    expect(holdoutMarker(w, start, last)).toBeNull();
  });
});

describe("holdoutError", () => {
  it.each([
    [1653, 1882, (1653 - 1882) / 1882],
    [110, 100, 0.1],
    [5, 0, null],
    [null, 10, null],
    [10, undefined, null],
  ])("expected %s vs actual %s → %s", (expected, actual, error) => {
    const value = holdoutError(expected, actual);
    if (error === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(error, 10);
  });
});
