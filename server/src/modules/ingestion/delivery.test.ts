import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking } from "./tracking-client.js";

let app: TestApp;
let writeKey: string;
let otherKey: string;

beforeAll(async () => {
  app = await startTestApp();
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Web", "website")).writeKey;
  otherKey = (await app.server.services.sources.create(app.workspaceId, "App", "app")).writeKey;
});
afterAll(async () => app.close());

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => app.server.services.db.query(sql, params);

async function snapshot() {
  const [row] = await query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM event_messages)::int AS messages,
            (SELECT count(*) FROM profiles)::int AS profiles, (SELECT count(*) FROM identities)::int AS identities,
            (SELECT count(*) FROM profile_merges)::int AS merges,
            (SELECT count(*) FROM profile_trait_history)::int AS history,
            (SELECT coalesce(sum(received_count), 0)::int FROM source_stats) AS received`,
  );
  return row;
}

/** A realistic batch: an anonymous visitor, their login (identify with traits) and a known user's device joining. */
function visitBatch(tag: string) {
  const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
  return {
    sentAt: at(30),
    batch: [
      { type: "page", anonymousId: `${tag}-anon`, name: "Home", messageId: `${tag}-1`, timestamp: at(1) },
      { type: "track", anonymousId: `${tag}-anon`, event: "Product Viewed", messageId: `${tag}-2`, timestamp: at(2) },
      {
        type: "identify",
        anonymousId: `${tag}-anon`,
        userId: `${tag}-user`,
        traits: { email: `${tag}@example.com`, plan: "pro" },
        messageId: `${tag}-3`,
        timestamp: at(3),
      },
      { type: "track", anonymousId: `${tag}-phone`, event: "App Opened", messageId: `${tag}-4`, timestamp: at(4) },
      { type: "alias", userId: `${tag}-user`, previousId: `${tag}-phone`, messageId: `${tag}-5`, timestamp: at(5) },
      { type: "track", userId: `${tag}-user`, event: "Order Completed", messageId: `${tag}-6`, timestamp: at(6) },
    ],
  };
}

describe("dedupe on messageId", () => {
  it("stores a retried batch once, with the first delivery's data", async () => {
    const before = await snapshot();
    const first = await postTracking(app.url, "batch", visitBatch("retry"), { writeKey });
    const afterFirst = await snapshot();
    const timeOf = async () =>
      (await query<{ timestamp: Date }>(`SELECT timestamp FROM events WHERE message_id = 'retry-1'`)).map((t) =>
        t.timestamp.toISOString(),
      );
    const firstTimes = await timeOf();
    const retry = { ...visitBatch("retry"), sentAt: "2026-03-01T10:45:00.000Z" };
    const second = await postTracking(app.url, "batch", retry, { writeKey, headers: { "x-retry-count": "1" } });
    expect(first).toMatchObject({ status: 200, body: { success: true } });
    expect(second).toMatchObject({ status: 200, body: { success: true } });
    const afterSecond = await snapshot();
    expect(afterFirst?.events).toBe((before?.events ?? 0) + 6);
    expect({ ...afterSecond, received: 0 }).toEqual({ ...afterFirst, received: 0 });
    expect(afterSecond?.received).toBe((afterFirst?.received ?? 0) + 6);
    expect(firstTimes).toHaveLength(1);
    expect(await timeOf()).toEqual(firstTimes);
  });

  it("keeps one copy of a messageId repeated inside a batch", async () => {
    const message = { type: "track", anonymousId: "twice", event: "E", messageId: "twice-1" };
    await postTracking(app.url, "batch", { batch: [message, { ...message, event: "F" }] }, { writeKey });
    const rows = await query<{ event: string }>(`SELECT event FROM events WHERE message_id = 'twice-1'`);
    expect(rows).toEqual([{ event: "E" }]);
  });

  it("dedupes per source: the same messageId from another source is another message", async () => {
    const message = { type: "track", anonymousId: "per-source", event: "E", messageId: "shared-id" };
    await postTracking(app.url, "batch", { batch: [message] }, { writeKey });
    await postTracking(app.url, "batch", { batch: [message] }, { writeKey: otherKey });
    await postTracking(app.url, "batch", { batch: [message] }, { writeKey: otherKey });
    const rows = await query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE message_id = 'shared-id'`);
    expect(rows[0]?.n).toBe(2);
  });

  it("stores one copy when the same batch arrives several times at once", async () => {
    const before = await snapshot();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => postTracking(app.url, "batch", visitBatch("race"), { writeKey })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const after = await snapshot();
    expect((after?.events ?? 0) - (before?.events ?? 0)).toBe(6);
    expect((after?.profiles ?? 0) - (before?.profiles ?? 0)).toBe(1);
    expect((after?.merges ?? 0) - (before?.merges ?? 0)).toBe(1);
  });
});

describe("durability", () => {
  it("stores nothing of a batch whose transaction fails mid-way, and the retry stores it once", async () => {
    await query(`CREATE FUNCTION explode() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.event = 'Order Completed' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$`);
    await query(`CREATE TRIGGER explode BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION explode()`);
    const before = await snapshot();
    const failed = await postTracking(app.url, "batch", visitBatch("boom"), { writeKey });
    await query(`DROP TRIGGER explode ON events`);
    await query(`DROP FUNCTION explode()`);
    expect(failed.status).toBe(500);
    // Profiles, identities, the merge, trait history, dedupe keys and counters were written before the events:
    // all of it rolled back.
    expect(await snapshot()).toEqual(before);

    const retried = await postTracking(app.url, "batch", visitBatch("boom"), { writeKey });
    expect(retried.status).toBe(200);
    const after = await snapshot();
    expect((after?.events ?? 0) - (before?.events ?? 0)).toBe(6);
    expect((after?.merges ?? 0) - (before?.merges ?? 0)).toBe(1);
  });

  it("rolls back everything when a module hooked into the transaction fails", async () => {
    const before = await snapshot();
    const remove = app.server.services.profileHooks.add({
      afterBatch: async (client, change) => {
        await client.query(`SELECT 1`);
        if (change.events.some((e) => e.event === "Order Completed")) throw new Error("aggregates unavailable");
      },
    });
    const failed = await postTracking(app.url, "batch", visitBatch("hooked"), { writeKey });
    remove();
    expect(failed.status).toBe(500);
    expect(await snapshot()).toEqual(before);
  });

  it("stores nothing when the database connection dies mid-request", async () => {
    await query(`CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.event = 'Order Completed' THEN PERFORM pg_sleep(5); END IF; RETURN NEW; END $$`);
    await query(`CREATE TRIGGER stall BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stall()`);
    const before = await snapshot();
    const pending = postTracking(app.url, "batch", visitBatch("cut"), { writeKey });
    const killer = new pg.Client({ connectionString: app.server.database.url });
    await killer.connect();
    let killed = 0;
    for (let i = 0; i < 50 && killed === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const result = await killer.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO events%'
            AND state = 'active'`,
      );
      killed = result.rowCount ?? 0;
    }
    await killer.end();
    const answer = await pending;
    await query(`DROP TRIGGER stall ON events`);
    await query(`DROP FUNCTION stall()`);
    expect(killed).toBe(1);
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(await snapshot()).toEqual(before);

    const retried = await postTracking(app.url, "batch", visitBatch("cut"), { writeKey });
    expect(retried.status).toBe(200);
    expect(((await snapshot())?.events ?? 0) - (before?.events ?? 0)).toBe(6);
  });
});
