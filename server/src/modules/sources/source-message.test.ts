import { describe, expect, it } from "vitest";
import { acceptedPayload, toSourceMessage, type SourceMessageRow } from "./source-message.js";

const base: SourceMessageRow = {
  status: "accepted",
  id: "17",
  type: "track",
  event: "Order Completed",
  user_id: "u1",
  anonymous_id: null,
  message_id: "m1",
  received_at: new Date("2026-03-01T10:00:01Z"),
  timestamp: new Date("2026-03-01T10:00:00Z"),
  reason: null,
  index: null,
  properties: { revenue: 12 },
  context: { ip: "1.2.3.4" },
  integrations: null,
  extras: { channel: "server" },
  payload: null,
};

describe("acceptedPayload", () => {
  it.each([
    [
      "track",
      {},
      { type: "track", event: "Order Completed", properties: { revenue: 12 }, userId: "u1", channel: "server" },
    ],
    ["page", { type: "page", event: "Home" }, { type: "page", name: "Home", properties: { revenue: 12 } }],
    ["identify", { type: "identify", properties: { email: "a@b.co" } }, { traits: { email: "a@b.co" } }],
    [
      "group",
      { type: "group", properties: { groupId: "g1", traits: { plan: "pro" } } },
      { groupId: "g1", traits: { plan: "pro" } },
    ],
    ["alias", { type: "alias", properties: { previousId: "anon" } }, { previousId: "anon" }],
    ["anonymous", { user_id: null, anonymous_id: "a1" }, { anonymousId: "a1" }],
    ["integrations", { integrations: { All: false } }, { integrations: { All: false } }],
  ])("%s", (_, change, expected) => {
    const payload = acceptedPayload({ ...base, ...change });
    expect(payload).toMatchObject({ messageId: "m1", timestamp: "2026-03-01T10:00:00.000Z", ...expected });
  });

  it("leaves out the ids and integrations a message did not have", () => {
    const payload = acceptedPayload({ ...base, user_id: null });
    expect(payload).not.toHaveProperty("userId");
    expect(payload).not.toHaveProperty("anonymousId");
    expect(payload).not.toHaveProperty("integrations");
  });
});

describe("toSourceMessage", () => {
  it.each([
    ["accepted", base, { id: "event:17", status: "accepted", reason: null }],
    [
      "rejected",
      { ...base, status: "rejected" as const, reason: "event: is required", index: 3, payload: { type: "track" } },
      { id: "rejected:17", status: "rejected", reason: "event: is required", index: 3, payload: { type: "track" } },
    ],
  ])("%s", (_, row, expected) => {
    expect(toSourceMessage(row)).toMatchObject(expected);
  });
});
