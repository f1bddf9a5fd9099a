import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { AppError } from "../../engine/errors.js";
import { postTracking } from "../ingestion/tracking-client.js";
import { DEFAULT_IDENTITY_RULES } from "./identity-rules.schema.js";

// Identity resolution end to end: real HTTP requests in, PostgreSQL rows out.

let app: TestApp;
let writeKey: string;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const source = await app.server.services.sources.create(app.workspaceId, "Web", "website");
  writeKey = source.writeKey;
  sourceId = source.id;
  // Merges and splits move per-profile rows by copy and delete: any UPDATE of these tables fails the test.
  await query(`CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'per-profile rows are never updated (%)', TG_TABLE_NAME; END $$`);
  await query(`CREATE TRIGGER no_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_update()`);
  await query(
    `CREATE TRIGGER no_update BEFORE UPDATE ON profile_trait_history FOR EACH ROW EXECUTE FUNCTION refuse_update()`,
  );
});
afterAll(async () => {
  await assertConsistent();
  await app.close();
});

function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return app.server.services.db.query(sql, params);
}

const at = (minute: number) => new Date(Date.parse("2026-03-01T10:00:00Z") + minute * 60_000).toISOString();
let seq = 0;
const mid = () => `msg-${++seq}`;

async function send(...batch: Array<Record<string, unknown>>) {
  const response = await postTracking(
    app.url,
    "batch",
    { batch: batch.map((m) => ({ messageId: mid(), ...m })) },
    { writeKey },
  );
  expect(response).toMatchObject({ status: 200, body: { success: true } });
  return response;
}

async function profileOf(type: string, value: string): Promise<string | undefined> {
  const rows = await query<{ profile_id: string }>(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  );
  return rows[0]?.profile_id;
}

async function identitiesOf(profileId: string | undefined) {
  const rows = await query<{ id: string }>(
    `SELECT type || '=' || value AS id FROM identities WHERE profile_id = $1 ORDER BY type, value`,
    [profileId],
  );
  return rows.map((r) => r.id);
}

/** Everything stored for one profile, for exact before/after comparisons. */
async function stateOf(profileId: string) {
  return {
    profile: await query(
      `SELECT id, workspace_id, traits, trait_meta, first_seen_at, last_seen_at, merge_count, created_at
         FROM profiles WHERE id = $1`,
      [profileId],
    ),
    identities: await query(
      `SELECT type, value, source_id, first_seen_at, last_seen_at FROM identities WHERE profile_id = $1 ORDER BY type, value`,
      [profileId],
    ),
    events: await query(`SELECT * FROM events WHERE profile_id = $1 ORDER BY id`, [profileId]),
    messages: await query(
      `SELECT em.* FROM event_messages em JOIN events e ON em.source_id = e.source_id AND em.message_id = e.message_id
        WHERE e.profile_id = $1 AND em.profile_id = e.profile_id ORDER BY em.event_id`,
      [profileId],
    ),
    history: await query(`SELECT * FROM profile_trait_history WHERE profile_id = $1 ORDER BY id`, [profileId]),
  };
}

/** No row may point at a profile that does not exist, and dedupe keys follow their events. */
async function assertConsistent() {
  const [row] = await query<Record<string, number>>(
    `SELECT
       (SELECT count(*) FROM identities i WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = i.profile_id))::int AS identities,
       (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = e.profile_id))::int AS events,
       (SELECT count(*) FROM profile_trait_history h WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = h.profile_id))::int AS history,
       (SELECT count(*) FROM event_messages em JOIN events e ON e.source_id = em.source_id AND e.message_id = em.message_id
         WHERE e.profile_id <> em.profile_id OR e.id <> em.event_id)::int AS messages,
       (SELECT count(*) FROM profiles p WHERE p.first_seen_at <> (SELECT min(timestamp) FROM events e WHERE e.profile_id = p.id)
          OR p.last_seen_at <> (SELECT max(timestamp) FROM events e WHERE e.profile_id = p.id))::int AS seen`,
  );
  expect(row).toEqual({ identities: 0, events: 0, history: 0, messages: 0, seen: 0 });
}

