import { describe, expect, it } from "vitest";
import { dateRange, parseDateValue, shiftTime, type DateCondition } from "./dates.js";

const NOW = new Date("2026-03-31T12:00:00Z");
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("dates", () => {
  it.each<[string, DateCondition, string | null, string | null]>([
    ["before: up to the instant", { operator: "before", value: "2026-01-01" }, null, "2026-01-01T00:00:00.000Z"],
    [
      "after: from the instant on",
      { operator: "after", value: "2026-01-01T10:00:00+02:00" },
      "2026-01-01T08:00:00.000Z",
      null,
    ],
    [
      "between dates: the whole last day",
      { operator: "between", value: ["2026-01-01", "2026-01-31"] },
      "2026-01-01T00:00:00.000Z",
      "2026-02-01T00:00:00.000Z",
    ],
    [
      "between instants: up to the second",
      { operator: "between", value: ["2026-01-01T00:00", "2026-01-02T06:00"] },
      "2026-01-01T00:00:00.000Z",
      "2026-01-02T06:00:00.000Z",
    ],
    [
      "inLast",
      { operator: "inLast", value: { amount: 30, unit: "days" } },
      "2026-03-01T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
    ],
    [
      "moreThanAgo in hours",
      { operator: "moreThanAgo", value: { amount: 36, unit: "hours" } },
      null,
      "2026-03-30T00:00:00.000Z",
    ],
    [
      "inNext in weeks",
      { operator: "inNext", value: { amount: 2, unit: "weeks" } },
      "2026-03-31T12:00:00.000Z",
      "2026-04-14T12:00:00.000Z",
    ],
    [
      "inLast in months clamps the day",
      { operator: "inLast", value: { amount: 1, unit: "months" } },
      "2026-02-28T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
    ],
    [
      "inLast in years",
      { operator: "inLast", value: { amount: 1, unit: "years" } },
      "2025-03-31T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
    ],
  ])("%s", (_name, condition, from, to) => {
    const range = dateRange(condition, NOW);
    expect([iso(range.from), iso(range.to)]).toEqual([from, to]);
  });

  it("reads dates and date-times, without an offset as UTC, and refuses impossible ones", () => {
    expect(parseDateValue("2026-02-28")).toEqual({ instant: new Date("2026-02-28T00:00:00Z"), dateOnly: true });
    expect(parseDateValue("2026-02-28 10:30")?.instant.toISOString()).toBe("2026-02-28T10:30:00.000Z");
    expect(parseDateValue("2026-02-30")).toBeNull();
    expect(parseDateValue("yesterday")).toBeNull();
    expect(parseDateValue("2026-02-28T10:30:00+0200")).toBeNull();
  });

  it("shifts across a leap day", () => {
    expect(shiftTime(new Date("2024-02-29T00:00:00Z"), { amount: 1, unit: "years" }, 1).toISOString()).toBe(
      "2025-02-28T00:00:00.000Z",
    );
  });
});
