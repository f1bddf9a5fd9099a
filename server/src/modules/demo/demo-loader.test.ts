import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { deriveProfiles } from "./dataset-profiles.js";
import { loadDemoDataset, type SourceIds } from "./demo-loader.js";
import { type DemoDataset, type DemoMessage, SOURCE_KEYS } from "./demo-types.js";
import { generateDemoStore } from "./store-generator.js";

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

async function workspaceWithSources(
  client: pg.ClientBase,
  slug: string,
): Promise<{ workspaceId: string; sourceIds: SourceIds }> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO workspaces (slug, name) VALUES ($1, $1) RETURNING id`,
    [slug],
  );
  const workspaceId = rows[0]?.id ?? "";
  const sourceIds: SourceIds = { website: "", app: "", backend: "", pos: "" };
  for (const kind of SOURCE_KEYS) {
    const source = await client.query<{ id: string }>(
      `INSERT INTO sources (workspace_id, name, kind, write_key) VALUES ($1, $2, $2, $3) RETURNING id`,
      [workspaceId, kind, `${slug}_${kind}`],
    );
    sourceIds[kind] = source.rows[0]?.id ?? "";
  }
  return { workspaceId, sourceIds };
}

const count = async (client: pg.ClientBase, sql: string, params: unknown[]) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n);

describe("loadDemoDataset", () => {
  let db: Db;
  let client: pg.Client;
  let dataset: DemoDataset;
  let workspaceId: string;
  let sourceIds: SourceIds;
  let result: Awaited<ReturnType<typeof loadDemoDataset>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    dataset = generateDemoStore({ customers: 400, visitors: 300, seed: 3 });
    ({ workspaceId, sourceIds } = await workspaceWithSources(client, "demo"));
    result = await loadDemoDataset(client, workspaceId, sourceIds, dataset);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it("creates one profile per person, one event and one dedupe row per message", async () => {
    expect(result.profiles).toBe(dataset.people.length);
    expect(result.events).toBe(dataset.messages.length);
    expect(await count(client, `SELECT count(*) n FROM profiles WHERE workspace_id = $1`, [workspaceId])).toBe(
      dataset.people.length,
    );
    expect(await count(client, `SELECT count(*) n FROM events WHERE workspace_id = $1`, [workspaceId])).toBe(
      dataset.messages.length,
    );
    expect(await count(client, `SELECT count(*) n FROM event_messages`, [])).toBe(dataset.messages.length);
    expect(
      await count(
        client,
        `SELECT count(*) n FROM event_messages m JOIN events e ON e.profile_id = m.profile_id AND e.id = m.event_id AND e.message_id = m.message_id AND e.source_id = m.source_id`,
        [],
      ),
    ).toBe(dataset.messages.length);
    const stats = await count(client, `SELECT sum(received_count) n FROM source_stats`, []);
    expect(stats).toBe(dataset.messages.length);
  });

  it("stores one identity per distinct identifier, each on the profile of its person", async () => {
    const people = dataset.people;
    const customers = people.filter((p) => p.kind === "customer");
    const expected = {
      anonymous_id: people.reduce((n, p) => n + p.anonymousIds.length, 0),
      user_id: customers.length,
      email: customers.length,
      phone: people.reduce((n, p) => n + (p.phone ? 1 : 0) + p.previousPhones.length, 0),
    };
    const { rows } = await client.query<{ type: string; n: string }>(
      `SELECT type, count(*) n FROM identities WHERE workspace_id = $1 GROUP BY type`,
      [workspaceId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]))).toEqual(expected);
    expect(result.identities).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    // Every identity of one person points at the same profile, and no two people share a profile.
    const spread = await client.query<{ profiles: string; users: string }>(
      `SELECT count(DISTINCT profile_id) profiles, count(*) FILTER (WHERE type = 'user_id') users FROM identities WHERE workspace_id = $1`,
      [workspaceId],
    );
    expect(Number(spread.rows[0]?.profiles)).toBe(people.length);
    const person = customers.find((p) => p.anonymousIds.length >= 2 && p.phone);
    if (!person?.email || !person.userId || !person.phone) throw new Error("no multi-device customer with a phone");
    const values = [person.userId, person.email, person.phone, ...person.anonymousIds];
    const owners = await client.query(
      `SELECT DISTINCT profile_id FROM identities WHERE workspace_id = $1 AND value = ANY($2)`,
      [workspaceId, values],
    );
    expect(owners.rowCount).toBe(1);
    const emails = await client.query(`SELECT value FROM identities WHERE type = 'email' AND value <> lower(value)`);
    expect(emails.rowCount).toBe(0);
  });

  it("merges traits last-write-wins by timestamp, with provenance and history, and first/last seen", async () => {
    const changed = dataset.people.find((p) => p.previousPhones.length > 0);
    if (!changed?.phone || !changed.userId) throw new Error("no customer who changed their phone");
    const mine = dataset.messages.filter((m: DemoMessage) => m.personKey === changed.key);
    const phoneWrites = mine.filter((m) => m.message.type === "identify" && m.message.traits.phone);
    const { rows } = await client.query<{
      traits: Record<string, unknown>;
      trait_meta: Record<string, unknown>;
      phones: string[];
      first_seen_at: Date;
      last_seen_at: Date;
    }>(
      `SELECT p.traits, p.trait_meta, p.first_seen_at, p.last_seen_at,
         array(SELECT h.value #>> '{}' FROM profile_trait_history h WHERE h.profile_id = p.id AND h.key = 'phone' ORDER BY h.at) AS phones
       FROM profiles p JOIN identities i ON i.profile_id = p.id
       WHERE i.workspace_id = $1 AND i.type = 'user_id' AND i.value = $2`,
      [workspaceId, changed.userId],
    );
    const profile = rows[0];
    expect(profile?.traits).toMatchObject({
      phone: changed.phone,
      email: expect.any(String),
      city: changed.city,
      plan: changed.plan,
    });
    const last = phoneWrites.at(-1);
    expect(profile?.trait_meta.phone).toEqual({
      at: last?.message.timestamp,
      sourceId: last && sourceIds[last.source],
      messageId: last?.message.messageId,
    });
    expect(profile?.phones).toEqual([...changed.previousPhones, changed.phone]);
    expect(profile?.first_seen_at.toISOString()).toBe(mine[0]?.message.timestamp);
    expect(profile?.last_seen_at.toISOString()).toBe(mine.at(-1)?.message.timestamp);
  });

  it("maps message fields to event columns the way ingestion does", async () => {
    const { rows } = await client.query<{
      type: string;
      event: string | null;
      properties: Record<string, unknown>;
      extras: unknown;
      received_ms: number;
    }>(
      `SELECT type, event, properties, extras, extract(epoch FROM received_at - timestamp) * 1000 AS received_ms
       FROM events WHERE workspace_id = $1`,
      [workspaceId],
    );
    expect(rows.filter((r) => r.type === "page").map((r) => r.event)).toContain("Home");
    expect(rows.find((r) => r.type === "screen")?.event).toBeTruthy();
    const identifies = rows.filter((r) => r.type === "identify");
    expect(identifies.every((r) => r.event === null && Object.keys(r.properties).length > 0)).toBe(true);
    expect(identifies.some((r) => typeof r.properties.email === "string")).toBe(true);
    expect(rows.filter((r) => r.type === "alias").every((r) => typeof r.properties.previousId === "string")).toBe(true);
    expect(rows.some((r) => r.type === "track" && r.event === "Order Completed")).toBe(true);
    expect(rows.every((r) => r.extras === null)).toBe(true);
    expect(rows.every((r) => r.received_ms > 0 && r.received_ms < 1000)).toBe(true);
    const ordered = await client.query<{ bad: string }>(
      `SELECT count(*) bad FROM (SELECT timestamp < lag(timestamp) OVER (ORDER BY id) AS back FROM events WHERE workspace_id = $1) s WHERE back`,
      [workspaceId],
    );
    expect(Number(ordered.rows[0]?.bad)).toBe(0);
  });

  it("rolls back entirely when the load fails (the identities exist already), and loads again into another workspace", async () => {
    const before = await count(client, `SELECT count(*) n FROM events`, []);
    await expect(loadDemoDataset(client, workspaceId, sourceIds, dataset)).rejects.toThrow();
    expect(await count(client, `SELECT count(*) n FROM events`, [])).toBe(before);
    const other = await workspaceWithSources(client, "second");
    const again = await loadDemoDataset(client, other.workspaceId, other.sourceIds, dataset);
    expect(again).toEqual(result);
  });
});

describe("deriveProfiles", () => {
  it("lets the latest identify win per trait, whatever the order of the messages", () => {
    const context = {};
    const identify = (t: string, traits: Record<string, unknown>): DemoMessage => ({
      source: "backend",
      personKey: "p1",
      message: { type: "identify", messageId: t, userId: "u1", timestamp: t, traits, context },
    });
    const dataset: DemoDataset = {
      people: [
        {
          key: "p1",
          kind: "customer",
          anonymousIds: [],
          previousPhones: [],
          country: "US",
          city: "Austin",
          orders: 0,
          revenue: 0,
        },
      ],
      messages: [
        identify("2026-01-03T00:00:00.000Z", { plan: "business" }),
        identify("2026-01-01T00:00:00.000Z", { plan: "free", email: "A@X.example", city: "Austin" }),
        identify("2026-01-02T00:00:00.000Z", { plan: "pro", city: "Boston" }),
      ],
    };
    const { profiles, identities } = deriveProfiles(dataset);
    expect(profiles[0]?.traits).toEqual({ plan: "business", email: "A@X.example", city: "Boston" });
    expect(profiles[0]?.firstSeenAt).toBe(Date.parse("2026-01-01T00:00:00.000Z"));
    expect(profiles[0]?.history.filter((w) => w.key === "plan").map((w) => w.value)).toEqual([
      "free",
      "pro",
      "business",
    ]);
    expect(profiles[0]?.traitMeta.get("city")?.messageId).toBe("2026-01-02T00:00:00.000Z");
    expect(identities.map((i) => `${i.type}:${i.value}`).sort()).toEqual(["email:a@x.example", "user_id:u1"]);
  });

  it("refuses an identifier claimed by two people", () => {
    const message = (personKey: string, id: string): DemoMessage => ({
      source: "website",
      personKey,
      message: {
        type: "page",
        messageId: id,
        anonymousId: "shared",
        timestamp: "2026-01-01T00:00:00.000Z",
        name: "Home",
        properties: {},
        context: {},
      },
    });
    const person = (key: string) => ({
      key,
      kind: "visitor" as const,
      anonymousIds: ["shared"],
      previousPhones: [],
      country: "US",
      city: "Austin",
      orders: 0,
      revenue: 0,
    });
    expect(() =>
      deriveProfiles({ people: [person("a"), person("b")], messages: [message("a", "1"), message("b", "2")] }),
    ).toThrow(/belongs to both/);
  });
});
