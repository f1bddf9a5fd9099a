import { describe, expect, it } from "vitest";
import { countConditions, parseRuleGroup, ruleGroupToText } from "./rule-text";

/** Trees go through the shared schema first, as stored rules do in the app. */
function text(raw: unknown, names = {}): string {
  const tree = parseRuleGroup(raw);
  if (!tree) throw new Error(`not a rule tree: ${JSON.stringify(raw)}`);
  return ruleGroupToText(tree, names);
}

const one = (rule: unknown) => text({ combinator: "and", rules: [rule] });

describe("trait rules", () => {
  it("drops the traits prefix and keeps operators short", () => {
    expect(one({ field: "traits.country", operator: "=", value: "US" })).toBe("country = US");
    expect(one({ field: "traits.age", operator: ">=", value: 18 })).toBe("age ≥ 18");
    expect(one({ field: "traits.plan", operator: "!=", value: "free" })).toBe("plan ≠ free");
    expect(one({ field: "traits.email", operator: "endsWith", value: "@acme.com" })).toBe("email ends with @acme.com");
    expect(one({ field: "traits.vip", operator: "=", value: true })).toBe("vip = true");
  });

  it("lists values and reads ranges, from arrays or the builder's comma text", () => {
    expect(one({ field: "traits.plan", operator: "in", value: ["pro", "business"] })).toBe("plan in pro, business");
    expect(one({ field: "traits.plan", operator: "notIn", value: "free, trial" })).toBe("plan not in free, trial");
    expect(one({ field: "traits.ltv", operator: "between", value: [100, 1000] })).toBe("ltv between 100 and 1000");
    expect(one({ field: "traits.ltv", operator: "notBetween", value: "5, 10" })).toBe("ltv not between 5 and 10");
  });

  it("reads existence and dates", () => {
    expect(one({ field: "traits.phone", operator: "exists", value: "" })).toBe("phone is known");
    expect(one({ field: "traits.phone", operator: "notExists", value: null })).toBe("phone is unknown");
    expect(one({ field: "traits.signup", operator: "inLast", value: { amount: 30, unit: "days" } })).toBe(
      "signup in the last 30 days",
    );
    expect(one({ field: "traits.signup", operator: "before", value: "2026-01-01" })).toBe("signup before 2026-01-01");
  });
});

describe("other rule kinds", () => {
  it("names computed traits and identifiers", () => {
    expect(one({ field: "computed.lifetime_value", operator: ">=", value: "500" })).toBe(
      "lifetime value (historical) ≥ 500",
    );
    expect(one({ field: "identifiers.email", operator: "exists", value: "" })).toBe("has email");
    expect(one({ field: "identifiers.user_id", operator: "notExists", value: "" })).toBe("has no user id");
  });

  it("describes behaviour: counts, windows and property filters", () => {
    expect(
      one({
        field: "event",
        operator: "performed",
        value: {
          event: "Order Completed",
          count: { op: "atLeast", n: 3 },
          window: { operator: "inLast", value: { amount: 30, unit: "days" } },
          where: [{ property: "category", operator: "=", value: "shoes" }],
        },
      }),
    ).toBe("performed Order Completed at least 3 times where category = shoes in the last 30 days");
    expect(one({ field: "event", operator: "performed", value: { event: "Signed Up" } })).toBe("performed Signed Up");
    expect(one({ field: "event", operator: "notPerformed", value: { event: "$page" } })).toBe(
      "did not perform any page view",
    );
    expect(
      one({
        field: "event",
        operator: "lastPerformed",
        value: { event: "Order Completed", when: { operator: "moreThanAgo", value: { amount: 90, unit: "days" } } },
      }),
    ).toBe("last performed Order Completed more than 90 days ago");
    expect(
      one({
        field: "event",
        operator: "aggregate",
        value: { event: "Order Completed", fn: "sum", property: "revenue", compare: { operator: ">=", value: 500 } },
      }),
    ).toBe("total revenue of Order Completed ≥ 500");
  });

  it("describes sequences and audience membership", () => {
    expect(
      one({
        field: "sequence",
        operator: "performedInOrder",
        value: {
          steps: [{ event: "Product Viewed" }, { event: "Order Completed" }],
          within: { amount: 7, unit: "days" },
        },
      }),
    ).toBe("performed Product Viewed, then Order Completed within 7 days");
    const id = "0b7d3c38-2f0c-4a8e-9a57-1d2f9f0c2a11";
    const rule = { field: "audience", operator: "notMemberOf", value: id };
    expect(text({ combinator: "and", rules: [rule] }, { audienceName: () => "VIPs" })).toBe("not in VIPs");
    expect(one(rule)).toBe("not in audience 0b7d3c38");
  });
});

describe("groups", () => {
  it("renders the example from the issue", () => {
    expect(
      text({
        combinator: "and",
        rules: [
          { field: "traits.country", operator: "=", value: "US" },
          { combinator: "or", rules: [{ field: "traits.plan", operator: "in", value: ["pro", "business"] }] },
        ],
      }),
    ).toBe("country = US AND (plan in pro, business)");
  });

  it("parenthesises nested groups and negations", () => {
    expect(
      text({
        combinator: "or",
        rules: [
          { field: "traits.vip", operator: "=", value: true },
          {
            combinator: "and",
            not: true,
            rules: [
              { field: "traits.country", operator: "=", value: "US" },
              { field: "traits.plan", operator: "=", value: "free" },
            ],
          },
        ],
      }),
    ).toBe("vip = true OR NOT (country = US AND plan = free)");
    expect(
      text({ combinator: "and", not: true, rules: [{ field: "traits.plan", operator: "=", value: "free" }] }),
    ).toBe("NOT (plan = free)");
  });

  it("leaves muted rules out and says an empty tree matches everyone", () => {
    const tree = {
      combinator: "and",
      rules: [
        { field: "traits.country", operator: "=", value: "US" },
        { field: "traits.plan", operator: "=", value: "free", muted: true },
      ],
    };
    expect(text(tree)).toBe("country = US");
    expect(countConditions(parseRuleGroup(tree) ?? { combinator: "and", rules: [] })).toBe(1);
    expect(text({ combinator: "and", rules: [] })).toBe("all profiles");
    expect(text({ combinator: "and", rules: [{ combinator: "or", rules: [] }] })).toBe("(no conditions)");
  });
});

describe("parseRuleGroup", () => {
  it("rejects anything that is not a rule tree", () => {
    expect(parseRuleGroup({ foo: "bar" })).toBeNull();
    expect(parseRuleGroup({ combinator: "xor", rules: [] })).toBeNull();
    expect(parseRuleGroup({ combinator: "and", rules: [{ field: "profile.x", operator: "=", value: 1 }] })).toBeNull();
  });
});
