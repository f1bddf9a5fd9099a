import RudderAnalytics from "@rudderstack/rudder-sdk-node";
import { Analytics as SegmentAnalytics } from "@segment/analytics-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";

// The official Node clients, unchanged, pointed at Mosaic: what they send must land in the right merged profiles.

let app: TestApp;
let writeKey: string;

beforeAll(async () => {
  app = await startTestApp();
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Backend", "backend")).writeKey;
});
afterAll(async () => app.close());

type ProfileView = { id: string; traits: Record<string, unknown>; identities: Array<{ type: string; value: string }> };

async function profileHolding(type: string, value: string): Promise<ProfileView> {
  const cookie = await app.signIn("analyst");
  const search = await app.gql<{ profiles: { edges: Array<{ node: { id: string } }> } }>(
    `query($s: String) { profiles(first: 5, search: $s) { edges { node { id } } } }`,
    { s: value },
    { cookie },
  );
  const ids: Array<{ profile_id: string }> = await app.server.services.db.query(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  );
  const id = ids[0]?.profile_id ?? "";
  expect(search.data?.profiles.edges.map((e) => e.node.id)).toContain(id);
  const result = await app.gql<{ profile: ProfileView }>(
    `query($id: ID!) { profile(id: $id) { id traits identities { type value } } }`,
    { id },
    { cookie },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.profile;
}

async function eventsOf(profileId: string) {
  const rows: Array<{
    type: string;
    event: string | null;
    properties: Record<string, unknown>;
    context: Record<string, unknown>;
  }> = await app.server.services.db.query(
    `SELECT type, event, properties, context FROM events WHERE profile_id = $1 ORDER BY id`,
    [profileId],
  );
  return rows;
}

async function storedCount(prefix: string): Promise<number> {
  const rows: Array<{ n: number }> = await app.server.services.db.query(
    `SELECT count(*)::int AS n FROM events WHERE coalesce(user_id, anonymous_id) LIKE $1`,
    [`${prefix}%`],
  );
  return rows[0]?.n ?? 0;
}

const sorted = (ids: Array<{ type: string; value: string }>) =>
  [...ids].sort((a, b) => `${a.type}:${a.value}`.localeCompare(`${b.type}:${b.value}`));

describe("@segment/analytics-node", () => {
  it("sends identify, track, page, group and alias that resolve into one profile", async () => {
    const errors: unknown[] = [];
    const analytics = new SegmentAnalytics({ writeKey, host: app.url, maxEventsInBatch: 1, flushInterval: 20 });
    analytics.on("error", (error) => errors.push(error));
    analytics.track({ anonymousId: "seg-anon-1", event: "Product Viewed", properties: { sku: "S-1", price: 12.5 } });
    analytics.identify({
      userId: "seg-user-1",
      anonymousId: "seg-anon-1",
      traits: { email: " Ada@Example.ORG ", name: "Ada Lovelace", plan: "pro" },
    });
    analytics.page({ userId: "seg-user-1", name: "Home", properties: { path: "/" } });
    analytics.group({ userId: "seg-user-1", groupId: "acme", traits: { name: "Acme Inc" } });
    analytics.track({ anonymousId: "seg-anon-2", event: "Signed Out" });
    analytics.alias({ userId: "seg-user-1", previousId: "seg-anon-2" });
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual([]);

    const profile = await profileHolding("user_id", "seg-user-1");
    expect(sorted(profile.identities)).toEqual([
      { type: "anonymous_id", value: "seg-anon-1" },
      { type: "anonymous_id", value: "seg-anon-2" },
      { type: "email", value: "ada@example.org" },
      { type: "user_id", value: "seg-user-1" },
    ]);
    expect(profile.traits).toMatchObject({ name: "Ada Lovelace", plan: "pro", email: " Ada@Example.ORG " });
    const events = await eventsOf(profile.id);
    expect(events.map((e) => e.type).sort()).toEqual(["alias", "group", "identify", "page", "track", "track"]);
    expect(events.find((e) => e.type === "group")?.properties).toEqual({
      groupId: "acme",
      traits: { name: "Acme Inc" },
    });
    expect(events.find((e) => e.type === "page")?.event).toBe("Home");
    expect(events[0]?.context.library).toMatchObject({ name: "@segment/analytics-node" });
  });
});

describe("@rudderstack/rudder-sdk-node", () => {
  it("sends gzipped batches (identify, track, page, group, alias) that resolve into one profile", async () => {
    const errors: unknown[] = [];
    const client = new RudderAnalytics(writeKey, {
      dataPlaneUrl: app.url,
      flushAt: 2,
      flushInterval: 50,
      logLevel: "error",
      errorHandler: (error) => errors.push(error),
    });
    client.track({ anonymousId: "rs-anon-1", event: "Cart Viewed", properties: { items: 2 } });
    client.identify({
      userId: "rs-user-1",
      anonymousId: "rs-anon-1",
      traits: { email: "grace@example.net", phone: "+1 (415) 555-0100" },
    });
    client.page({ userId: "rs-user-1", name: "Pricing" });
    client.group({ userId: "rs-user-1", groupId: "navy", traits: { name: "US Navy" } });
    client.screen({ anonymousId: "rs-anon-2", name: "Settings" });
    client.alias({ userId: "rs-user-1", previousId: "rs-anon-2" });
    // flush() sends at most flushAt messages at a time: flush until all six are stored (or give up).
    for (let i = 0; i < 50 && (await storedCount("rs-")) < 6; i++) {
      await client.flush();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(errors).toEqual([]);
    expect(await storedCount("rs-")).toBe(6);

    const profile = await profileHolding("user_id", "rs-user-1");
    expect(sorted(profile.identities)).toEqual([
      { type: "anonymous_id", value: "rs-anon-1" },
      { type: "anonymous_id", value: "rs-anon-2" },
      { type: "email", value: "grace@example.net" },
      { type: "phone", value: "+14155550100" },
      { type: "user_id", value: "rs-user-1" },
    ]);
    expect(profile.traits).toMatchObject({ email: "grace@example.net" });
    const events = await eventsOf(profile.id);
    expect(events.map((e) => e.type).sort()).toEqual(["alias", "group", "identify", "page", "screen", "track"]);
    expect(events.find((e) => e.type === "screen")?.event).toBe("Settings");
  });
});
