import { describe, expect, it } from "vitest";
import { maskAt, regionLabel, summariseOverlap, vennLayout } from "./overlap";

const vip = { id: "a", name: "VIPs" };
const churn = { id: "b", name: "Churn risk" };
const shoes = { id: "c", name: "Shoe fans" };

describe("summariseOverlap", () => {
  it("lists every region of two audiences, filling absent ones with 0", () => {
    const summary = summariseOverlap(
      [vip, churn],
      [
        { audienceIds: ["a"], count: 30 },
        { audienceIds: ["b", "a"], count: 10 },
      ],
    );
    expect(summary.rows.map((row) => [row.label, row.count, row.share])).toEqual([
      ["Only “VIPs”", 30, 0.75],
      ["Only “Churn risk”", 0, 0],
      ["Both “VIPs” and “Churn risk”", 10, 0.25],
    ]);
    expect(summary.sizes).toEqual([40, 10]);
    expect(summary.union).toBe(40);
    expect(summary.common).toBe(10);
  });

  it("orders three audiences' regions singles, pairs, all, and sums each audience's size", () => {
    const summary = summariseOverlap(
      [vip, churn, shoes],
      [
        { audienceIds: ["a"], count: 5 },
        { audienceIds: ["b"], count: 6 },
        { audienceIds: ["c"], count: 7 },
        { audienceIds: ["a", "b"], count: 1 },
        { audienceIds: ["a", "c"], count: 2 },
        { audienceIds: ["b", "c"], count: 3 },
        { audienceIds: ["a", "b", "c"], count: 4 },
      ],
    );
    expect(summary.rows.map((row) => [row.mask, row.count])).toEqual([
      [0b001, 5],
      [0b010, 6],
      [0b100, 7],
      [0b011, 1],
      [0b101, 2],
      [0b110, 3],
      [0b111, 4],
    ]);
    expect(summary.sizes).toEqual([12, 14, 16]);
    expect(summary.union).toBe(28);
    expect(summary.common).toBe(4);
  });

  it("ignores regions naming an audience that was not picked, and the empty region", () => {
    const summary = summariseOverlap(
      [vip, churn],
      [
        { audienceIds: ["zzz"], count: 99 },
        { audienceIds: [], count: 99 },
      ],
    );
    expect(summary.union).toBe(0);
    expect(summary.rows.every((row) => row.count === 0 && row.share === 0)).toBe(true);
  });
});

describe("regionLabel", () => {
  it.each<[number, string]>([
    [0b001, "Only “VIPs”"],
    [0b011, "“VIPs” and “Churn risk” only"],
    [0b110, "“Churn risk” and “Shoe fans” only"],
    [0b111, "All of “VIPs”, “Churn risk” and “Shoe fans”"],
  ])("names region %i of three", (mask, label) => {
    expect(regionLabel(mask, [vip, churn, shoes])).toBe(label);
  });
});

describe("vennLayout", () => {
  it.each<[2 | 3]>([[2], [3]])("puts each of the %i-audience region counts inside its own region", (n) => {
    const layout = vennLayout(n);
    expect(layout.labels.size).toBe((1 << n) - 1);
    for (const [mask, point] of layout.labels) expect(maskAt(layout, point.x, point.y)).toBe(mask);
  });

  it.each<[2 | 3]>([[2], [3]])("keeps the %i circles and their names inside the drawing", (n) => {
    const layout = vennLayout(n);
    for (const circle of layout.circles) {
      expect(circle.cx - circle.r).toBeGreaterThanOrEqual(0);
      expect(circle.cx + circle.r).toBeLessThanOrEqual(layout.width);
      expect(circle.cy - circle.r).toBeGreaterThanOrEqual(0);
      expect(circle.cy + circle.r).toBeLessThanOrEqual(layout.height);
      expect(maskAt(layout, circle.nameX, circle.nameY)).toBe(0);
    }
  });
});
