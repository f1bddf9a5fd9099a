import { describe, expect, it } from "vitest";
import type { ColumnMapping } from "./import-mapping.js";
import { convertValue, derivedAnonymousId, MAX_MESSAGE_BYTES, messageIdOf, rowToMessage } from "./row-message.js";

describe("convertValue", () => {
  it.each([
    ["42", "number", 42],
    ["-3.5", "number", -3.5],
    ["1,234.5", "number", 1234.5],
    ["1e3", "number", 1000],
    ["yes", "boolean", true],
    ["0", "boolean", false],
    ["FALSE", "boolean", false],
    ["2026-01-02", "date", "2026-01-02T00:00:00.000Z"],
    ["00123", "string", "00123"],
  ] as const)("%s as %s", (raw, type, value) => expect(convertValue(raw, type)).toEqual({ ok: true, value }));

  it.each([
    ["abc", "number", /bad number "abc"/],
    ["12abc", "number", /bad number/],
    ["Infinity", "number", /bad number/],
    ["maybe", "boolean", /bad boolean/],
    ["31/12/2026", "date", /bad date/],
  ] as const)("refuses %s as %s", (raw, type, reason) => {
    const result = convertValue(raw, type);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

const PROFILE_MAPPING: ColumnMapping[] = [
  { column: "id", target: "userId", type: "string" },
  { column: "email", target: "email", type: "string" },
  { column: "age", target: "traits.age", type: "number" },
  { column: "vip", target: "traits.vip", type: "boolean" },
  { column: "updated", target: "timestamp", type: "date" },
];
const PROFILE_COLUMNS = new Map(["id", "email", "age", "vip", "updated"].map((c, i) => [c, i]));
const EVENT_MAPPING: ColumnMapping[] = [
  { column: "phone", target: "phone", type: "string" },
  { column: "name", target: "event", type: "string" },
  { column: "amount", target: "properties.amount", type: "number" },
];
const EVENT_COLUMNS = new Map(["phone", "name", "amount"].map((c, i) => [c, i]));

describe("rowToMessage", () => {
  it("turns a profile row into an identify with typed traits, contact traits and a timestamp", () => {
    const result = rowToMessage(
      "profiles",
      PROFILE_MAPPING,
      PROFILE_COLUMNS,
      ["u1", " Ada@X.io ", "36", "yes", "2026-01-02"],
      2,
    );
    expect(result.ok && result.message).toMatchObject({
      type: "identify",
      userId: "u1",
      traits: { email: "Ada@X.io", age: 36, vip: true },
      timestamp: "2026-01-02T00:00:00.000Z",
      context: { library: { name: "mosaic-csv-import" } },
    });
    expect(result.ok && result.message).not.toHaveProperty("anonymousId");
  });

  it("leaves empty cells out rather than blanking traits", () => {
    const result = rowToMessage("profiles", PROFILE_MAPPING, PROFILE_COLUMNS, ["u1", "", "", "", ""], 2);
    expect(result.ok && result.message.traits).toEqual({});
  });

  it("gives a row known only by email or phone a stable anonymousId", () => {
    const a = rowToMessage("profiles", PROFILE_MAPPING, PROFILE_COLUMNS, ["", "ada@x.io", "", "", ""], 2);
    expect(a.ok && a.message.anonymousId).toBe(derivedAnonymousId("email", "ADA@x.io "));
    const e = rowToMessage("events", EVENT_MAPPING, EVENT_COLUMNS, ["+1 415 555 0100", "Called", "3"], 9);
    expect(e.ok && e.message).toMatchObject({
      type: "track",
      event: "Called",
      properties: { amount: 3 },
      anonymousId: derivedAnonymousId("phone", "+1 415 555 0100"),
      context: { traits: { phone: "+1 415 555 0100" } },
    });
  });

  it.each([
    ["no identifier", "profiles", ["", "", "36", "", ""], [{ line: 7, column: null, reason: /missing identifier/ }]],
    [
      "bad number and bad timestamp, both reported",
      "profiles",
      ["u1", "", "old", "", "last week"],
      [
        { line: 7, column: "age", reason: /bad number "old"/ },
        { line: 7, column: "updated", reason: /bad date "last week"/ },
      ],
    ],
    [
      "an empty event name",
      "events",
      ["+14155550100", " ", "1"],
      [{ line: 7, column: "name", reason: /empty event name/ }],
    ],
    [
      "an oversize row",
      "profiles",
      ["u1", `${"a".repeat(MAX_MESSAGE_BYTES)}@x.io`, "", "", ""],
      [{ line: 7, column: null, reason: /row too large/ }],
    ],
  ] as const)("reports %s with line and column", (_name, kind, cells, expected) => {
    const result =
      kind === "profiles"
        ? rowToMessage(kind, PROFILE_MAPPING, PROFILE_COLUMNS, cells, 7)
        : rowToMessage(kind, EVENT_MAPPING, EVENT_COLUMNS, cells, 7);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(expected.length);
      result.errors.forEach((error, i) => {
        expect(error.line).toBe(expected[i]?.line);
        expect(error.column).toBe(expected[i]?.column);
        expect(error.reason).toMatch(expected[i]?.reason ?? "");
      });
    }
  });

  it("derives the messageId from the mapped content only", () => {
    const cells = ["u1", "ada@x.io", "36", "no", "2026-01-02"];
    const first = rowToMessage("profiles", PROFILE_MAPPING, PROFILE_COLUMNS, cells, 2);
    const again = rowToMessage("profiles", [...PROFILE_MAPPING].reverse(), PROFILE_COLUMNS, cells, 900);
    const changed = rowToMessage(
      "profiles",
      PROFILE_MAPPING,
      PROFILE_COLUMNS,
      [...cells.slice(0, 2), "37", ...cells.slice(3)],
      2,
    );
    expect(first.ok && again.ok && changed.ok).toBe(true);
    if (first.ok && again.ok && changed.ok) {
      expect(again.message.messageId).toBe(first.message.messageId);
      expect(changed.message.messageId).not.toBe(first.message.messageId);
      expect(first.message.messageId).toMatch(/^csv-[0-9a-f]{40}$/);
    }
  });

  it("hashes key order away and keeps kinds apart", () => {
    expect(messageIdOf("profiles", { a: 1, b: { c: 2, d: 3 } })).toBe(
      messageIdOf("profiles", { b: { d: 3, c: 2 }, a: 1 }),
    );
    expect(messageIdOf("profiles", { a: 1 })).not.toBe(messageIdOf("events", { a: 1 }));
  });
});
