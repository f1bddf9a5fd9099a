import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { and, event, rule } from "../audiences/cases.fixture.js";
import { ingestShoppers } from "../audiences/test-app.fixture.js";
import { postTracking } from "../ingestion/tracking-client.js";

let app: TestApp;
let marketer: string;
let writeKey: string;
let ids: Map<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  marketer = await app.signIn("marketer");
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Web", "website")).writeKey;
  ids = await ingestShoppers(app, writeKey, [
    { userId: "ann", traits: { country: "DE" }, orders: [100, 200, 300] },
    { userId: "ben", traits: { country: "FR" }, orders: [50] },
    { userId: "cid", traits: { country: "DE" }, orders: [] },
    { userId: "dee", traits: { country: "US" }, orders: [] },
  ]);
  await app.server.services.audiencePreviews.refreshInBackground(app.workspaceId);
});
afterAll(async () => app.close());

const gql = <T>(query: string, variables: Record<string, unknown> = {}, cookie = marketer) =>
  app.gql<T>(query, variables, { cookie });

const orders = (n: number) => and(event("performed", { event: "Order Completed", count: { op: "atLeast", n } }));

type Saved = { id: string; size: number | null; refreshedAt: string | null };
async function create(name: string, rules: unknown): Promise<Saved> {
  const result = await gql<{ createSegment: Saved }>(
    `mutation ($name: String!, $rules: JSONObject!) {
      createSegment(input: { name: $name, rules: $rules }) { id size refreshedAt } }`,
    { name, rules },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSegment;
}

type Membership = {
  segment: {
    size: number;
    members: { totalCount: number; edges: Array<{ node: { id: string } }> };
    changes: Array<{ kind: string; profile: { id: string }; segment: { id: string } }>;
    sizeHistory: Array<{ size: number }>;
  };
};
async function membership(id: string) {
  const result = await gql<Membership>(
    `query ($id: ID!) { segment(id: $id) { size members(first: 50) { totalCount edges { node { id } } }
      changes { kind profile { id } segment { id } } sizeHistory { size } } }`,
    { id },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const { segment } = result.data;
  return { ...segment, memberIds: segment.members.edges.map((e) => e.node.id).sort() };
}

/** Polls until `check` passes: real-time moves happen on the worker's next round, not in the request. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (check(value) || attempt >= 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sorted = (...names: string[]) => names.map((n) => ids.get(n)).sort();

describe("materialised membership", () => {
  it("evaluates a new audience before answering, with members, history and changes", async () => {
    const saved = await create("Repeat buyers", orders(2));
    expect(saved.size).toBe(1);
    expect(saved.refreshedAt).toEqual(expect.any(String));
    const state = await membership(saved.id);
    expect(state.memberIds).toEqual(sorted("ann"));
    expect(state.members.totalCount).toBe(1);
    expect(state.sizeHistory).toEqual([{ size: 1 }]);
    expect(state.changes).toEqual([{ kind: "ENTERED", profile: { id: ids.get("ann") }, segment: { id: saved.id } }]);
  });

  it("shows the impact of an edit, then applies it with entries and exits", async () => {
    const saved = await create("Buyers", orders(3));
    const impact = await gql<{ audienceImpact: unknown }>(
      `query ($id: ID!, $rules: JSONObject!) { audienceImpact(id: $id, rules: $rules) { entering leaving staying } }`,
      { id: saved.id, rules: and(rule("traits.country", "=", "DE")) },
    );
    expect(impact.data?.audienceImpact).toEqual({ entering: 1, leaving: 0, staying: 1 });

    const updated = await gql<{ updateSegment: { size: number } }>(
      `mutation ($id: ID!, $rules: JSONObject!) { updateSegment(id: $id, input: { name: "Buyers", rules: $rules }) { size } }`,
      { id: saved.id, rules: and(rule("traits.country", "=", "FR")) },
    );
    expect(updated.data?.updateSegment.size).toBe(1);
    const state = await membership(saved.id);
    expect(state.memberIds).toEqual(sorted("ben"));
    expect(state.changes.map((c) => [c.kind, c.profile.id]).sort()).toEqual(
      [
        ["ENTERED", ids.get("ann")],
        ["ENTERED", ids.get("ben")],
        ["EXITED", ids.get("ann")],
      ].sort(),
    );
  });

  it("lists a profile's audiences and its history", async () => {
    const result = await gql<{
      profile: { audiences: Array<{ segment: { name: string }; enteredAt: string }>; audienceChanges: unknown[] };
    }>(`query ($id: ID!) { profile(id: $id) { audiences { segment { name } enteredAt } audienceChanges { kind } } }`, {
      id: ids.get("ann"),
    });
    expect(result.data?.profile.audiences.map((a) => a.segment.name)).toEqual(["Repeat buyers"]);
    expect(result.data?.profile.audienceChanges).toHaveLength(3);
  });

  it("gives the exact overlap regions of saved audiences", async () => {
    const germans = await create("Germans", and(rule("traits.country", "=", "DE")));
    const buyers = await create("Any buyer", orders(1));
    const result = await gql<{ audienceOverlap: { audiences: Array<{ id: string }>; regions: unknown[] } }>(
      `query ($ids: [ID!]!) { audienceOverlap(ids: $ids) { audiences { id } regions { audienceIds count } } }`,
      { ids: [germans.id, buyers.id] },
    );
    expect(result.data?.audienceOverlap.regions).toEqual([
      { audienceIds: [germans.id], count: 1 },
      { audienceIds: [buyers.id], count: 1 },
      { audienceIds: [germans.id, buyers.id], count: 1 },
    ]);
    for (const bad of [[germans.id], [germans.id, germans.id], [germans.id, buyers.id, germans.id, buyers.id]]) {
      const refused = await gql(`query ($ids: [ID!]!) { audienceOverlap(ids: $ids) { regions { count } } }`, {
        ids: bad,
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ids" });
    }
  });

  it("refreshes on demand for admins and marketers only", async () => {
    const saved = await create("Everyone", and());
    const analyst = await app.signIn("analyst");
    const forbidden = await gql(`mutation ($id: ID!) { refreshSegment(id: $id) { size } }`, { id: saved.id }, analyst);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const refreshed = await gql<{ refreshSegment: { size: number } }>(
      `mutation ($id: ID!) { refreshSegment(id: $id) { size } }`,
      { id: saved.id },
    );
    expect(refreshed.data?.refreshSegment.size).toBeGreaterThanOrEqual(4);
  });
});

describe("bad input on membership fields", () => {
  it("names the argument at fault", async () => {
    const saved = await create("Checked", orders(1));
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`query ($id: ID!) { segment(id: $id) { members(after: "nope") { totalCount } } }`, { id: saved.id }, "after"],
      [`query ($id: ID!) { segment(id: $id) { members(first: 0) { totalCount } } }`, { id: saved.id }, "first"],
      [`query ($id: ID!) { segment(id: $id) { sizeHistory(days: 0) { size } } }`, { id: saved.id }, "days"],
      [`query ($id: ID!) { segment(id: $id) { changes(first: 9999) { kind } } }`, { id: saved.id }, "first"],
      [
        `query ($id: ID!, $r: JSONObject!) { audienceImpact(id: $id, rules: $r) { entering } }`,
        { id: saved.id, r: and(event("performed", { event: "Nope" })) },
        "rules.rules[0].value.event",
      ],
      [`mutation { refreshSegment(id: "x'; --") { size } }`, {}, "id"],
    ];
    for (const [query, variables, field] of cases) {
      const result = await gql(query, variables);
      expect({ query, ...result.errors?.[0]?.extensions }).toEqual({ query, code: "BAD_USER_INPUT", field });
    }
    const missing = await gql(`mutation { refreshSegment(id: "9b2f4c3e-0000-4000-8000-000000000000") { size } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("real-time membership", () => {
  it("moves a profile into an audience after an event sent to /v1/track", async () => {
    const saved = await create("Has ordered", orders(1));
    expect((await membership(saved.id)).memberIds).not.toContain(ids.get("cid"));
    const sent = await postTracking(
      app.url,
      "track",
      { userId: "cid", event: "Order Completed", properties: { revenue: 20 }, messageId: "cid-live-1" },
      { writeKey },
    );
    expect(sent.status).toBe(200);
    const state = await eventually(
      () => membership(saved.id),
      (s) => s.memberIds.includes(ids.get("cid") ?? ""),
    );
    expect(state.memberIds).toContain(ids.get("cid"));
    expect(state.size).toBe(state.members.totalCount);
    expect(state.changes[0]).toMatchObject({ kind: "ENTERED", profile: { id: ids.get("cid") } });
    expect(state.sizeHistory.at(-1)?.size).toBe(state.memberIds.length);
  });

  it("follows merges: the merged-away profile leaves, the profile holding its events is re-evaluated", async () => {
    const saved = await create("Two orders", orders(2));
    const track = (anonymousId: string, n: number) =>
      postTracking(
        app.url,
        "track",
        { anonymousId, event: "Order Completed", properties: { revenue: 10 }, messageId: `${anonymousId}-${n}` },
        { writeKey },
      );
    await track("visitor-1", 1);
    await track("visitor-1", 2);
    const visitor = await eventually(
      async () =>
        (await app.server.services.db.query(`SELECT profile_id FROM identities WHERE value = 'visitor-1'`)) as Array<{
          profile_id: string;
        }>,
      (rows) => rows.length === 1,
    );
    const visitorId = visitor[0]?.profile_id ?? "";
    await eventually(
      () => membership(saved.id),
      (s) => s.memberIds.includes(visitorId),
    );
    // The visitor signs in as dee: the two profiles merge and dee's profile now has two orders.
    const identified = await postTracking(
      app.url,
      "identify",
      { anonymousId: "visitor-1", userId: "dee", messageId: "visitor-1-login" },
      { writeKey },
    );
    expect(identified.status).toBe(200);
    const [holder] = (await app.server.services.db.query(
      `SELECT profile_id FROM identities WHERE value = 'visitor-1'`,
    )) as Array<{ profile_id: string }>;
    const loser = holder?.profile_id === visitorId ? ids.get("dee") : visitorId;
    const left = (await app.server.services.db.query(`SELECT id FROM profiles WHERE id = $1`, [loser])) as unknown[];
    expect(left).toEqual([]);
    const state = await eventually(
      () => membership(saved.id),
      (s) => s.memberIds.includes(holder?.profile_id ?? "") && !s.memberIds.includes(loser ?? ""),
    );
    expect(state.memberIds).toContain(holder?.profile_id);
    expect(state.memberIds).not.toContain(loser);
    expect(state.size).toBe(state.memberIds.length);

    // Undoing the merge gives the orders back to the restored profile: memberships follow the events.
    const [merge] = (await app.server.services.db.query(
      `SELECT id FROM profile_merges WHERE workspace_id = $1 AND loser_id = $2`,
      [app.workspaceId, loser],
    )) as Array<{ id: string }>;
    await app.server.services.merges.splitMerge(app.workspaceId, merge?.id ?? "");
    const buyers = async () =>
      (
        (await app.server.services.db.query(
          `SELECT profile_id FROM events WHERE profile_id = ANY($1::uuid[]) AND event = 'Order Completed'
            GROUP BY profile_id HAVING count(*) >= 2`,
          [[holder?.profile_id, loser]],
        )) as Array<{ profile_id: string }>
      ).map((r) => r.profile_id);
    const expected = await buyers();
    expect(expected).toHaveLength(1);
    const split = await eventually(
      () => membership(saved.id),
      (s) => s.memberIds.filter((id) => id === holder?.profile_id || id === loser).join() === expected.join(),
    );
    expect(split.memberIds.filter((id) => id === holder?.profile_id || id === loser)).toEqual(expected);
    expect(split.size).toBe(split.memberIds.length);
  });

  it("re-evaluates every saved audience on the schedule (time windows move with the clock)", async () => {
    const refreshed = await app.server.services.memberships.refreshAll();
    const [{ n }] = (await app.server.services.db.query(
      `SELECT count(*)::int AS n FROM segments WHERE workspace_id = $1`,
      [app.workspaceId],
    )) as [{ n: number }];
    expect(refreshed).toBe(n);
    const sizes = (await app.server.services.db.query(
      `SELECT s.size, (SELECT count(*)::int FROM segment_members m WHERE m.segment_id = s.id) AS members
         FROM segments s WHERE s.workspace_id = $1`,
      [app.workspaceId],
    )) as Array<{ size: number; members: number }>;
    for (const row of sizes) expect(row.size).toBe(row.members);
  });
});
