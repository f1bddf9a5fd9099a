import { describe, expect, it } from "vitest";
import { formatIsoDay, parseFlexibleDay, parseIsoDay } from "./days.js";

describe("calendar days", () => {
  it.each([
    ["1970-01-01", 0],
    ["1997-01-01", 9862],
    ["1997-09-30", 10134],
    ["2000-02-29", 11016],
    ["1969-12-31", -1],
  ])("%s is day %i and formats back", (date, day) => {
    expect(parseIsoDay(date)).toBe(day);
    expect(formatIsoDay(day)).toBe(date);
  });

  it("agrees with Date.UTC over four centuries", () => {
    for (let day = -80_000; day < 80_000; day += 97) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(formatIsoDay(day)).toBe(iso);
      expect(parseIsoDay(iso)).toBe(day);
    }
  });

  it.each([
    "1997-02-29",
    "1900-02-29",
    "1997-13-01",
    "1997-00-10",
    "1997-04-31",
    "97-01-01",
    "1997-1-1",
    "",
    "19970101",
  ])("rejects %j as YYYY-MM-DD", (text) => expect(parseIsoDay(text)).toBeUndefined());

  it("accepts the compact YYYYMMDD form only where asked", () => {
    expect(parseFlexibleDay("19970930")).toBe(10134);
    expect(parseFlexibleDay("1997-09-30")).toBe(10134);
    expect(parseFlexibleDay("19970931")).toBeUndefined();
  });
});
