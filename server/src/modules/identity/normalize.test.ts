import { describe, expect, it } from "vitest";
import { idString, normalizeEmail, normalizeIdentifier, normalizePhone } from "./normalize.js";

describe("normalizeEmail", () => {
  it.each([
    ["Ada@Example.ORG", "ada@example.org"],
    ["  ada@example.org\t", "ada@example.org"],
    ["first.last+tag@mail.co.uk", "first.last+tag@mail.co.uk"],
    ["ada@example", null],
    ["ada.example.org", null],
    ["ada @example.org", null],
    ["", null],
    [42, null],
    [null, null],
    [{ email: "a@b.co" }, null],
  ])("%j → %j", (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe("normalizePhone", () => {
  it.each([
    ["+1 (415) 555-0100", "+14155550100"],
    ["+44 20 7946 0958", "+442079460958"],
    ["0044 20 7946 0958", "+442079460958"],
    ["415.555.0100", "+4155550100"],
    ["+33/1/23/45/67/89", "+33123456789"],
    [4155550100, "+4155550100"],
    ["123456", null],
    ["+1234567890123456", null],
    ["call me", null],
    ["415-555-0100 ext 2", null],
    ["41+5555", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});

describe("idString and normalizeIdentifier", () => {
  it.each([
    ["user_id", "  u-1 ", "u-1"],
    ["user_id", 42, "42"],
    ["user_id", Number.NaN, null],
    ["user_id", true, null],
    ["user_id", "   ", null],
    ["user_id", "x".repeat(256), null],
    ["anonymous_id", "Mixed-Case", "Mixed-Case"],
    ["email", "A@B.CO", "a@b.co"],
    ["phone", "+1 415 555 0100", "+14155550100"],
    ["ios.idfa", " ABC ", "ABC"],
  ])("%s %j → %j", (type, input, expected) => {
    expect(normalizeIdentifier(type, input)).toBe(expected);
  });

  it("keeps ids up to 255 characters", () => {
    expect(idString("x".repeat(255))).toHaveLength(255);
  });
});
