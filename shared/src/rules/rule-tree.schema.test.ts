import { describe, expect, it } from "vitest";
import { ruleDepth, ruleGroupSchema } from "./rule-tree.schema.js";

describe("rule tree schema", () => {
  it.each([
    ["a flat group", { combinator: "and", rules: [{ field: "traits.country", operator: "=", value: "US" }] }],
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
  ])("accepts %s", (_name, tree) => {
    expect(ruleGroupSchema.safeParse(tree).success).toBe(true);
  });

  it.each([
    ["an unknown combinator", { combinator: "xor", rules: [] }],
    ["a rule without a field", { combinator: "and", rules: [{ operator: "=", value: 1 }] }],
    ["an object value", { combinator: "and", rules: [{ field: "f", operator: "=", value: { $gt: 1 } }] }],
    ["a non-finite number", { combinator: "and", rules: [{ field: "f", operator: "=", value: Infinity }] }],
  ])("rejects %s", (_name, tree) => {
    expect(ruleGroupSchema.safeParse(tree).success).toBe(false);
  });

  it("measures depth", () => {
    expect(ruleDepth({ combinator: "and", rules: [{ combinator: "or", rules: [] }] })).toBe(2);
  });
});
