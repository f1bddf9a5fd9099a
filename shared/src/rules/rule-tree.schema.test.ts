import { describe, expect, it } from "vitest";
import { countRules, ruleDepth, ruleGroupSchema } from "./rule-tree.schema.js";

const group = (...rules: unknown[]) => ({ combinator: "and", rules });

describe("rule tree schema", () => {
  it.each([
    ["a flat group", group({ field: "traits.country", operator: "=", value: "US" })],
    [
      "nested groups with not",
      {
        combinator: "or",
        rules: [
          {
            combinator: "and",
            not: true,
            rules: [{ field: "traits.plan", operator: "in", value: ["pro", "business"] }],
          },
          { field: "traits.age", operator: ">=", value: 30 },
        ],
      },
    ],
    ["a relative date", group({ field: "traits.signup", operator: "inLast", value: { amount: 30, unit: "days" } })],
    ["a date range", group({ field: "traits.signup", operator: "between", value: ["2026-01-01", "2026-01-31"] })],
    ["an exists rule with the builder's empty value", group({ field: "traits.email", operator: "exists", value: "" })],
    ["a computed trait", group({ field: "computed.lifetime_value", operator: ">=", value: "500" })],
    ["an identifier", group({ field: "identifiers.email", operator: "endsWith", value: "@gmail.com" })],
    [
      "an event count with a window and a property filter",
      group({
        field: "event",
        operator: "performed",
        value: {
          event: "Order Completed",
          count: { op: "atLeast", n: 3 },
          window: { operator: "inLast", value: { amount: 30, unit: "days" } },
          where: [{ property: "category", operator: "=", value: "shoes" }],
        },
      }),
    ],
    ["not performed", group({ field: "event", operator: "notPerformed", value: { event: "$page" } })],
    [
      "last performed",
      group({
        field: "event",
        operator: "lastPerformed",
        value: { event: "Order Completed", when: { operator: "moreThanAgo", value: { amount: 90, unit: "days" } } },
      }),
    ],
    [
      "an aggregate",
      group({
        field: "event",
        operator: "aggregate",
        value: { event: "Order Completed", fn: "sum", property: "revenue", compare: { operator: ">=", value: 500 } },
      }),
    ],
    [
      "a sequence",
      group({
        field: "sequence",
        operator: "performedInOrder",
        value: {
          steps: [{ event: "Product Viewed" }, { event: "Order Completed" }],
          within: { amount: 7, unit: "days" },
        },
      }),
    ],
    ["an audience", group({ field: "audience", operator: "memberOf", value: "0b7d3c38-2f0c-4a8e-9a57-1d2f9f0c2a11" })],
  ])("accepts %s", (_name, tree) => {
    const parsed = ruleGroupSchema.safeParse(tree);
    expect(parsed.error?.issues).toBeUndefined();
  });

  it.each([
    ["an unknown combinator", { combinator: "xor", rules: [] }, "combinator"],
    ["a rule without a field", group({ operator: "=", value: 1 }), "rules.0.field"],
    ["an unknown field kind", group({ field: "profile.x", operator: "=", value: 1 }), "rules.0.field"],
    ["an object value for =", group({ field: "traits.f", operator: "=", value: { $gt: 1 } }), "rules.0.value"],
    ["a non-finite number", group({ field: "traits.f", operator: "<", value: Infinity }), "rules.0.value"],
    ["an unknown operator", group({ field: "traits.f", operator: "~*", value: "x" }), "rules.0.operator"],
    ["SQL in an operator", group({ field: "traits.f", operator: "= 1 OR 1=1 --", value: "x" }), "rules.0.operator"],
    ["a reversed range", group({ field: "traits.f", operator: "between", value: [5, 1] }), "rules.0.value"],
    ["a bad date", group({ field: "traits.f", operator: "before", value: "2026-02-30" }), "rules.0.value"],
    [
      "a relative date in hours as text",
      group({ field: "traits.f", operator: "inLast", value: "30 days" }),
      "rules.0.value",
    ],
    [
      "a negative event count",
      group({ field: "event", operator: "performed", value: { event: "A", count: { op: "atLeast", n: -1 } } }),
      "rules.0.value.count.n",
    ],
    [
      "a one-step sequence",
      group({
        field: "sequence",
        operator: "performedInOrder",
        value: { steps: [{ event: "A" }], within: { amount: 1, unit: "days" } },
      }),
      "rules.0.value.steps",
    ],
    [
      "an audience that is not an id",
      group({ field: "audience", operator: "memberOf", value: "x' OR 1=1" }),
      "rules.0.value",
    ],
    [
      "comparing with another field",
      group({ field: "traits.a", operator: "=", value: "traits.b", valueSource: "field" }),
      "rules.0.valueSource",
    ],
    [
      "a nested error",
      { combinator: "or", rules: [group(), group({ field: "traits.a", operator: "between", value: [1] })] },
      "rules.1.rules.0.value",
    ],
  ])("rejects %s, naming the path", (_name, tree, path) => {
    const parsed = ruleGroupSchema.safeParse(tree);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("normalises what a plain builder input produces", () => {
    const parsed = ruleGroupSchema.parse(
      group(
        { field: "traits.age", operator: "between", value: "18, 30" },
        { field: "traits.plan", operator: "in", value: "pro,business" },
        { field: "traits.vip", operator: "notExists", value: "" },
        { field: "event", operator: "performed", value: { event: "A" } },
      ),
    );
    expect(parsed.rules).toEqual([
      { field: "traits.age", operator: "between", value: [18, 30] },
      { field: "traits.plan", operator: "in", value: ["pro", "business"] },
      { field: "traits.vip", operator: "notExists", value: null },
      { field: "event", operator: "performed", value: { event: "A", count: { op: "atLeast", n: 1 }, where: [] } },
    ]);
  });

  it("measures depth and counts rules", () => {
    const tree = ruleGroupSchema.parse(
      group({ combinator: "or", rules: [{ field: "traits.a", operator: "exists", value: null }] }),
    );
    expect(ruleDepth(tree)).toBe(2);
    expect(countRules(tree)).toBe(1);
  });
});
