import { describe, expect, it } from "vitest";
import { backfillSpans } from "./backfill-spans.js";

describe("backfillSpans", () => {
  it.each([
    ["no events", null, null, 0, 100, [[null, null]]],
    ["one day", "2026-01-01", "2026-01-01", 500, 100, [[null, null]]],
    ["few events: one span", "2026-01-01", "2026-01-31", 50, 100, [[null, null]]],
    [
      "about 100 events a span over 10 days",
      "2026-01-01",
      "2026-01-10",
      400,
      100,
      [
        [null, "2026-01-03"],
        ["2026-01-03", "2026-01-05"],
        ["2026-01-05", "2026-01-07"],
        ["2026-01-07", "2026-01-09"],
        ["2026-01-09", null],
      ],
    ],
    [
      "never shorter than a day",
      "2026-02-27",
      "2026-03-01",
      1_000_000,
      100,
      [
        [null, "2026-02-28"],
        ["2026-02-28", "2026-03-01"],
        ["2026-03-01", null],
      ],
    ],
  ] as const)("%s", (_, first, last, events, spanEvents, expected) => {
    expect(backfillSpans(first, last, events, spanEvents).map((s) => [s.from, s.to])).toEqual(expected);
  });

  it("covers every day exactly once: open at both ends, each span starting where the last ended", () => {
    const spans = backfillSpans("2025-05-24", "2026-11-23", 6_000_000);
    expect(spans[0]?.from).toBeNull();
    expect(spans.at(-1)?.to).toBeNull();
    spans.slice(1).forEach((s, i) => expect(s.from).toBe(spans[i]?.to));
    expect(spans.length).toBeGreaterThan(40);
    expect(spans.length).toBeLessThan(80);
  });
});
