import type { Logger } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking } from "../ingestion/tracking-client.js";

// The profile page's fields over real ingestion: value, trait provenance and history, event names, daily activity,
// following a merged-away id, bad input, and one query per field for a whole page of profiles.

let app: TestApp;
let cookie: string;
let webKey: string;
let crmKey: string;
let ada: string;
let visitor: string;

let seq = 0;
async function send(writeKey: string, ...batch: Array<Record<string, unknown>>) {
  const messages = batch.map((m) => ({ messageId: `insights-${++seq}`, ...m }));
  const response = await postTracking(app.url, "batch", { batch: messages }, { writeKey });
  expect(response).toMatchObject({ status: 200, body: { success: true } });
}

async function profileOf(type: string, value: string): Promise<string> {
  const rows: Array<{ profile_id: string }> = await app.server.services.db.query(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  );
  const id = rows[0]?.profile_id;
  if (!id) throw new Error(`no profile holds ${type}=${value}`);
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("analyst");
  const { sources } = app.server.services;
  webKey = (await sources.create(app.workspaceId, "Web", "website")).writeKey;
  crmKey = (await sources.create(app.workspaceId, "CRM", "crm")).writeKey;
  await send(webKey, {
    type: "identify",
    userId: "ada",
    traits: { name: "Ada Lovelace", email: "ada@example.com", plan: "free" },
    timestamp: "2026-03-01T10:00:00Z",
  });
  await send(crmKey, { type: "identify", userId: "ada", traits: { plan: "pro" }, timestamp: "2026-03-05T10:00:00Z" });
  // Older than the CRM's value: recorded in the history, but not applied.
  await send(webKey, { type: "identify", userId: "ada", traits: { plan: "trial" }, timestamp: "2026-03-02T10:00:00Z" });
  await send(
    webKey,
    { type: "track", userId: "ada", event: "Page Viewed", timestamp: "2026-03-08T09:00:00Z" },
    { type: "track", userId: "ada", event: "Page Viewed", timestamp: "2026-03-08T11:00:00Z" },
    { type: "track", userId: "ada", event: "Order Completed", timestamp: "2026-03-09T12:00:00Z" },
    { type: "track", userId: "ada", event: "Page Viewed", timestamp: "2026-03-10T08:00:00Z" },
  );
  await send(webKey, {
    type: "track",
    anonymousId: "visitor-1",
    event: "Pricing Viewed",
    timestamp: "2026-03-06T10:00:00Z",
  });
  visitor = await profileOf("anonymous_id", "visitor-1");
  await send(webKey, { type: "track", userId: "bob", event: "Page Viewed", timestamp: "2026-03-03T10:00:00Z" });
  await send(webKey, { type: "identify", userId: "ada", anonymousId: "visitor-1", timestamp: "2026-03-10T09:00:00Z" });
  ada = await profileOf("user_id", "ada");

  const db = app.server.services.db;
  const [model] = (await db.query(
    `INSERT INTO ltv_models (workspace_id, status, trigger, revenue_event, revenue_property, currency)
     VALUES ($1, 'succeeded', 'manual', 'Order Completed', 'revenue', 'EUR') RETURNING id`,
    [app.workspaceId],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at, p_alive,
        expected_purchases_52w, expected_spend_per_order, predicted_value_12m, model_id)
     VALUES ($1, $2, 1, 42.5, '2026-03-09', '2026-03-09', 0.8, 1.5, 40, 55.25, $3)`,
    [ada, app.workspaceId, model?.id],
  );
});
afterAll(async () => {
  await app.close();
});

type Insights = {
  profile: {
    lifetimeValue: Record<string, unknown> | null;
    traitSources: Array<{ key: string; at: string; sourceName: string | null }>;
    eventNames: Array<{ event: string; count: number }>;
    activity: { from: string; to: string; total: number; days: Array<{ day: string; events: number }> };
  };
};

const INSIGHTS = `query($id: ID!, $days: Int!) { profile(id: $id) {
  lifetimeValue { orders revenue firstOrderOn lastOrderOn pAlive expectedPurchases12m predictedValue12m currency }
  traitSources { key at sourceName }
  eventNames { event count }
  activity(days: $days) { from to total days { day events } }
} }`;

const HISTORY = `query($id: ID!, $key: String, $first: Int!, $after: String) { profile(id: $id) {
  traitHistory(key: $key, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { key value at sourceName applied } }
  }
} }`;
type History = {
  profile: {
    traitHistory: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { key: string; value: unknown; at: string; sourceName: string; applied: boolean } }>;
    };
  };
};

describe("profile page fields", () => {
  it("answers value, provenance, event names and daily activity", async () => {
    const result = await app.gql<Insights>(INSIGHTS, { id: ada, days: 5 }, { cookie });
    expect(result.errors).toBeUndefined();
    const profile = result.data?.profile;
    expect(profile?.lifetimeValue).toEqual({
      orders: 1,
      revenue: 42.5,
      firstOrderOn: "2026-03-09",
      lastOrderOn: "2026-03-09",
      pAlive: 0.8,
      expectedPurchases12m: 1.5,
      predictedValue12m: 55.25,
      currency: "EUR",
    });
    const plan = profile?.traitSources.find((s) => s.key === "plan");
    expect(plan).toEqual({ key: "plan", at: "2026-03-05T10:00:00.000Z", sourceName: "CRM" });
    expect(profile?.traitSources.find((s) => s.key === "email")?.sourceName).toBe("Web");
    expect(profile?.eventNames).toEqual([
      { event: "Page Viewed", count: 3 },
      { event: "Order Completed", count: 1 },
      { event: "Pricing Viewed", count: 1 },
    ]);
    expect(profile?.activity).toEqual({
      from: "2026-03-06",
      to: "2026-03-10",
      total: 6,
      days: [
        { day: "2026-03-06", events: 1 },
        { day: "2026-03-07", events: 0 },
        { day: "2026-03-08", events: 2 },
        { day: "2026-03-09", events: 1 },
        // the track and the identify that merged the visitor
        { day: "2026-03-10", events: 2 },
      ],
    });
  });

  it("counts only the events of one name when asked, and nothing for a name never sent", async () => {
    const ACTIVITY = `query($id: ID!, $event: String) { profile(id: $id) { activity(days: 3, event: $event) { total days { events } } } }`;
    type Activity = { profile: { activity: { total: number; days: Array<{ events: number }> } } };
    const views = await app.gql<Activity>(ACTIVITY, { id: ada, event: "Page Viewed" }, { cookie });
    expect(views.data?.profile.activity).toEqual({ total: 3, days: [{ events: 2 }, { events: 0 }, { events: 1 }] });
    const none = await app.gql<Activity>(ACTIVITY, { id: ada, event: "Never Sent" }, { cookie });
    expect(none.data?.profile.activity.total).toBe(0);
  });

  it("has no lifetime value for a profile without orders", async () => {
    const result = await app.gql<Insights>(INSIGHTS, { id: ada, days: 1 }, { cookie });
    expect(result.data?.profile.activity.days).toEqual([{ day: "2026-03-10", events: 2 }]);
    const other = await app.gql<{ profiles: { edges: Array<{ node: { id: string; lifetimeValue: unknown } }> } }>(
      `{ profiles(first: 10) { edges { node { id lifetimeValue { revenue } } } } }`,
      {},
      { cookie },
    );
    const values = other.data?.profiles.edges.map((e) => [e.node.id === ada, e.node.lifetimeValue]);
    expect(values).toEqual([
      [true, { revenue: 42.5 }],
      [false, null],
    ]);
  });

  it("lists a trait's values newest first with their sources, late values marked, paged by cursor", async () => {
    const first = await app.gql<History>(HISTORY, { id: ada, key: "plan", first: 2 }, { cookie });
    const page = first.data?.profile.traitHistory;
    expect(page?.edges.map((e) => [e.node.value, e.node.sourceName, e.node.applied])).toEqual([
      ["pro", "CRM", true],
      ["trial", "Web", false],
    ]);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const second = await app.gql<History>(
      HISTORY,
      { id: ada, key: "plan", first: 2, after: page?.pageInfo.endCursor },
      { cookie },
    );
    expect(second.data?.profile.traitHistory.edges.map((e) => [e.node.value, e.node.at])).toEqual([
      ["free", "2026-03-01T10:00:00.000Z"],
    ]);
    expect(second.data?.profile.traitHistory.pageInfo.hasNextPage).toBe(false);
    const unknown = await app.gql<History>(HISTORY, { id: ada, key: "nope", first: 5 }, { cookie });
    expect(unknown.data?.profile.traitHistory.edges).toEqual([]);
  });

  it("filters events by a name the profile never sent to an empty page", async () => {
    const result = await app.gql<{ profile: { events: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }>(
      `query($id: ID!) { profile(id: $id) { events(first: 5, event: "Never Sent") { edges { cursor } pageInfo { hasNextPage } } } }`,
      { id: ada },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.profile.events).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it("follows a merged-away id to the profile that holds it now", async () => {
    const LOCATE = `query($id: ID!) { profileLocation(id: $id) { id currentId mergedInto mergedAt } }`;
    type Located = {
      profileLocation: { id: string; currentId: string; mergedInto: string[]; mergedAt: string | null };
    };
    const merged = await app.gql<Located>(LOCATE, { id: visitor }, { cookie });
    expect(merged.data?.profileLocation).toMatchObject({ id: visitor, currentId: ada, mergedInto: [ada] });
    expect(merged.data?.profileLocation.mergedAt).not.toBeNull();
    const live = await app.gql<Located>(LOCATE, { id: ada }, { cookie });
    expect(live.data?.profileLocation).toEqual({ id: ada, currentId: ada, mergedInto: [], mergedAt: null });
    const anonymous = await app.gql(LOCATE, { id: ada });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("bad input", () => {
  const UNKNOWN = "00000000-0000-4000-8000-000000000000";
  it.each([
    [
      "profile with an unknown id",
      `query($id: ID!) { profile(id: $id) { id } }`,
      { id: UNKNOWN },
      "NOT_FOUND",
      undefined,
    ],
    [
      "profile with a malformed id",
      `query($id: ID!) { profile(id: $id) { id } }`,
      { id: "42'" },
      "BAD_USER_INPUT",
      "id",
    ],
    [
      "location of an unknown id",
      `query($id: ID!) { profileLocation(id: $id) { currentId } }`,
      { id: UNKNOWN },
      "NOT_FOUND",
      undefined,
    ],
    [
      "location of a malformed id",
      `query($id: ID!) { profileLocation(id: $id) { currentId } }`,
      { id: "x" },
      "BAD_USER_INPUT",
      "id",
    ],
    [
      "events after a malformed cursor",
      `query($id: ID!) { profile(id: $id) { events(first: 5, after: "garbage") { edges { cursor } } } }`,
      {},
      "BAD_USER_INPUT",
      "after",
    ],
    [
      "events after a cursor of the wrong shape",
      `query($id: ID!) { profile(id: $id) { events(first: 5, after: "WyJ4IiwieSJd") { edges { cursor } } } }`,
      {},
      "BAD_USER_INPUT",
      "after",
    ],
    [
      "trait history after a malformed cursor",
      `query($id: ID!) { profile(id: $id) { traitHistory(first: 5, after: "WyIyMDI2IiwiMSJd") { edges { cursor } } } }`,
      {},
      "BAD_USER_INPUT",
      "after",
    ],
    [
      "trait history of too many",
      `query($id: ID!) { profile(id: $id) { traitHistory(first: 500) { edges { cursor } } } }`,
      {},
      "BAD_USER_INPUT",
      "first",
    ],
    [
      "activity over no days",
      `query($id: ID!) { profile(id: $id) { activity(days: 0) { total } } }`,
      {},
      "BAD_USER_INPUT",
      "days",
    ],
  ])("answers %s with a clear error", async (_what, query, variables, code, field) => {
    const result = await app.gql(query, { id: ada, ...variables }, { cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    if (code === "NOT_FOUND") expect(result.errors?.[0]?.message).toBe(`Profile ${UNKNOWN} not found`);
  });
});

describe("batching", () => {
  it("loads every page field for a page of profiles with one query per field (no N+1)", async () => {
    const db = app.server.services.db;
    const original = db.logger;
    // Background workers share the data source, so count the statements of each field rather than all of them.
    const statements: string[] = [];
    const counting: Logger = {
      logQuery: (sql) => void statements.push(sql),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    Object.assign(db, { logger: counting });
    try {
      const result = await app.gql<{ profiles: { edges: unknown[] } }>(
        `{ profiles(first: 50) { edges { node { id lifetimeValue { revenue } traitSources { key sourceName }
            eventNames { event } activity(days: 30) { total } traitHistory(first: 3) { edges { node { key } } } merges { id } } } } }`,
        {},
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.profiles.edges).toHaveLength(2);
    } finally {
      Object.assign(db, { logger: original });
    }
    const count = (marker: string) => statements.filter((sql) => sql.includes(marker)).length;
    expect({
      lifetimeValue: count("FROM profile_ltv l"),
      traitSources: count("jsonb_each(p.trait_meta)"),
      eventNames: count("GROUP BY profile_id, event"),
      activity: count("generate_series"),
      traitHistory: count("FROM profile_trait_history h"),
      merges: count("m.winner_id = p.id"),
    }).toEqual({ lifetimeValue: 1, traitSources: 1, eventNames: 1, activity: 1, traitHistory: 1, merges: 1 });
  });
});
