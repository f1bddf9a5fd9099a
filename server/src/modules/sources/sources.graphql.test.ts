import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking } from "../ingestion/tracking-client.js";

// Source counts and the live debugger over real tracking requests.

let app: TestApp;
let admin: string;
let source: { id: string; writeKey: string };

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn("admin");
  source = await app.server.services.sources.create(app.workspaceId, "Shop", "website");
});
afterAll(async () => {
  await app.close();
});

const MESSAGES = `query($id: ID!, $first: Int) { sourceMessages(sourceId: $id, first: $first) {
  id status type event userId anonymousId messageId reason index payload } }`;
type Message = {
  id: string;
  status: string;
  type: string | null;
  event: string | null;
  userId: string | null;
  messageId: string | null;
  reason: string | null;
  index: number | null;
  payload: Record<string, unknown> | null;
};

async function messages(first = 50): Promise<Message[]> {
  const result = await app.gql<{ sourceMessages: Message[] }>(MESSAGES, { id: source.id, first }, { cookie: admin });
  expect(result.errors).toBeUndefined();
  return result.data?.sourceMessages ?? [];
}

describe("source debugger", () => {
  it("shows accepted and rejected messages of a batch, newest first, with the reasons", async () => {
    const response = await postTracking(
      app.url,
      "batch",
      {
        batch: [
          { type: "track", userId: "u1", event: "Order Completed", messageId: "ok-1", properties: { revenue: 5 } },
          { type: "track", userId: "u1", messageId: "bad-1" },
          { type: "identify", messageId: "bad-2", traits: { email: "x@y.co" } },
        ],
      },
      { writeKey: source.writeKey },
    );
    expect(response.status).toBe(200);
    const list = await messages();
    expect(list).toHaveLength(3);
    const accepted = list.find((m) => m.status === "accepted");
    expect(accepted).toMatchObject({ type: "track", event: "Order Completed", userId: "u1", messageId: "ok-1" });
    expect(accepted?.payload).toMatchObject({ event: "Order Completed", properties: { revenue: 5 } });
    const rejected = list.filter((m) => m.status === "rejected").sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    expect(rejected.map((m) => [m.index, m.messageId])).toEqual([
      [1, "bad-1"],
      [2, "bad-2"],
    ]);
    expect(rejected[0]?.reason).toMatch(/event/);
    expect(rejected[1]?.reason).toMatch(/userId or anonymousId/);
    expect(rejected[1]?.payload).toMatchObject({ type: "identify", traits: { email: "x@y.co" } });
  });

  it("logs a request refused as a whole, never with the write key, and counts it", async () => {
    const broken = await postTracking(app.url, "track", "{not json", { writeKey: source.writeKey });
    expect(broken.status).toBe(400);
    await postTracking(app.url, "track", { userId: "u2" }, { writeKey: source.writeKey, auth: "body" });
    const [newest, second] = await messages(2);
    expect(newest).toMatchObject({ status: "rejected", type: "track", index: 0 });
    expect(newest?.payload).toEqual({ userId: "u2" });
    expect(second).toMatchObject({ status: "rejected", reason: "the body is not valid JSON", payload: null });

    const stats = await app.gql<{ sources: Array<{ stats: { receivedCount: number; rejectedCount: number } }> }>(
      `{ sources { stats { receivedCount rejectedCount lastSeenAt } } }`,
      {},
      { cookie: admin },
    );
    expect(stats.data?.sources[0]?.stats).toMatchObject({ receivedCount: 5, rejectedCount: 4 });
  });

  it("keeps only the newest 100 rejected messages of a source", async () => {
    const batch = Array.from({ length: 120 }, (_, i) => ({ type: "track", userId: "u3", messageId: `many-${i}` }));
    await postTracking(app.url, "batch", { batch }, { writeKey: source.writeKey });
    await postTracking(app.url, "batch", { batch: batch.slice(0, 10) }, { writeKey: source.writeKey });
    const rows: Array<{ n: number }> = await app.server.services.db.query(
      `SELECT count(*)::int AS n FROM rejected_messages WHERE source_id = $1`,
      [source.id],
    );
    expect(rows[0]?.n).toBe(100);
    const list = await messages(200);
    expect(list.filter((m) => m.status === "rejected")).toHaveLength(100);
    expect(list.filter((m) => m.status === "accepted")).toHaveLength(1);
  });

  it("is for admins only and checks its arguments", async () => {
    const analyst = await app.signIn("analyst");
    const denied = await app.gql(MESSAGES, { id: source.id }, { cookie: analyst });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ id: "not-a-uuid" }, "BAD_USER_INPUT"],
      [{ id: source.id, first: 0 }, "BAD_USER_INPUT"],
      [{ id: source.id, first: 201 }, "BAD_USER_INPUT"],
      [{ id: "00000000-0000-4000-8000-000000000000" }, "NOT_FOUND"],
    ];
    for (const [variables, code] of cases) {
      const result = await app.gql(MESSAGES, variables, { cookie: admin });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
