import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { createServices } from "../../engine/services.js";
import { rebuildAggregates } from "../audiences/index.js";
import { normalizeIdentifier } from "../identity/index.js";
import { deriveProfiles, messageIdentifiers } from "./dataset-profiles.js";
import { demoBatches, ingestDemoDataset, type DemoIngestResult, type SourceIds } from "./demo-ingest.js";
import { type DemoDataset, type DemoMessage, SOURCE_KEYS, type SourceKey } from "./demo-types.js";
import { generateDemoStore } from "./store-generator.js";

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const page = (source: SourceKey, minute: number): DemoMessage => ({
  source,
  personKey: "p",
  message: {
    type: "page",
    messageId: `${source}-${minute}`,
    anonymousId: "a",
    timestamp: at(minute),
    name: "Home",
    properties: {},
    context: {},
  },
});

describe("demoBatches", () => {
  const shape = (messages: DemoMessage[], max: number) =>
    demoBatches(messages, max).map((b) => `${b.source}:${b.messages.map((m) => m.messageId).join(",")}`);

  it.each([
    {
      name: "one source, split at the limit",
      max: 2,
      input: [0, 1, 2].map((m) => page("website", m)),
      expected: ["website:website-0,website-1", "website:website-2"],
    },
    {
      name: "a chunk split by source in order of first appearance",
      max: 2,
      input: [page("app", 0), page("website", 1), page("app", 2), page("website", 3)],
      expected: ["app:app-0,app-2", "website:website-1,website-3"],
    },
    {
      name: "a full source closes the chunk for every source",
      max: 2,
      input: [page("website", 0), page("pos", 1), page("website", 2), page("website", 3), page("pos", 4)],
      expected: ["website:website-0,website-2", "pos:pos-1", "website:website-3", "pos:pos-4"],
    },
    { name: "nothing to send", max: 5, input: [], expected: [] },
  ])("$name", ({ input, max, expected }) => {
    expect(shape(input, max)).toEqual(expected);
  });

  it("receives each batch after its last message, and refuses a limit below one", () => {
    const [batch] = demoBatches([page("website", 0), page("website", 7)], 10);
    expect(batch?.receivedAt).toBeGreaterThan(Date.parse(at(7)));
    expect(batch?.receivedAt).toBeLessThan(Date.parse(at(8)));
    expect(() => demoBatches([], 0)).toThrow(/maxPerSource/);
  });
});

/**
 * Independent of Mosaic's resolver: how many times a person's messages, in the order they are sent, join clusters
 * of identifiers seen before (the merges a correct resolver must record when nothing hits a limit).
 */
