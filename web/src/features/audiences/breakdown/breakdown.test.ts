import { describe, expect, it } from "vitest";
import { breakdownBars, traitOptions } from "./breakdown";

const shape = (bars: ReturnType<typeof breakdownBars>) =>
  bars.map((bar) => [bar.label, bar.count, bar.share, bar.kind]);

describe("breakdownBars", () => {
  it("sorts values by count, and puts no-value last", () => {
    expect(
      shape(
        breakdownBars([
          { value: null, count: 10 },
          { value: "DE", count: 20 },
          { value: "US", count: 50 },
          { value: "FR", count: 20 },
        ]),
      ),
    ).toEqual([
      ["US", 50, 0.5, "value"],
      ["DE", 20, 0.2, "value"],
      ["FR", 20, 0.2, "value"],
      ["No value", 10, 0.1, "missing"],
    ]);
  });

  it("adds what the top values leave out of the audience as other values", () => {
    expect(
      shape(
        breakdownBars(
          [
            { value: "US", count: 50 },
            { value: null, count: 25 },
          ],
          100,
        ),
      ),
    ).toEqual([
      ["US", 50, 0.5, "value"],
      ["Other values", 25, 0.25, "other"],
      ["No value", 25, 0.25, "missing"],
    ]);
  });

  it.each<[string, number | null | undefined]>([
    ["an unknown size", null],
    ["a size the buckets already cover", 10],
    ["a stale size below the buckets' sum", 4],
  ])("adds no other values for %s", (_, total) => {
    expect(shape(breakdownBars([{ value: "pro", count: 10 }], total))).toEqual([["pro", 10, 1, "value"]]);
  });

  it("shows an empty string as a value, drops empty buckets and survives an empty audience", () => {
    expect(
      shape(
        breakdownBars([
          { value: "", count: 2 },
          { value: "x", count: 0 },
        ]),
      ),
    ).toEqual([['""', 2, 1, "value"]]);
    expect(breakdownBars([], 0)).toEqual([]);
  });
});

describe("traitOptions", () => {
  it("orders traits by how many profiles have them and starts on the most common categorical one", () => {
    const { options, initial } = traitOptions([
      { key: "ltv", type: "number", seen: 900 },
      { key: "plan", type: "string", seen: 400 },
      { key: "country", type: "string", seen: 800 },
      { key: "ghost", type: "string", seen: 0 },
      { key: "company", type: "object", seen: 950 },
      { key: "tags", type: "array", seen: 950 },
    ]);
    expect(options.map((option) => option.key)).toEqual(["ltv", "country", "plan"]);
    expect(initial).toBe("country");
  });

  it("prefers a trait with a known, small set of values over free text", () => {
    const { initial } = traitOptions([
      { key: "city", type: "string", seen: 900, suggestions: [] },
      { key: "plan", type: "string", seen: 800, suggestions: ["free", "pro"] },
    ]);
    expect(initial).toBe("plan");
  });

  it("falls back to any trait, or none", () => {
    expect(traitOptions([{ key: "ltv", type: "number", seen: 3 }]).initial).toBe("ltv");
    expect(traitOptions([]).initial).toBeNull();
  });
});
