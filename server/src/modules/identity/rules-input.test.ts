import { describe, expect, it } from "vitest";
import { fieldPath, withoutNulls } from "./rules-input.js";

describe("fieldPath", () => {
  it.each([
    ["rules", [], "rules"],
    ["rules", ["defaultLimit"], "rules.defaultLimit"],
    ["rules", ["limits", 2, "max"], "rules.limits[2].max"],
    ["proposed", ["blocked", 0, "types", 1], "proposed.blocked[0].types[1]"],
    ["rules", ["priority"], "rules.priority"],
  ])("%s + %j is %s", (root, path, expected) => {
    expect(fieldPath(root, path)).toBe(expected);
  });
});

class LimitInput {
  constructor(
    public type: string,
    public max: number,
    public windowDays: number | null,
  ) {}
}

describe("withoutNulls", () => {
  it.each([
    ["a scalar", 5, 5],
    ["null at the top", null, null],
    ["a null key", { a: 1, b: null }, { a: 1 }],
    ["nested nulls in arrays", { limits: [{ type: "email", windowDays: null }] }, { limits: [{ type: "email" }] }],
    ["a class instance", new LimitInput("email", 5, null), { type: "email", max: 5 }],
    ["arrays of strings", { priority: ["user_id", "email"] }, { priority: ["user_id", "email"] }],
  ])("%s", (_, input, expected) => {
    expect(withoutNulls(input)).toStrictEqual(expected);
  });
});
