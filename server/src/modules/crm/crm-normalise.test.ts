import { describe, expect, it } from "vitest";
import { countryCode, foldText, parseCrmDate, phoneE164 } from "./crm-normalise.js";

describe("phoneE164", () => {
  it.each([
    ["+49 151 12345678", "DE", "+4915112345678"],
    ["0151 12345678", "DE", "+4915112345678"],
    ["0151 12345678", "Germany", "+4915112345678"],
    ["(415) 555-0100", "United States", "+14155550100"],
    ["1 415 555 0100", "US", "+14155550100"],
    ["07700 900123", "GB", "+447700900123"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["312 345 6789", "IT", "+393123456789"],
    ["0044 7700 900123", "", "+447700900123"],
    ["0151 12345678", "", "+015112345678"],
    ["call me", "DE", null],
    ["", "DE", null],
  ])("%s in %s → %s", (raw, country, expected) => {
    expect(phoneE164(raw, country)).toBe(expected);
  });
});

describe("countryCode", () => {
  it.each([
    ["Germany", "DE"],
    ["de", "DE"],
    ["United Kingdom", "GB"],
    ["UK", "GB"],
    ["España", "ES"],
    ["  united   states ", "US"],
    ["Atlantis", "atlantis"],
    ["", null],
  ])("%s → %s", (raw, expected) => expect(countryCode(raw)).toBe(expected));
});

describe("foldText", () => {
  it.each([
    ["José", "jose"],
    ["  MÜLLER ", "muller"],
    ["Straße", "strasse"],
    ["Anne  Marie", "anne marie"],
    ["", null],
    [42, "42"],
    [null, null],
  ])("%s → %s", (raw, expected) => expect(foldText(raw)).toBe(expected));
});

describe("parseCrmDate", () => {
  it.each([
    ["2026-03-04 10:15", Date.UTC(2026, 2, 4, 10, 15)],
    ["2026-03-04T10:15:00Z", Date.UTC(2026, 2, 4, 10, 15)],
    ["3/4/2026 10:15 AM", Date.UTC(2026, 2, 4, 10, 15)],
    ["3/4/2026 12:05 AM", Date.UTC(2026, 2, 4, 0, 5)],
    ["11/23/2026 4:35 PM", Date.UTC(2026, 10, 23, 16, 35)],
    ["11/23/2026", Date.UTC(2026, 10, 23)],
    ["2/30/2026", null],
    ["13/01/2026", null],
    ["yesterday", null],
  ])("%s", (raw, expected) => expect(parseCrmDate(raw)).toBe(expected));
});
