import { describe, expect, it } from "vitest";
import { compileRules } from "./compiled-rules.js";
import { extractIdentifiers, type IdentitySource } from "./identifiers.js";
import { DEFAULT_IDENTITY_RULES, type IdentityRules } from "./identity-rules.schema.js";

const rules = compileRules(DEFAULT_IDENTITY_RULES);
const message = (overrides: Partial<IdentitySource>): IdentitySource => ({
  userId: null,
  anonymousId: null,
  traits: null,
  context: {},
  previousId: null,
  ...overrides,
});
const ids = (source: Partial<IdentitySource>, r = rules) =>
  extractIdentifiers(message(source), r).identifiers.map((i) => `${i.type}=${i.value}`);

describe("extractIdentifiers", () => {
  it.each<[string, Partial<IdentitySource>, string[]]>([
    ["userId and anonymousId", { userId: "u1", anonymousId: "a1" }, ["user_id=u1", "anonymous_id=a1"]],
    [
      "email and phone from traits",
      { userId: "u1", traits: { email: "Ada@X.io", phone: "+1 415 555 0100" } },
      ["user_id=u1", "email=ada@x.io", "phone=+14155550100"],
    ],
    [
      "email from context.traits",
      { anonymousId: "a1", context: { traits: { email: "c@x.io" } } },
      ["anonymous_id=a1", "email=c@x.io"],
    ],
    [
      "the same email twice counts once",
      { anonymousId: "a1", traits: { email: "c@x.io" }, context: { traits: { email: "C@X.IO" } } },
      ["anonymous_id=a1", "email=c@x.io"],
    ],
    [
      "traits and context.traits with different emails",
      { anonymousId: "a1", traits: { email: "t@x.io" }, context: { traits: { email: "c@x.io" } } },
      ["anonymous_id=a1", "email=t@x.io", "email=c@x.io"],
    ],
    [
      "context.externalIds",
      {
        userId: "u1",
        context: {
          externalIds: [
            { id: "idfa-1", type: "ios.idfa", collection: "users", encoding: "none" },
            { id: "c-9", type: "CRM_ID" },
          ],
        },
      },
      ["user_id=u1", "ios.idfa=idfa-1", "crm_id=c-9"],
    ],
    [
      "externalIds of a known type are normalised like it",
      { anonymousId: "a1", context: { externalIds: [{ id: "X@Y.io", type: "email" }] } },
      ["anonymous_id=a1", "email=x@y.io"],
    ],
    [
      "malformed externalIds are skipped",
      { anonymousId: "a1", context: { externalIds: [null, { id: "1" }, { id: "2", type: "bad type!" }, "x"] } },
      ["anonymous_id=a1"],
    ],
    [
      "externalIds that is not an array",
      { anonymousId: "a1", context: { externalIds: { id: "1", type: "t" } } },
      ["anonymous_id=a1"],
    ],
    [
      "an invalid email is not an identifier",
      { anonymousId: "a1", traits: { email: "not-an-email" } },
      ["anonymous_id=a1"],
    ],
    ["blocked: all zeros", { userId: "0", anonymousId: "00000000-0000-0000-0000-000000000000" }, []],
    ["blocked: -1, null, undefined", { userId: "-1", anonymousId: "null", traits: { email: "undefined" } }, []],
    ["blocked: anonymous, case-insensitive", { anonymousId: "Anonymous" }, []],
    [
      "blocked: placeholder emails",
      { anonymousId: "a1", traits: { email: "test@example.com" }, context: { traits: { email: "user@domain.com" } } },
      ["anonymous_id=a1"],
    ],
    [
      "not blocked: a real example.com address",
      { anonymousId: "a1", traits: { email: "ada@example.com" } },
      ["anonymous_id=a1", "email=ada@example.com"],
    ],
    ["blocked: placeholder phones", { anonymousId: "a1", traits: { phone: "123-456-7890" } }, ["anonymous_id=a1"]],
  ])("%s", (_what, source, expected) => {
    expect(ids(source)).toEqual(expected);
  });

  it("promotes configured trait keys and applies custom blocked values per type", () => {
    const custom: IdentityRules = {
      ...DEFAULT_IDENTITY_RULES,
      blocked: [
        ...DEFAULT_IDENTITY_RULES.blocked,
        { types: ["loyalty_id"], match: "exact", value: "NONE-SET" },
        { match: "regex", value: "^guest-" },
      ],
      traitIdentifiers: [{ trait: "loyaltyId", type: "loyalty_id" }],
    };
    const r = compileRules(custom);
    expect(ids({ userId: "u1", traits: { loyaltyId: 777 } }, r)).toEqual(["user_id=u1", "loyalty_id=777"]);
    expect(ids({ userId: "u1", traits: { loyaltyId: "none-set" } }, r)).toEqual(["user_id=u1"]);
    expect(ids({ userId: "none-set", anonymousId: "guest-1" }, r)).toEqual(["user_id=none-set"]);
  });

  it("reads alias previousId unless blocked", () => {
    expect(extractIdentifiers(message({ userId: "u1", previousId: " a-9 " }), rules).aliasOf).toBe("a-9");
    expect(extractIdentifiers(message({ userId: "u1", previousId: "anonymous" }), rules).aliasOf).toBeNull();
  });
});
