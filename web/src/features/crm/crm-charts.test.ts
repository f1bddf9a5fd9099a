import { describe, expect, it } from "vitest";
import { conflictBars, coverageBars, displayValue, formatAge, percentAxisMax } from "./crm-charts";

const base = { compared: 0, conflicts: 0, stale: 0 };
const STATS = [
  {
    ...base,
    key: "email",
    label: "Email",
    kind: "shared" as const,
    crmCoverage: 0.961,
    cdpCoverage: 1,
    conflictRate: 0,
    compared: 9,
  },
  {
    ...base,
    key: "phone",
    label: "Phone",
    kind: "shared" as const,
    crmCoverage: 0.5,
    cdpCoverage: 0.25,
    conflictRate: 0.8456,
    compared: 4,
    conflicts: 3,
    stale: 2,
  },
  {
    ...base,
    key: "city",
    label: "City",
    kind: "shared" as const,
    crmCoverage: 0,
    cdpCoverage: 0.5,
    conflictRate: null,
  },
  { ...base, key: "owner", label: "Owner", kind: "crm" as const, crmCoverage: 0.66, cdpCoverage: null },
  { ...base, key: "trait:plan", label: "plan (trait)", kind: "cdp" as const, crmCoverage: null, cdpCoverage: 1 },
];

describe("coverageBars", () => {
  it("gives percentages per side, null where a side cannot hold the field, and leaves extra traits out", () => {
    expect(coverageBars(STATS)).toEqual([
      { key: "email", label: "Email", crm: 96.1, cdp: 100 },
      { key: "phone", label: "Phone", crm: 50, cdp: 25 },
      { key: "city", label: "City", crm: 0, cdp: 50 },
      { key: "owner", label: "Owner", crm: 66, cdp: null },
    ]);
  });
});

describe("conflictBars", () => {
  it("keeps shared fields with compared values, worst first", () => {
    expect(conflictBars(STATS).map((b) => [b.key, b.rate, b.stale])).toEqual([
      ["phone", 84.6, 2],
      ["email", 0, 0],
    ]);
  });
});

describe("formatAge", () => {
  it.each([
    [null, "—"],
    [0.2, "< 1 d"],
    [12.4, "12 d"],
    [91, "3 mo"],
    [800, "2.2 y"],
  ])("%s → %s", (days, expected) => expect(formatAge(days)).toBe(expected));
});

describe("displayValue", () => {
  const day = (iso: string) => iso.slice(0, 10);
  it.each([
    ["2026-10-06T15:03:33.725Z", "2026-10-06"],
    ["2026-13-45T99:99", "2026-13-45T99:99"],
    ["+33739149899", "+33739149899"],
    ["2026", "2026"],
  ])("%s → %s", (value, expected) => expect(displayValue(value, day)).toBe(expected));
});

describe("percentAxisMax", () => {
  it.each([
    [[], 10],
    [[8.4, 5.3], 10],
    [[12.1], 15],
    [[99.5], 100],
  ])("%j → %s", (values, expected) => expect(percentAxisMax(values)).toBe(expected));
});