describe("flat matching over HTTP", () => {
  it("creates a profile, adds identifiers to it, then merges another into it (the oldest wins)", async () => {
    await send({ type: "page", anonymousId: "fm-laptop", name: "Home", timestamp: at(1) });
    const laptop = await profileOf("anonymous_id", "fm-laptop");
    expect(laptop).toBeDefined();

    await send({
      type: "identify",
      anonymousId: "fm-laptop",
      userId: "fm-user",
      traits: { email: "FM@Shop.io" },
      timestamp: at(2),
    });
    expect(await profileOf("user_id", "fm-user")).toBe(laptop);
    expect(await identitiesOf(laptop)).toEqual(["anonymous_id=fm-laptop", "email=fm@shop.io", "user_id=fm-user"]);

    await send(
      { type: "track", anonymousId: "fm-phone", event: "App Opened", timestamp: at(0) },
      { type: "track", anonymousId: "fm-phone", event: "Cart Viewed", timestamp: at(5) },
    );
    const phone = await profileOf("anonymous_id", "fm-phone");
    expect(phone).not.toBe(laptop);

    await send({ type: "identify", anonymousId: "fm-phone", traits: { email: "fm@shop.io" }, timestamp: at(6) });
    expect(await profileOf("anonymous_id", "fm-phone")).toBe(laptop);
    expect(await query(`SELECT 1 FROM profiles WHERE id = $1`, [phone])).toEqual([]);
    const [profile] = await query<{ first_seen_at: Date; last_seen_at: Date; merge_count: number }>(
      `SELECT first_seen_at, last_seen_at, merge_count FROM profiles WHERE id = $1`,
      [laptop],
    );
    expect(profile).toEqual({ first_seen_at: new Date(at(0)), last_seen_at: new Date(at(6)), merge_count: 1 });
    const events = await query<{ event: string | null }>(
      `SELECT event FROM events WHERE profile_id = $1 ORDER BY timestamp`,
      [laptop],
    );
    expect(events.map((e) => e.event)).toEqual(["App Opened", "Home", null, "Cart Viewed", null]);

    const merges = await app.server.services.merges.list(app.workspaceId, { profileId: laptop });
    expect(merges).toMatchObject([
      {
        winnerId: laptop,
        loserId: phone,
        rule: "shared-identifier",
        sourceId,
        loserEvents: 2,
        linkedBy: [
          { type: "email", value: "fm@shop.io", side: "winner" },
          { type: "anonymous_id", value: "fm-phone", side: "loser" },
        ],
      },
    ]);
  });
});

describe("late messages", () => {
  it("add their identifiers even when they move no seen time", async () => {
    await send(
      { type: "track", anonymousId: "late-anon", event: "A", timestamp: at(28) },
      { type: "track", anonymousId: "late-anon", event: "B", timestamp: at(31) },
    );
    await send({ type: "identify", anonymousId: "late-anon", traits: { email: "late@shop.io" }, timestamp: at(30) });
    const profile = await profileOf("anonymous_id", "late-anon");
    expect(await identitiesOf(profile)).toEqual(["anonymous_id=late-anon", "email=late@shop.io"]);
  });
});

