import { describe, expect, it } from "vitest";
import { giniFromPareto, paretoRows, revenueShareOfTop } from "./pareto";

/** Top 20% bring 60%, top 50% bring 90%. */
const curve = [
  { customerShare: 0, revenueShare: 0 },
  { customerShare: 0.2, revenueShare: 0.6 },
  { customerShare: 0.5, revenueShare: 0.9 },
  { customerShare: 1, revenueShare: 1 },
];

describe("revenueShareOfTop", () => {
  it.each([
    ["on a point", curve, 0.2, 0.6],
    ["between points (linear)", curve, 0.35, 0.75],
    ["at the start", curve, 0, 0],
    ["at the end", curve, 1, 1],
    ["clamped above 1", curve, 1.5, 1],
    ["without the origin point", curve.slice(1), 0.1, 0.3],
    ["unsorted input", [...curve].reverse(), 0.2, 0.6],
    [
      "equality",
      [
        { customerShare: 0, revenueShare: 0 },
        { customerShare: 1, revenueShare: 1 },
      ],
      0.2,
      0.2,
    ],
  ])("%s", (_name, points, share, expected) => {
    expect(revenueShareOfTop(points, share)).toBeCloseTo(expected, 10);
  });

  it.each([
    ["no points", []],
    ["one point", [{ customerShare: 0, revenueShare: 0 }]],
  ])("is null with %s", (_name, points) => {
    expect(revenueShareOfTop(points, 0.2)).toBeNull();
  });

  it("uses the API's 2% steps", () => {
    // 50 equal steps where each customer share s has revenue share sqrt(s).
    const steps = [
      { customerShare: 0, revenueShare: 0 },
      ...Array.from({ length: 50 }, (_, i) => ({ customerShare: (i + 1) / 50, revenueShare: Math.sqrt((i + 1) / 50) })),
    ];
    expect(revenueShareOfTop(steps, 0.2)).toBeCloseTo(Math.sqrt(0.2), 10);
  });
});

describe("paretoRows", () => {
  it("adds the diagonal of equality and starts at the origin", () => {
    expect(paretoRows(curve.slice(1))).toEqual([
      { customerShare: 0, revenueShare: 0, equality: 0 },
      { customerShare: 0.2, revenueShare: 0.6, equality: 0.2 },
      { customerShare: 0.5, revenueShare: 0.9, equality: 0.5 },
      { customerShare: 1, revenueShare: 1, equality: 1 },
    ]);
  });
});

describe("giniFromPareto", () => {
  it.each([
    [
      "perfect equality",
      [
        { customerShare: 0, revenueShare: 0 },
        { customerShare: 1, revenueShare: 1 },
      ],
      0,
    ],
    // Area = 0.5·0.2·0.6 + 0.5·0.3·1.5 + 0.5·0.5·1.9 = 0.06 + 0.225 + 0.475 = 0.76 → 2·0.76 − 1 = 0.52
    ["the example curve", curve, 0.52],
    [
      "one customer has it all (limit)",
      [
        { customerShare: 0, revenueShare: 0 },
        { customerShare: 0.001, revenueShare: 1 },
        { customerShare: 1, revenueShare: 1 },
      ],
      0.999,
    ],
  ])("%s", (_name, points, expected) => {
    expect(giniFromPareto(points)).toBeCloseTo(expected, 6);
  });

  it("is null for an incomplete curve", () => {
    expect(giniFromPareto(curve.slice(0, 2))).toBeNull();
  });
});
