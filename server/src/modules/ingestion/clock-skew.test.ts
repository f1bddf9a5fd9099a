import { describe, expect, it } from "vitest";
import { correctedTimestamp, parseTimestamp, timestampInRange } from "./clock-skew.js";

const ms = (iso: string) => Date.parse(iso);

describe("parseTimestamp", () => {
  it.each([
    ["2026-03-01T10:00:00.000Z", ms("2026-03-01T10:00:00.000Z")],
    ["2026-03-01T10:00:00Z", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01T10:00:00.123456Z", ms("2026-03-01T10:00:00.123Z")],
    ["2026-03-01T12:00:00+02:00", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01T05:00:00-0500", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01T10:00:00", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01 10:00:00Z", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01T10:00Z", ms("2026-03-01T10:00:00Z")],
    ["2026-03-01", ms("2026-03-01T00:00:00Z")],
    ["2024-02-29T00:00:00Z", ms("2024-02-29T00:00:00Z")],
  ])("reads %s", (input, expected) => {
    expect(parseTimestamp(input)).toBe(expected);
  });

  it.each([
    "yesterday",
    "",
    "1700000000",
    "2026-13-01T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "2023-02-29",
    "2026-03-01T25:00:00Z",
    "2026-03-01T10:61:00Z",
    "03/01/2026",
    "2026-03-01T10:00:00 UTC",
  ])("refuses %j", (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });
});

describe("correctedTimestamp (receivedAt - (sentAt - originalTimestamp))", () => {
  const received = ms("2026-03-01T12:00:00Z");
  it.each([
    ["a device clock 1 h fast", ms("2026-03-01T13:00:00Z"), ms("2026-03-01T13:00:05Z"), ms("2026-03-01T11:59:55Z")],
    ["a device clock 10 min slow", ms("2026-03-01T11:49:00Z"), ms("2026-03-01T11:50:00Z"), ms("2026-03-01T11:59:00Z")],
    ["an exact clock", ms("2026-03-01T11:59:58Z"), ms("2026-03-01T12:00:00Z"), ms("2026-03-01T11:59:58Z")],
    ["a historical import", ms("2020-01-01T00:00:00Z"), received, ms("2020-01-01T00:00:00Z")],
    ["no sentAt: the call time as sent", ms("2025-06-01T00:00:00Z"), null, ms("2025-06-01T00:00:00Z")],
    ["no call time: when it was received", null, ms("2026-03-01T11:00:00Z"), received],
  ])("%s", (_what, original, sentAt, expected) => {
    expect(correctedTimestamp(received, original, sentAt)).toBe(expected);
  });

  it.each([
    [ms("1970-01-01T00:00:00Z"), true],
    [-1, false],
    [received + 365 * 86_400_000, true],
    [received + 400 * 86_400_000, false],
  ])("keeps %d in range: %s", (timestamp, expected) => {
    expect(timestampInRange(timestamp, received)).toBe(expected);
  });
});
