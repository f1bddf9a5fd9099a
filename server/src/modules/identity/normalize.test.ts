import { describe, expect, it } from "vitest";
import { DEFAULT_NORMALIZATION, type Normalization } from "./identity-rules.schema.js";
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

describe("configured normalisation", () => {
  const rules = (change: Partial<Normalization>): Normalization => ({ ...DEFAULT_NORMALIZATION, ...change });
  it.each<[string, Partial<Normalization>, string, unknown, string | null]>([
    ["ids lower-cased", { lowercaseIds: true }, "user_id", " Ada-1 ", "ada-1"],
    ["other types lower-cased", { lowercaseIds: true }, "ios.idfa", "AbC", "abc"],
    ["ids keep their case by default", {}, "anonymous_id", "AbC", "AbC"],
    ["emails keep their case", { lowercaseEmail: false }, "email", "Ada@Example.org", "Ada@Example.org"],
    [
      "emails are not touched by lowercaseIds",
      { lowercaseEmail: false, lowercaseIds: true },
      "email",
      "A@B.co",
      "A@B.co",
    ],
    ["untrimmed ids", { trim: false }, "user_id", " u1 ", " u1 "],
    ["untrimmed blank values are still none", { trim: false }, "user_id", "   ", null],
    ["untrimmed emails with spaces are not emails", { trim: false }, "email", " a@b.co", null],
    ["phones as digits", { phone: "digits" }, "phone", "+1 (415) 555-0100", "14155550100"],
    ["phones as digits, 00 dropped", { phone: "digits" }, "phone", "0044 20 7946 0958", "442079460958"],
    ["too short as digits", { phone: "digits" }, "phone", "12 34", null],
    ["phones as sent", { phone: "asSent" }, "phone", " +1 415-555 ", "+1 415-555"],
    ["phones as sent, untrimmed", { phone: "asSent", trim: false }, "phone", " ext. 12 ", " ext. 12 "],
  ])("%s", (_what, change, type, input, expected) => {
    expect(normalizeIdentifier(type, input, rules(change))).toBe(expected);
  });
});
