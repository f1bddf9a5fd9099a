import { describe, expect, it } from "vitest";
import { type CohortCurve, defaultGrouping, groupCohorts, groupCount, MAX_COHORT_LINES } from "./cohorts";

/** A cohort whose cumulative value grows by `step` a month, observed for `months` months after the first. */
function cohort(name: string, customers: number, months: number, step = 10): CohortCurve {
  return {
    cohort: name,
    customers,
    points: Array.from({ length: months + 1 }, (_, m) => ({ month: m, value: step * (m + 1) })),
  };
}

/** 18 monthly cohorts, Jan 2024 .. Jun 2025, the data ending in Jun 2025. */
const eighteen = Array.from({ length: 18 }, (_, i) => {
  const year = 2024 + Math.floor(i / 12);
  const month = (i % 12) + 1;
  return cohort(`${year}-${String(month).padStart(2, "0")}`, 100, 17 - i);
});

describe("groupCohorts", () => {
  it("weights a quarter's months by each cohort's customers", () => {
    const chart = groupCohorts(
      [
        {
          cohort: "2024-01",
          customers: 100,
          points: [
            { month: 0, value: 10 },
            { month: 1, value: 20 },
            { month: 2, value: 30 },
          ],
        },
        {
          cohort: "2024-02",
          customers: 300,
          points: [
            { month: 0, value: 50 },
            { month: 1, value: 60 },
          ],
        },
      ],
      "quarter",
    );
    expect(chart.series).toEqual([
      { key: "c0", label: "Q1 2024", customers: 400, cohorts: ["2024-01", "2024-02"], lastMonth: 1 },
    ]);
    // (100·10 + 300·50) / 400 = 40; (100·20 + 300·60) / 400 = 50; month 2 only for Jan: the line stops at 1.
    expect(chart.rows).toEqual([
      { month: 0, c0: 40 },
      { month: 1, c0: 50 },
    ]);
    expect(chart.hidden).toBe(0);
  });

  it.each([
    ["month", 7, 11, "Dec 2024", "Jun 2025"],
    ["quarter", 6, 0, "Q1 2024", "Q2 2025"],
    ["year", 2, 0, "2024", "2025"],
  ] as const)("18 monthly cohorts by %s: %i lines, %i hidden, %s … %s", (grouping, lines, hidden, first, last) => {
    const chart = groupCohorts(eighteen, grouping);
    expect(chart.series).toHaveLength(lines);
    expect(chart.hidden).toBe(hidden);
    expect(chart.series[0]?.label).toBe(first);
    expect(chart.series.at(-1)?.label).toBe(last);
    expect(chart.series.map((s) => s.key)).toEqual(Array.from({ length: lines }, (_, i) => `c${i}`));
  });

  it("stops each quarter where its youngest cohort stops", () => {
    const chart = groupCohorts(eighteen, "quarter");
    // Q1 2024's youngest cohort (Mar 2024) has 15 months after its first; Q2 2025's (Jun 2025) has none.
    expect(chart.series.map((s) => s.lastMonth)).toEqual([15, 12, 9, 6, 3, 0]);
    expect(chart.rows).toHaveLength(16);
    expect(chart.rows[15]).toEqual({ month: 15, c0: 160 });
    expect(chart.rows[0]).toEqual({ month: 0, c0: 10, c1: 10, c2: 10, c3: 10, c4: 10, c5: 10 });
  });

  it("keeps the most recent groups under the limit", () => {
    const chart = groupCohorts(eighteen, "month", 3);
    expect(chart.series.map((s) => s.cohorts[0])).toEqual(["2025-04", "2025-05", "2025-06"]);
    expect(chart.hidden).toBe(15);
  });

  it("sorts its input, ignores empty cohorts and keeps unknown labels as they are", () => {
    const chart = groupCohorts([cohort("2024-02", 5, 1), cohort("2024-01", 0, 2), cohort("legacy", 2, 0)], "quarter");
    expect(chart.series.map((s) => [s.label, s.customers])).toEqual([
      ["Q1 2024", 5],
      ["legacy", 2],
    ]);
  });

  it("gives an empty chart for no cohorts", () => {
    expect(groupCohorts([], "quarter")).toEqual({ series: [], rows: [], hidden: 0 });
  });
});

describe("defaultGrouping and groupCount", () => {
  it.each([
    ["few cohorts", eighteen.slice(0, 5), "month"],
    ["seven cohorts", eighteen.slice(0, MAX_COHORT_LINES), "month"],
    ["18 months", eighteen, "quarter"],
    [
      "three years",
      Array.from({ length: 36 }, (_, i) =>
        cohort(`${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, 1, 0),
      ),
      "year",
    ],
  ] as const)("%s → %s", (_name, cohorts, grouping) => {
    expect(defaultGrouping(cohorts)).toBe(grouping);
  });

  it.each([
    ["month", 18],
    ["quarter", 6],
    ["year", 2],
  ] as const)("%s → %i", (grouping, count) => {
    expect(groupCount(eighteen, grouping)).toBe(count);
  });
});
