import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatDate,
  formatDateTime,
  formatDay,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  initials,
} from "./format";

const L = "en-US";

describe("numbers", () => {
  it("groups thousands", () => {
    expect(formatNumber(341059, L)).toBe("341,059");
  });
  it("compacts for axes", () => {
    expect(formatCompact(1500, L)).toBe("1.5K");
    expect(formatCompact(2_000_000, L)).toBe("2M");
    expect(formatCompact(12, L)).toBe("12");
  });
  it("formats percentages with one decimal at most", () => {
    expect(formatPercent(0.6988, L)).toBe("69.9%");
  });
});

describe("formatMoney", () => {
  it("uses the currency's symbol and decimals", () => {
    expect(formatMoney(75.5, "USD", L)).toBe("$75.50");
    expect(formatMoney(1234.5, "eur", L)).toBe("€1,234.50");
    expect(formatMoney(500, "JPY", L)).toBe("¥500");
  });
  it("falls back to the number and code for an unknown currency", () => {
    expect(formatMoney(12.5, "NOT-A-CODE", L)).toBe("12.5 NOT-A-CODE");
  });
});

describe("dates", () => {
  it("formats date-times and dates in the given time zone", () => {
    expect(formatDateTime("2025-03-04T15:07:00Z", L, "UTC")).toBe("Mar 4, 2025, 3:07 PM");
    expect(formatDate("2025-03-04T15:07:00Z", L, "UTC")).toBe("Mar 4, 2025");
  });
  it("shows a dash for missing or invalid values", () => {
    expect(formatDateTime(null, L)).toBe("—");
    expect(formatDate("not a date", L)).toBe("—");
  });
  it("formats API days as UTC days whatever the local zone", () => {
    expect(formatDay("2025-03-04", "axis", L)).toBe("Mar 4");
    expect(formatDay("2025-03-04", "long", L)).toBe("Tue, Mar 4, 2025");
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2025-03-04T12:00:00Z");
  it("reads naturally in the past and future", () => {
    expect(formatRelative("2025-03-04T11:59:50Z", now, L)).toBe("now");
    expect(formatRelative("2025-03-04T09:00:00Z", now, L)).toBe("3 hours ago");
    expect(formatRelative("2025-03-03T12:00:00Z", now, L)).toBe("yesterday");
    expect(formatRelative("2025-03-06T12:00:00Z", now, L)).toBe("in 2 days");
    expect(formatRelative("2024-03-01T12:00:00Z", now, L)).toBe("last year");
  });
  it("shows a dash for no date", () => {
    expect(formatRelative(undefined, now, L)).toBe("—");
  });
});

describe("initials", () => {
  it("takes the first letters of two words", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("ada.lovelace@example.com")).toBe("AL");
  });
  it("takes two letters of a single word", () => {
    expect(initials("ada@example.com")).toBe("AD");
    expect(initials("  ")).toBe("?");
  });
});
