import { ruleGroupSchema, type BuilderField } from "@mosaic/shared";
import { describe, expect, it } from "vitest";
import { defaultConditionValue, defaultRuleValue } from "./default-values";

const eventField: BuilderField = {
  name: "event",
  value: "event",
  label: "Event",
  kind: "event",
  operators: [],
  values: [
    { name: "Order Completed", value: "Order Completed", label: "Order Completed" },
    { name: "Product Viewed", value: "Product Viewed", label: "Product Viewed" },
  ],
};

describe("defaultConditionValue", () => {
  it.each([
    ["exists", "string", null],
    ["inLast", "date", { amount: 30, unit: "days" }],
    ["between", "number", ["", ""]],
    ["in", "string", []],
    ["=", "boolean", true],
    ["=", "string", ""],
    [">=", "number", ""],
  ] as const)("%s on a %s starts as %j", (operator, type, value) => {
    expect(defaultConditionValue(operator, type)).toEqual(value);
  });
});

describe("defaultRuleValue", () => {
  it.each(["performed", "notPerformed", "firstPerformed", "lastPerformed"])(
    "gives a %s rule a valid value on the most frequent event",
    (operator) => {
      const value = defaultRuleValue({ field: "event", operator }, eventField);
      expect(value).toMatchObject({ event: "Order Completed" });
      const parsed = ruleGroupSchema.safeParse({ combinator: "and", rules: [{ field: "event", operator, value }] });
      expect(parsed.success).toBe(true);
    },
  );

  it("starts a sequence on two events and an aggregate waiting for its property and number", () => {
    const sequence = defaultRuleValue({ field: "sequence", operator: "performedInOrder" }, eventField);
    expect(
      ruleGroupSchema.safeParse({
        combinator: "and",
        rules: [{ field: "sequence", operator: "performedInOrder", value: sequence }],
      }).success,
    ).toBe(true);
    expect(defaultRuleValue({ field: "event", operator: "aggregate" }, eventField)).toMatchObject({
      fn: "sum",
      property: "",
    });
  });

  it("uses the field's value type for traits", () => {
    const field: BuilderField = { ...eventField, name: "traits.vip", kind: "trait", valueType: "boolean" };
    expect(defaultRuleValue({ field: "traits.vip", operator: "=" }, field)).toBe(true);
    expect(defaultRuleValue({ field: "traits.vip", operator: "exists" }, field)).toBeNull();
  });
});
