import { describe, expect, it } from "vitest";
import { parseTrace, traceRows, valueText } from "./trace";

const orders = {
  type: "condition",
  path: "rules[0]",
  field: "event",
  operator: "performed",
  subject: "Order Completed count in the last 30 days",
  expected: "≥ 3",
  actual: 4,
  holds: true,
  text: "Order Completed count in the last 30 days = 4 (needs ≥ 3) ✓",
};
const country = {
  type: "condition",
  path: "rules[1].rules[0]",
  field: "traits.country",
  operator: "=",
  subject: "country",
  expected: '= "US"',
  actual: null,
  holds: false,
  text: 'country = none (needs = "US") ✗',
};
const vip = {
  type: "condition",
  path: "rules[1].rules[1].rules[0]",
  field: "traits.vip",
  operator: "=",
  subject: "vip",
  expected: "= true",
  actual: true,
  holds: true,
  text: "vip = true (needs = true) ✓",
};
const trace = {
  type: "group",
  path: "",
  combinator: "and",
  not: false,
  holds: true,
  children: [
    orders,
    {
      type: "group",
      path: "rules[1]",
      combinator: "or",
      not: false,
      holds: true,
      children: [
        country,
        {
          type: "audience",
          path: "rules[1].rules[1]",
          audienceId: "0b7d3c38-2f0c-4a8e-9a57-1d2f9f0c2a11",
          name: "VIPs",
          negated: false,
          holds: true,
          child: {
            type: "group",
            path: "rules[1].rules[1]",
            combinator: "and",
            not: false,
            holds: true,
            children: [vip],
          },
        },
      ],
    },
  ],
};

describe("parseTrace", () => {
  it.each<[string, unknown]>([
    ["not an object", "yes"],
    ["an unknown node type", { type: "leaf", holds: true }],
    ["a node without holds", { ...orders, holds: "yes" }],
    ["a group with a broken child", { ...trace, children: [{ type: "condition", holds: true }] }],
    ["a group with an unknown combinator", { ...trace, combinator: "xor" }],
    ["an audience without its rules", { type: "audience", holds: true, name: "VIPs" }],
  ])("rejects %s", (_, value) => {
    expect(parseTrace(value)).toBeNull();
  });

  it("keeps the tree and drops fields the page does not use", () => {
    const parsed = parseTrace(trace);
    expect(parsed?.type).toBe("group");
    expect(parsed && parsed.type === "group" ? parsed.children.length : 0).toBe(2);
  });
});

describe("traceRows", () => {
  it("flattens groups and audience rules depth first, with the deciding values", () => {
    const parsed = parseTrace(trace);
    if (!parsed) throw new Error("trace did not parse");
    expect(traceRows(parsed).map((row) => [row.depth, row.kind, row.holds, row.label, row.detail])).toEqual([
      [0, "group", true, "All of these", "2 of 2 hold"],
      [1, "condition", true, "Order Completed count in the last 30 days = 4 (needs ≥ 3)", "4"],
      [1, "group", true, "Any of these", "1 of 2 hold"],
      [2, "condition", false, 'country = none (needs = "US")', "none"],
      [2, "audience", true, "In audience “VIPs”", "is a member"],
      [3, "group", true, "All of these", "1 of 1 hold"],
      [4, "condition", true, "vip = true (needs = true)", "true"],
    ]);
  });

  it.each<[boolean, "and" | "or", string]>([
    [false, "and", "All of these"],
    [false, "or", "Any of these"],
    [true, "and", "Not all of these"],
    [true, "or", "None of these"],
  ])("names a group with not=%s and %s", (not, combinator, label) => {
    const parsed = parseTrace({ type: "group", path: "", combinator, not, holds: false, children: [] });
    if (!parsed) throw new Error("trace did not parse");
    expect(traceRows(parsed)).toEqual([
      { key: "", depth: 0, kind: "group", holds: false, label, detail: "no conditions" },
    ]);
  });

  it("says when a negated audience rule holds because the profile is not a member", () => {
    const parsed = parseTrace({
      type: "audience",
      path: "rules[0]",
      audienceId: "a",
      name: "Churned",
      negated: true,
      holds: true,
      child: { ...country, path: "rules[0].rules[0]" },
    });
    if (!parsed) throw new Error("trace did not parse");
    expect(
      traceRows(parsed)
        .slice(0, 1)
        .map((row) => [row.label, row.detail]),
    ).toEqual([["Not in audience “Churned”", "is not a member"]]);
  });
});

describe("valueText", () => {
  it.each<[unknown, string]>([
    [null, "none"],
    [[], "none"],
    [["a", 2], "a, 2"],
    [false, "false"],
    [0.293841564160612, "0.2938"],
    [380.35, "380.35"],
    [12, "12"],
    [{ a: 1 }, '{"a":1}'],
  ])("prints %j as %s", (value, text) => {
    expect(valueText(value)).toBe(text);
  });
});
