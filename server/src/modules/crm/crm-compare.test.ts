import { describe, expect, it } from "vitest";
import type { SideValue } from "./crm-catalog.js";
import { compareField, median, survivor } from "./crm-compare.js";

const v = (value: string | null, at: string | null = null, key = value?.toLowerCase() ?? null): SideValue => ({
  value,
  key,
  at,
});
const JAN = "2026-01-01T00:00:00Z";
const JAN_20 = "2026-01-20T00:00:00Z";
const MAR = "2026-03-01T00:00:00Z";

describe("compareField", () => {
  it.each([
    ["both empty", v(null), v(null), "empty", null],
    ["CRM only", v("a"), v(null), "crm_only", null],
    ["CDP only", v(null), v("a"), "cdp_only", null],
    ["equal after normalisation", v("Ada", JAN), v("ADA", MAR), "match", null],
    ["different, close in time", v("a", JAN), v("b", JAN_20), "conflict", null],
    ["different, no time on one side", v("a", null), v("b", MAR), "conflict", null],
    ["different, CRM much older", v("a", JAN), v("b", MAR), "stale", "crm"],
    ["different, CDP much older", v("a", MAR), v("b", JAN), "stale", "cdp"],
  ])("%s", (_name, crm, cdp, status, older) => {
    expect(compareField(crm, cdp)).toEqual({ status, older });
  });
});

describe("survivor", () => {
  it.each([
    ["crm_wins", v("c", JAN), v("p", MAR), { value: "c", side: "crm" }],
    ["cdp_wins", v("c", MAR), v("p", JAN), { value: "p", side: "cdp" }],
    ["most_recent", v("c", MAR), v("p", JAN), { value: "c", side: "crm" }],
    ["most_recent", v("c", JAN), v("p", MAR), { value: "p", side: "cdp" }],
    ["most_recent", v("c", JAN), v("p", JAN), { value: "p", side: "cdp" }],
    ["most_recent", v("c", null), v("p", JAN), { value: "p", side: "cdp" }],
    ["most_recent", v("c", JAN), v("p", null), { value: "c", side: "crm" }],
    ["crm_wins", v(null), v("p", JAN), { value: "p", side: "cdp" }],
    ["cdp_wins", v("c", JAN), v(null), { value: "c", side: "crm" }],
    ["cdp_wins", v(null), v(null), null],
  ] as const)("%s %j %j", (rule, crm, cdp, expected) => {
    expect(survivor(rule, crm, cdp)).toEqual(expected);
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])("%j → %s", (values, expected) => expect(median(values)).toBe(expected));
});
