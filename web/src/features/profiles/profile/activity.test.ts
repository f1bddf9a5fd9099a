import { describe, expect, it } from "vitest";
import { summarizeActivity } from "./activity";

describe("summarizeActivity", () => {
  it.each([
    ["no days", [], { total: 0, activeDays: 0, busiest: null }],
    [
      "only quiet days",
      [
        { day: "2026-03-01", events: 0 },
        { day: "2026-03-02", events: 0 },
      ],
      { total: 0, activeDays: 0, busiest: null },
    ],
    [
      "a busiest day, the earliest on a tie",
      [
        { day: "2026-03-01", events: 2 },
        { day: "2026-03-02", events: 0 },
        { day: "2026-03-03", events: 5 },
        { day: "2026-03-04", events: 5 },
      ],
      { total: 12, activeDays: 3, busiest: { day: "2026-03-03", events: 5 } },
    ],
  ])("sums %s", (_what, days, expected) => {
    expect(summarizeActivity(days)).toEqual(expected);
  });
});
