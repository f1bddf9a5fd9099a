import { describe, expect, it } from "vitest";
import { compileRules } from "./compiled-rules.js";
import { DEFAULT_IDENTITY_RULES, identityRulesSchema } from "./identity-rules.schema.js";

const D = DEFAULT_IDENTITY_RULES;

describe("identityRulesSchema", () => {
  it("accepts the defaults", () => {
    expect(identityRulesSchema.parse(D)).toEqual(D);
  });

  it("reads rules saved before normalisation was configurable with the default normalisation", () => {
    const { normalization: _omitted, ...saved } = D;
    expect(identityRulesSchema.parse(saved)).toEqual(D);
  });

  it.each([
    ["a regex that does not compile", { ...D, blocked: [{ match: "regex", value: "([" }] }, "blocked.0.value"],
    ["an unknown match kind", { ...D, blocked: [{ match: "glob", value: "*" }] }, "blocked.0.match"],
    ["an empty blocked value", { ...D, blocked: [{ match: "exact", value: "" }] }, "blocked.0.value"],
    ["a bad type name", { ...D, limits: [{ type: "User Id", max: 1 }] }, "limits.0.type"],
    ["a limit of 0", { ...D, limits: [{ type: "user_id", max: 0 }] }, "limits.0.max"],
    ["a fractional limit", { ...D, limits: [{ type: "user_id", max: 1.5 }] }, "limits.0.max"],
    [
      "a limit twice for one type",
      {
        ...D,
        limits: [
          { type: "email", max: 1 },
          { type: "email", max: 2 },
        ],
      },
      "limits",
    ],
    ["a window of 0 days", { ...D, limits: [{ type: "email", max: 5, windowDays: 0 }] }, "limits.0.windowDays"],
    ["a type twice in the priority", { ...D, priority: ["user_id", "user_id"] }, "priority"],
    ["a default limit over 1000", { ...D, defaultLimit: 1001 }, "defaultLimit"],
    [
      "the same trait twice",
      {
        ...D,
        traitIdentifiers: [
          { trait: "a", type: "x" },
          { trait: "a", type: "y" },
        ],
      },
      "traitIdentifiers",
    ],
    ["a missing field", { blocked: [], limits: [], priority: [], traitIdentifiers: [] }, "defaultLimit"],
    [
      "an unknown phone format",
      { ...D, normalization: { ...D.normalization, phone: "national" } },
      "normalization.phone",
    ],
    [
      "a normalisation switch that is not a boolean",
      { ...D, normalization: { ...D.normalization, lowercaseIds: "yes" } },
      "normalization.lowercaseIds",
    ],
    ["a normalisation without its switches", { ...D, normalization: { phone: "e164" } }, "normalization.trim"],
  ])("refuses %s", (_what, input, path) => {
    const result = identityRulesSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(path);
  });
});

describe("compileRules", () => {
  const rules = compileRules({
    ...D,
    limits: [
      { type: "user_id", max: 1 },
      { type: "email", max: 3, windowDays: 7 },
    ],
    priority: ["user_id", "email", "anonymous_id"],
  });
  it("gives each type its limit, else the default", () => {
    expect(rules.limitOf("user_id")).toEqual({ max: 1, windowMs: null });
    expect(rules.limitOf("email")).toEqual({ max: 3, windowMs: 7 * 86_400_000 });
    expect(rules.limitOf("device_id")).toEqual({ max: 5, windowMs: null });
  });
  it("ranks listed types in order and unlisted ones last", () => {
    expect(["device_id", "anonymous_id", "user_id", "email"].sort((a, b) => rules.rank(a) - rules.rank(b))).toEqual([
      "user_id",
      "email",
      "anonymous_id",
      "device_id",
    ]);
  });
});