describe("rules over HTTP", () => {
  it("keeps two people apart on a shared device (user_id limit 1, anonymous_id dropped first)", async () => {
    await send({ type: "identify", anonymousId: "shared-pc", userId: "alice", timestamp: at(1) });
    await send({ type: "track", anonymousId: "shared-pc", userId: "bob", event: "Logged In", timestamp: at(2) });
    const alice = await profileOf("user_id", "alice");
    const bob = await profileOf("user_id", "bob");
    expect(bob).not.toBe(alice);
    expect(await identitiesOf(alice)).toEqual(["anonymous_id=shared-pc", "user_id=alice"]);
    expect(await identitiesOf(bob)).toEqual(["user_id=bob"]);
    const bobEvents = await query<{ event: string }>(`SELECT event FROM events WHERE profile_id = $1`, [bob]);
    expect(bobEvents).toEqual([{ event: "Logged In" }]);
  });

  it("never promotes blocked values", async () => {
    await send({
      type: "identify",
      userId: "0",
      anonymousId: "blk-anon",
      traits: { email: "test@example.com", phone: "1234567890" },
      context: { externalIds: [{ id: "-1", type: "crm_id" }] },
    });
    expect(await identitiesOf(await profileOf("anonymous_id", "blk-anon"))).toEqual(["anonymous_id=blk-anon"]);
  });

  it("links an alias's previousId to its userId", async () => {
    await send({ type: "track", anonymousId: "al-anon", event: "Viewed", timestamp: at(1) });
    await send({ type: "track", userId: "al-user", event: "Bought", timestamp: at(2) });
    await send({ type: "alias", userId: "al-user", previousId: "al-anon", timestamp: at(3) });
    const profile = await profileOf("user_id", "al-user");
    expect(await profileOf("anonymous_id", "al-anon")).toBe(profile);
    const [merge] = await app.server.services.merges.list(app.workspaceId, { profileId: profile });
    expect(merge?.rule).toBe("alias");
  });

  it("applies a rules change to the next request at once", async () => {
    const rules = app.server.services.identityRules;
    await rules.update(app.workspaceId, {
      ...DEFAULT_IDENTITY_RULES,
      blocked: [...DEFAULT_IDENTITY_RULES.blocked, { match: "regex", value: "^kiosk-" }],
      traitIdentifiers: [{ trait: "loyaltyId", type: "loyalty_id" }],
    });
    const response = await postTracking(
      app.url,
      "batch",
      {
        batch: [
          { type: "track", anonymousId: "kiosk-7", event: "E", messageId: mid() },
          { type: "identify", userId: "loyal-1", traits: { loyaltyId: "L-99" }, messageId: mid() },
        ],
      },
      { writeKey },
    );
    expect(response.body).toMatchObject({
      rejected: [{ index: 0, reason: expect.stringMatching(/no usable identifier/) }],
    });
    expect(await identitiesOf(await profileOf("user_id", "loyal-1"))).toEqual(["loyalty_id=L-99", "user_id=loyal-1"]);
    await rules.reset(app.workspaceId);
  });

  it("validates rules and names the field at fault", async () => {
    const rules = app.server.services.identityRules;
    expect((await rules.get(app.workspaceId)).rules).toEqual(DEFAULT_IDENTITY_RULES);
    const error = await rules
      .update(app.workspaceId, { ...DEFAULT_IDENTITY_RULES, limits: [{ type: "email", max: 0 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "rules.limits[0].max" });
    const saved = await rules.update(app.workspaceId, { ...DEFAULT_IDENTITY_RULES, defaultLimit: 3 });
    expect(saved.version).toBeGreaterThan(1);
    await rules.reset(app.workspaceId);
  });
});

describe("traits", () => {
  it("merge last-write-wins by message timestamp, with provenance and history", async () => {
    await send({
      type: "identify",
      userId: "lww",
      traits: { plan: "pro", name: "Ada" },
      timestamp: at(20),
      messageId: "lww-new",
    });
    // Arrives later but happened earlier: recorded in the history, not applied.
    await send({
      type: "identify",
      userId: "lww",
      traits: { plan: "free", city: "Paris" },
      timestamp: at(10),
      messageId: "lww-old",
    });
    const profile = await profileOf("user_id", "lww");
    const [row] = await query<{ traits: unknown; trait_meta: unknown }>(
      `SELECT traits, trait_meta FROM profiles WHERE id = $1`,
      [profile],
    );
    expect(row?.traits).toEqual({ plan: "pro", name: "Ada", city: "Paris" });
    expect(row?.trait_meta).toEqual({
      plan: { at: at(20), sourceId, messageId: "lww-new" },
      name: { at: at(20), sourceId, messageId: "lww-new" },
      city: { at: at(10), sourceId, messageId: "lww-old" },
    });
    const history = await query(
      `SELECT key, value, applied, message_id FROM profile_trait_history WHERE profile_id = $1 ORDER BY id`,
      [profile],
    );
    expect(history).toEqual([
      { key: "plan", value: "pro", applied: true, message_id: "lww-new" },
      { key: "name", value: "Ada", applied: true, message_id: "lww-new" },
      { key: "plan", value: "free", applied: false, message_id: "lww-old" },
      { key: "city", value: "Paris", applied: true, message_id: "lww-old" },
    ]);
  });
});

describe("splitMerge", () => {
  it("restores the loser exactly: row, identities, events, dedupe keys, trait history and traits", async () => {
    await send({ type: "identify", userId: "sp-user", traits: { name: "Ada", plan: "free" }, timestamp: at(1) });
    await send({ type: "track", userId: "sp-user", event: "Order Completed", timestamp: at(2) });
    await send(
      { type: "identify", anonymousId: "sp-anon", traits: { plan: "pro", city: "Paris" }, timestamp: at(3) },
      { type: "page", anonymousId: "sp-anon", name: "Pricing", timestamp: at(4) },
      { type: "track", anonymousId: "sp-anon", event: "Trial Started", timestamp: at(9) },
    );
    const winner = await profileOf("user_id", "sp-user");
    const loser = await profileOf("anonymous_id", "sp-anon");
    if (!winner || !loser) throw new Error("profiles missing");
    const winnerBefore = await stateOf(winner);
    const loserBefore = await stateOf(loser);

    const changes: unknown[] = [];
    const remove = app.server.services.profileHooks.add({
      afterBatch: async (_client, change) => void changes.push({ merged: change.merged, events: change.events.length }),
      afterSplit: async (_client, change) => void changes.push(change),
    });
    // Happens between the loser's first and last message, so no identity's seen times move.
    await send({ type: "track", userId: "sp-user", anonymousId: "sp-anon", event: "Linked", timestamp: at(5) });
    expect(await profileOf("anonymous_id", "sp-anon")).toBe(winner);
    const [merge] = await app.server.services.merges.list(app.workspaceId, { profileId: loser });
    const [merged] = await query<{ traits: unknown }>(`SELECT traits FROM profiles WHERE id = $1`, [winner]);
    expect(merged?.traits).toEqual({ name: "Ada", plan: "pro", city: "Paris" });

    const result = await app.server.services.merges.splitMerge(app.workspaceId, merge?.id ?? "");
    expect(result).toEqual({ mergeId: merge?.id, restoredProfileId: loser, fromProfileId: winner });
    remove();
    expect(changes).toEqual([
      { merged: [{ loserId: loser, holderId: winner }], events: 1 },
      {
        workspaceId: app.workspaceId,
        restoredProfileId: loser,
        fromProfileId: winner,
        eventIds: loserBefore.events.map((e) => String(e.id)),
      },
    ]);
    expect(await stateOf(loser)).toEqual(loserBefore);
    const winnerAfter = await stateOf(winner);
    expect(winnerAfter.profile).toEqual([{ ...winnerBefore.profile[0], last_seen_at: new Date(at(5)) }]);
    // Seen times of identities are kept to the hour: the linking message, minutes later, rewrote none.
    expect(winnerAfter.identities).toEqual(winnerBefore.identities);
    expect(winnerAfter.history).toEqual(winnerBefore.history);
    expect(winnerAfter.events.map((e) => e.event)).toEqual([null, "Order Completed", "Linked"]);
    const [undone] = await app.server.services.merges.list(app.workspaceId, { profileId: loser });
    expect(undone?.undoneAt).toBeInstanceOf(Date);

    await expect(app.server.services.merges.splitMerge(app.workspaceId, merge?.id ?? "")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      app.server.services.merges.splitMerge(app.workspaceId, "00000000-0000-4000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.server.services.merges.splitMerge(app.workspaceId, "nope")).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
    });
  });

  it("finds the loser's rows where they are now, after the winner was merged again", async () => {
    await send({ type: "track", anonymousId: "ch-a", event: "A", timestamp: at(1) });
    await send({ type: "track", anonymousId: "ch-b", event: "B", timestamp: at(2) });
    await send({ type: "track", anonymousId: "ch-c", event: "C", timestamp: at(3) });
    const [a, b, c] = [
      await profileOf("anonymous_id", "ch-a"),
      await profileOf("anonymous_id", "ch-b"),
      await profileOf("anonymous_id", "ch-c"),
    ];
    if (!a || !b || !c) throw new Error("profiles missing");
    const cBefore = await stateOf(c);
    // At C's only moment, so that no identity of C gets new seen times.
    await send({
      type: "track",
      anonymousId: "ch-b",
      context: { externalIds: [{ id: "ch-c", type: "anonymous_id" }] },
      event: "B+C",
      timestamp: at(3),
    });
    await send({
      type: "track",
      anonymousId: "ch-a",
      context: { externalIds: [{ id: "ch-b", type: "anonymous_id" }] },
      event: "A+B",
      timestamp: at(5),
    });
    expect(await profileOf("anonymous_id", "ch-c")).toBe(a);
    const [cMerge] = (await app.server.services.merges.list(app.workspaceId, { profileId: c })).filter(
      (m) => m.loserId === c,
    );
    expect(cMerge?.winnerId).toBe(b);

    await app.server.services.merges.splitMerge(app.workspaceId, cMerge?.id ?? "");
    expect(await stateOf(c)).toEqual(cBefore);
    expect(await identitiesOf(a)).toEqual(["anonymous_id=ch-a", "anonymous_id=ch-b"]);
  });
});

describe("concurrency", () => {
  it("leaves exactly one profile when 20 concurrent requests link the same ids in different orders", async () => {
    // Five of each: within the default limit of 5 per type, so everything may end up in one profile.
    const anon = (i: number) => `cc-anon-${i % 5}`;
    const email = (i: number) => `cc-${i % 5}@shop.io`;
    const requests = Array.from({ length: 20 }, (_, k) => {
      const links = [
        { anonymousId: anon(k), context: { traits: { email: email(k) } } },
        { anonymousId: anon(k + 3), context: { traits: { email: email(k + 1) } } },
        { anonymousId: anon(k + 2), context: { externalIds: [{ id: anon(k), type: "anonymous_id" }] } },
      ];
      const ordered = k % 2 ? links.reverse() : links;
      return postTracking(
        app.url,
        "batch",
        {
          batch: ordered.map((l, j) => ({
            type: "track",
            event: `E${k}.${j}`,
            messageId: `cc-${k}-${j}`,
            timestamp: at(k),
            ...l,
          })),
        },
        { writeKey },
      );
    });
    const answers = await Promise.all(requests);
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const profiles = await query<{ profile_id: string }>(
      `SELECT DISTINCT profile_id FROM identities WHERE workspace_id = $1 AND (value LIKE 'cc-anon-%' OR value LIKE 'cc-%@shop.io')`,
      [app.workspaceId],
    );
    expect(profiles).toHaveLength(1);
    expect(await identitiesOf(profiles[0]?.profile_id)).toHaveLength(10);
    const events = await query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE profile_id = $1`, [
      profiles[0]?.profile_id,
    ]);
    expect(events[0]?.n).toBe(60);
    await assertConsistent();
  });

  it("keeps one profile per person under concurrent identify storms from two sources", async () => {
    const other = await app.server.services.sources.create(app.workspaceId, "App", "app");
    const people = 8;
    const requests = Array.from({ length: 24 }, (_, k) => {
      const person = k % people;
      const key = k % 2 ? other.writeKey : writeKey;
      return postTracking(
        app.url,
        "batch",
        {
          batch: [
            {
              type: "identify",
              userId: `storm-${person}`,
              anonymousId: `storm-dev-${k}`,
              traits: { email: `storm${person}@shop.io`, n: k },
              messageId: `st-${k}-1`,
              timestamp: at(k),
            },
            { type: "track", anonymousId: `storm-dev-${k}`, event: "Tapped", messageId: `st-${k}-2`, timestamp: at(k) },
          ],
        },
        { writeKey: key },
      );
    });
    expect((await Promise.all(requests)).every((a) => a.status === 200)).toBe(true);
    const rows = await query<{ n: number }>(
      `SELECT count(DISTINCT profile_id)::int AS n FROM identities WHERE workspace_id = $1 AND value LIKE 'storm%'`,
      [app.workspaceId],
    );
    expect(rows[0]?.n).toBe(people);
    for (let person = 0; person < people; person++) {
      expect(await identitiesOf(await profileOf("user_id", `storm-${person}`))).toHaveLength(5);
    }
    await assertConsistent();
  });
});

describe("dry run", () => {
  it("reports the merges and splits proposed rules would cause, writing nothing", async () => {
    const counts = () =>
      query(`SELECT (SELECT count(*) FROM profiles)::int AS p, (SELECT count(*) FROM profile_merges)::int AS m`);
    const before = await counts();
    const rules = app.server.services.identityRules;
    const looser = await rules.dryRun(app.workspaceId, {
      ...DEFAULT_IDENTITY_RULES,
      limits: [{ type: "user_id", max: 2 }],
    });
    expect(looser.merges).toContainEqual({
      identifiers: expect.arrayContaining([
        { type: "user_id", value: "alice" },
        { type: "user_id", value: "bob" },
      ]),
      profiles: 2,
      messages: 2,
    });
    const stricter = await rules.dryRun(app.workspaceId, {
      ...DEFAULT_IDENTITY_RULES,
      blocked: [...DEFAULT_IDENTITY_RULES.blocked, { types: ["email"], match: "exact", value: "fm@shop.io" }],
    });
    expect(stricter.splits).toContainEqual(
      expect.objectContaining({
        identifiers: expect.arrayContaining([{ type: "email", value: "fm@shop.io" }]),
        profiles: 2,
      }),
    );
    expect(await counts()).toEqual(before);
    await expect(rules.dryRun(app.workspaceId, { nope: true })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(rules.dryRun(app.workspaceId, DEFAULT_IDENTITY_RULES, { messages: 0 })).rejects.toMatchObject({
      field: "messages",
    });
  });
});