function expectedMerges(dataset: DemoDataset, maxPerSource: number): Map<string, number> {
  const person = new Map(dataset.messages.map((m) => [m.message.messageId, m.personKey]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  const merges = new Map<string, number>();
  for (const batch of demoBatches(dataset.messages, maxPerSource)) {
    for (const message of batch.messages) {
      const keys = messageIdentifiers(message).map(([, value]) => value);
      const roots = [...new Set(keys.filter((k) => parent.has(k)).map(find))];
      for (const k of keys) if (!parent.has(k)) parent.set(k, roots[0] ?? keys[0] ?? k);
      for (const root of roots.slice(1)) parent.set(root, roots[0] ?? root);
      const key = person.get(message.messageId) ?? "";
      if (roots.length > 1) merges.set(key, (merges.get(key) ?? 0) + roots.length - 1);
    }
  }
  return merges;
}

describe("ingestDemoDataset", () => {
  // Small batches, so that many people are stitched across requests as well as within one.
  const maxPerSource = 300;
  let db: Db;
  let dataset: DemoDataset;
  let workspaceId: string;
  let sourceIds: SourceIds;
  let result: DemoIngestResult;
  let services: ReturnType<typeof createServices>;

  beforeAll(async () => {
    db = await createTestDatabase();
    services = createServices(db.dataSource, { sessionTtlHours: 1, cookieSecure: "auto" });
    dataset = generateDemoStore({ customers: 300, visitors: 200, seed: 3 });
    const [workspace] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO workspaces (slug, name) VALUES ('demo', 'Demo') RETURNING id`,
    );
    workspaceId = workspace?.id ?? "";
    sourceIds = { website: "", app: "", backend: "", pos: "" };
    for (const kind of SOURCE_KEYS) {
      sourceIds[kind] = (await services.sources.create(workspaceId, kind, kind)).id;
    }
    result = await ingestDemoDataset(services.ingestion, workspaceId, sourceIds, dataset, { maxPerSource });
  }, 300_000);
  afterAll(async () => {
    await db.drop();
  });

  const query = <T>(sql: string, params: unknown[] = []) => db.dataSource.query<T[]>(sql, params);

  it("stores every message once, as an event of the profile resolved for it", async () => {
    expect(result).toEqual({
      messages: dataset.messages.length,
      stored: dataset.messages.length,
      batches: demoBatches(dataset.messages, maxPerSource).length,
    });
    const [stats] = await query<{ n: number }>(`SELECT sum(received_count)::int n FROM source_stats`);
    expect(stats?.n).toBe(dataset.messages.length);
    const [dedupe] = await query<{ n: number }>(`SELECT count(*)::int n FROM event_messages`);
    expect(dedupe?.n).toBe(dataset.messages.length);
  });

  it("resolves one profile per person: each person's identifiers and events on one profile of their own", async () => {
    const { profiles, identities } = deriveProfiles(dataset);
    const stored = await query<{ type: string; value: string; profile_id: string }>(
      `SELECT type, value, profile_id FROM identities WHERE workspace_id = $1`,
      [workspaceId],
    );
    const owner = new Map(stored.map((i) => [`${i.type}:${i.value}`, i.profile_id]));
    expect(stored).toHaveLength(identities.length);
    const profileOf = new Map<string, Set<string>>();
    for (const identity of identities) {
      const value = normalizeIdentifier(identity.type, identity.value);
      const profileId = owner.get(`${identity.type}:${value}`);
      expect(profileId, `${identity.type} ${identity.value}`).toBeDefined();
      const set = profileOf.get(identity.personKey) ?? new Set<string>();
      set.add(profileId ?? "");
      profileOf.set(identity.personKey, set);
    }
    const [count] = await query<{ n: number }>(`SELECT count(*)::int n FROM profiles WHERE workspace_id = $1`, [
      workspaceId,
    ]);
    expect(count?.n).toBe(profiles.length);
    const split = [...profileOf].filter(([, ids]) => ids.size !== 1).map(([key]) => key);
    expect(split).toEqual([]);
    const profileIds = [...profileOf.values()].map((ids) => [...ids][0]);
    expect(new Set(profileIds).size).toBe(profiles.length);

    const person = new Map(dataset.messages.map((m) => [m.message.messageId, m.personKey]));
    const events = await query<{ message_id: string; profile_id: string }>(
      `SELECT message_id, profile_id FROM events WHERE workspace_id = $1`,
      [workspaceId],
    );
    const misplaced = events.filter((e) => !profileOf.get(person.get(e.message_id) ?? "")?.has(e.profile_id));
    expect(misplaced).toEqual([]);
  });

  it("merges traits last-write-wins with the provenance of the winning write, and first/last seen", async () => {
    const { profiles } = deriveProfiles(dataset);
    const rows = await query<{
      user_id: string | null;
      anonymous_id: string | null;
      traits: Record<string, unknown>;
      trait_meta: Record<string, { at: string; sourceId: string; messageId: string }>;
      first_seen_at: Date;
      last_seen_at: Date;
    }>(
      `SELECT p.traits, p.trait_meta, p.first_seen_at, p.last_seen_at,
              (SELECT value FROM identities i WHERE i.profile_id = p.id AND i.type = 'user_id') AS user_id,
              (SELECT min(value) FROM identities i WHERE i.profile_id = p.id AND i.type = 'anonymous_id') AS anonymous_id
       FROM profiles p WHERE p.workspace_id = $1`,
      [workspaceId],
    );
    const byIdentifier = new Map(rows.map((r) => [r.user_id ?? r.anonymous_id ?? "", r]));
    const people = new Map(dataset.people.map((p) => [p.key, p]));
    let withTraits = 0;
    for (const expected of profiles) {
      const truth = people.get(expected.personKey);
      const key = truth?.userId ?? [...(truth?.anonymousIds ?? [])].sort()[0] ?? "";
      const row = byIdentifier.get(key);
      expect(row, expected.personKey).toBeDefined();
      expect(row?.traits).toEqual(expected.traits);
      const meta = Object.fromEntries(
        [...expected.traitMeta].map(([trait, w]) => [
          trait,
          { at: new Date(w.at).toISOString(), sourceId: sourceIds[w.source], messageId: w.messageId },
        ]),
      );
      expect(row?.trait_meta).toEqual(meta);
      expect(row?.first_seen_at.getTime()).toBe(expected.firstSeenAt);
      expect(row?.last_seen_at.getTime()).toBe(expected.lastSeenAt);
      if (Object.keys(expected.traits).length > 0) withTraits++;
    }
    expect(withTraits).toBeGreaterThan(100);
  });

  it("records a merge wherever a person's separately seen identifiers were stitched, and only there", async () => {
    const expected = expectedMerges(dataset, maxPerSource);
    const merges = await query<{ rule: string; linked_by: Array<{ type: string; value: string }> }>(
      `SELECT rule, linked_by FROM profile_merges WHERE workspace_id = $1`,
      [workspaceId],
    );
    const { identities } = deriveProfiles(dataset);
    const personOf = new Map(identities.map((i) => [i.value, i.personKey]));
    const actual = new Map<string, number>();
    for (const merge of merges) {
      const people = new Set(merge.linked_by.map((l) => personOf.get(l.value)));
      expect(people.size).toBe(1);
      const key = [...people][0] ?? "";
      actual.set(key, (actual.get(key) ?? 0) + 1);
    }
    expect(actual).toEqual(expected);
    // Anonymous browsing stitched to the signed-in person: through an anonymous id, by alias or shared identifier.
    const anonymous = merges.filter((m) => m.linked_by.some((l) => l.type === "anonymous_id"));
    expect(anonymous.length).toBeGreaterThan(50);
    expect(new Set(merges.map((m) => m.rule))).toEqual(new Set(["alias", "shared-identifier"]));
  });

  it("keeps the audience aggregates current through ingestion's profile hook (a rebuild changes nothing)", async () => {
    const snapshot = () =>
      query<{ row: string }>(
        `SELECT s::text AS row FROM profile_event_stats s WHERE workspace_id = $1 ORDER BY profile_id, event`,
        [workspaceId],
      );
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(1000);
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(kept);
  });

  it("fails on a message ingestion rejects, naming it", async () => {
    const first = dataset.messages[0];
    if (!first) throw new Error("empty dataset");
    const broken: DemoMessage = {
      ...first,
      message: { ...first.message, messageId: "broken", userId: " ", anonymousId: undefined },
    };
    const messages = [first, broken];
    await expect(
      ingestDemoDataset(services.ingestion, workspaceId, sourceIds, { people: [], messages }, { maxPerSource }),
    ).rejects.toThrow(/demo message broken \((website|app|backend|pos)\) was rejected: userId or anonymousId/);
  });
});
