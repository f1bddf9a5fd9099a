import { describe, expect, it } from "vitest";
import {
  fromDraft,
  knownTypes,
  moveItem,
  newTypeProblem,
  normalisationOf,
  removeAt,
  replaceAt,
  sameRules,
  toDraft,
  type SavedRules,
} from "./rules-draft";

const saved: SavedRules = {
  defaultLimit: 5,
  priority: ["user_id", "email", "anonymous_id"],
  limits: [
    { type: "user_id", max: 1, windowDays: null },
    { type: "device_id", max: 3, windowDays: 7 },
  ],
  blocked: [
    { types: null, match: "regex", value: "^[0-]*$" },
    { types: ["email"], match: "exact", value: "test@example.com" },
  ],
  traitIdentifiers: [{ trait: "loyaltyId", type: "loyalty_id" }],
  normalization: { trim: true, lowercaseEmail: true, lowercaseIds: false, phone: "e164" },
};

describe("toDraft and fromDraft", () => {
  it("lists ranked types first, then types that only have a limit", () => {
    expect(toDraft(saved).types).toEqual([
      { type: "user_id", max: 1, windowDays: null },
      { type: "email", max: null, windowDays: null },
      { type: "anonymous_id", max: null, windowDays: null },
      { type: "device_id", max: 3, windowDays: 7 },
    ]);
  });

  it("round-trips blocked rules (null types means every type) and trait identifiers", () => {
    const input = fromDraft(toDraft(saved));
    expect(input.blocked).toEqual(saved.blocked);
    expect(input.traitIdentifiers).toEqual(saved.traitIdentifiers);
    expect(input.normalization).toEqual(saved.normalization);
    expect(input.limits).toEqual(saved.limits);
    expect(input.defaultLimit).toBe(5);
  });

  it("ranks every listed type, in the order shown", () => {
    expect(fromDraft(toDraft(saved)).priority).toEqual(["user_id", "email", "anonymous_id", "device_id"]);
  });
});

describe("sameRules", () => {
  const draft = toDraft(saved);
  it.each([
    ["an untouched draft", draft, true],
    ["a changed default limit", { ...draft, defaultLimit: 6 }, false],
    ["a reordered type list", { ...draft, types: moveItem(draft.types, 0, 1) }, false],
    ["a copy", structuredClone(draft), true],
  ])("%s → %s", (_, other, expected) => {
    expect(sameRules(draft, other)).toBe(expected);
  });
});

describe("list edits", () => {
  it.each([
    [["a", "b", "c"], 0, 1, ["b", "a", "c"]],
    [["a", "b", "c"], 2, -1, ["a", "c", "b"]],
    [["a", "b", "c"], 0, -1, ["a", "b", "c"]],
    [["a", "b", "c"], 2, 1, ["a", "b", "c"]],
    [["a", "b", "c"], 5, 1, ["a", "b", "c"]],
  ])("moveItem(%j, %i, %i) is %j", (items, index, delta, expected) => {
    expect(moveItem(items, index, delta)).toEqual(expected);
  });

  it("replaces and removes by index", () => {
    expect(replaceAt(["a", "b"], 1, "x")).toEqual(["a", "x"]);
    expect(removeAt(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
});

describe("newTypeProblem", () => {
  const draft = toDraft(saved);
  it.each([
    ["loyalty_id", null],
    ["email", "Already in the list"],
    ["Loyalty", "Start with a lower-case letter; use a-z, 0-9, _ . : - only"],
    ["", "Start with a lower-case letter; use a-z, 0-9, _ . : - only"],
    ["crm:id", null],
  ])("%j → %j", (type, expected) => {
    expect(newTypeProblem(draft, type)).toBe(expected);
  });
});

describe("normalisationOf", () => {
  const defaults = saved.normalization;
  it.each<[string, Partial<typeof defaults>, RegExp]>([
    ["email", {}, /^Trimmed, lower-cased/],
    ["email", { lowercaseEmail: false, trim: false }, /^Spaces kept, case kept/],
    ["phone", {}, /country prefix/],
    ["phone", { phone: "digits" }, /digits only/],
    ["phone", { phone: "asSent" }, /as sent/],
    ["user_id", {}, /case kept/],
    ["device_id", { lowercaseIds: true }, /lower-cased/],
  ])("%s under %j", (type, change, expected) => {
    expect(normalisationOf(type, { ...defaults, ...change })).toMatch(expected);
  });
});

it("knownTypes collects every type the draft mentions once", () => {
  expect(knownTypes(toDraft(saved))).toEqual(["user_id", "email", "anonymous_id", "device_id", "loyalty_id"]);
});
