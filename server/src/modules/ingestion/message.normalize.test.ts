import { describe, expect, it } from "vitest";
import { parseRequest } from "./batch.parse.js";
import { normalizeMessage, type NormalizedMessage } from "./message.normalize.js";
import type { MessageType } from "./message.schema.js";

const receivedAt = Date.parse("2026-03-01T12:00:00Z");
const options = { index: 0, receivedAt, newMessageId: () => "generated" };

function ok(type: MessageType, raw: Record<string, unknown>): NormalizedMessage {
  const result = normalizeMessage(type, raw, options);
  if (!result.ok) throw new Error(result.reason);
  return result.message;
}

describe("normalizeMessage maps each type to storage shape", () => {
  it.each<[MessageType, Record<string, unknown>, Partial<NormalizedMessage>]>([
    [
      "track",
      { anonymousId: "a", event: "Order Completed", properties: { revenue: 9 }, messageId: "m" },
      {
        event: "Order Completed",
        properties: { revenue: 9 },
        traits: null,
        messageId: "m",
        anonymousId: "a",
        userId: null,
      },
    ],
    [
      "identify",
      { userId: "u", traits: { email: "a@b.co" } },
      { event: null, properties: { email: "a@b.co" }, traits: { email: "a@b.co" } },
    ],
    ["identify", { userId: "u" }, { properties: {}, traits: {} }],
    [
      "page",
      { anonymousId: "a", name: "Home", properties: { path: "/" } },
      { event: "Home", properties: { path: "/" } },
    ],
    ["page", { anonymousId: "a" }, { event: null, properties: {} }],
    ["screen", { anonymousId: "a", name: "Settings" }, { event: "Settings" }],
    [
      "group",
      { userId: "u", groupId: "g", traits: { name: "Acme" } },
      { properties: { groupId: "g", traits: { name: "Acme" } }, traits: null },
    ],
    ["group", { userId: "u", groupId: 12 }, { properties: { groupId: "12", traits: {} } }],
    ["alias", { userId: "u", previousId: "p" }, { properties: { previousId: "p" }, previousId: "p" }],
    ["track", { userId: 42, event: "E" }, { userId: "42", messageId: "generated" }],
    ["track", { userId: "", anonymousId: "a", event: "E" }, { userId: null, anonymousId: "a" }],
    [
      "track",
      { anonymousId: "a", event: "E", integrations: { All: false } },
      { integrations: { All: false }, context: {} },
    ],
  ])("%s %j", (type, raw, expected) => {
    expect(ok(type, raw)).toMatchObject({ type, ...expected });
  });

  it("keeps unknown keys and client timestamps as extras, never the write key", () => {
    const message = ok("track", {
      anonymousId: "a",
      event: "E",
      writeKey: "secret",
      _metadata: { v: 1 },
      channel: "server",
      sentAt: "2026-03-01T12:00:00Z",
      originalTimestamp: "2026-03-01T11:59:00Z",
      type: "track",
    });
    expect(message.extras).toEqual({
      _metadata: { v: 1 },
      channel: "server",
      sentAt: "2026-03-01T12:00:00Z",
      originalTimestamp: "2026-03-01T11:59:00Z",
    });
  });

  it.each([
    [
      "originalTimestamp and sentAt",
      { originalTimestamp: "2026-03-01T13:00:00Z", sentAt: "2026-03-01T13:00:10Z" },
      "2026-03-01T11:59:50.000Z",
    ],
    [
      "timestamp and sentAt",
      { timestamp: "2026-03-01T13:00:00Z", sentAt: "2026-03-01T13:00:10Z" },
      "2026-03-01T11:59:50.000Z",
    ],
    [
      "originalTimestamp wins over timestamp",
      { originalTimestamp: "2026-03-01T13:00:00Z", timestamp: "2020-01-01T00:00:00Z", sentAt: "2026-03-01T13:00:00Z" },
      "2026-03-01T12:00:00.000Z",
    ],
    ["timestamp alone", { timestamp: "2025-01-01T00:00:00Z" }, "2025-01-01T00:00:00.000Z"],
    ["nothing", {}, "2026-03-01T12:00:00.000Z"],
  ])("corrects the clock from %s", (_what, times, expected) => {
    expect(new Date(ok("track", { anonymousId: "a", event: "E", ...times }).timestamp).toISOString()).toBe(expected);
  });
});

describe("parseRequest", () => {
  const parse = (body: unknown) => parseRequest("batch", body, { receivedAt, newMessageId: () => "g", bodyBytes: 100 });

  it("merges batch-level context and integrations into each message, the message's keys winning", () => {
    const { accepted } = parse({
      context: { app: "shop", locale: "en" },
      integrations: { All: true },
      batch: [
        { type: "track", anonymousId: "a", event: "E", context: { locale: "fr" } },
        { type: "track", anonymousId: "a", event: "E", integrations: { All: false } },
      ],
    });
    expect(accepted.map((m) => [m.context, m.integrations])).toEqual([
      [{ app: "shop", locale: "fr" }, { All: true }],
      [{ app: "shop", locale: "en" }, { All: false }],
    ]);
  });

  it("uses the batch-level sentAt for messages without their own", () => {
    const { accepted } = parse({
      sentAt: "2026-03-01T12:10:00Z",
      batch: [
        { type: "track", anonymousId: "a", event: "E", timestamp: "2026-03-01T12:09:00Z" },
        {
          type: "track",
          anonymousId: "a",
          event: "E",
          timestamp: "2026-03-01T12:09:00Z",
          sentAt: "2026-03-01T12:09:30Z",
        },
      ],
    });
    expect(accepted.map((m) => new Date(m.timestamp).toISOString())).toEqual([
      "2026-03-01T11:59:00.000Z",
      "2026-03-01T11:59:30.000Z",
    ]);
  });

  it("counts every message received and keeps positions", () => {
    const result = parse({ batch: [{ type: "track", anonymousId: "a", event: "E" }, 5, { type: "nope" }] });
    expect(result.received).toBe(3);
    expect(result.accepted.map((m) => m.index)).toEqual([0]);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2]);
  });
});
