import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { rebuildAggregates } from "./aggregates.js";
import { refreshCatalog } from "./catalog.service.js";
import { backfillIndexedProperties } from "./indexed-properties.service.js";

/**
 * A small workspace with known answers for the audience tests. Every relative date is measured from NOW;
 * "the last 30 days" is [2026-01-30T12:00Z, NOW). Some events sit on either side of that boundary, one is in
 * the future, one has a revenue that is a string, and names carry quotes and SQL.
 */
export const NOW = new Date("2026-03-01T12:00:00Z");

export const PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank", "gina"] as const;
export type Person = (typeof PEOPLE)[number];

export const EVIL_EVENT = "Robert'); DROP TABLE profiles;--";
export const EVIL_TRAIT = `we'ird key"`;
export const EVIL_PROPERTY = "a'b";

type Event = { event: string; at: string; type?: "track" | "page" | "screen"; properties?: Record<string, unknown> };
type Ltv = {
  orders: number;
  revenue: number;
  pAlive: number;
  predicted: number;
  expected: number;
  first: string;
  last: string;
};
type Spec = { traits: Record<string, unknown>; identities?: Array<[string, string]>; events?: Event[]; ltv?: Ltv };

const OC = "Order Completed";
const PV = "Product Viewed";

const DATA: Record<Person, Spec> = {
  alice: {
    traits: {
      name: "alice",
      country: "US",
      plan: "pro",
      age: 34,
      vip: true,
      signup: "2026-02-20",
      tags: ["beta", "vip"],
    },
    identities: [
      ["email", "alice@gmail.com"],
      ["phone", "+15550001"],
    ],
    events: [
      { event: PV, at: "2026-02-09T10:00:00Z", properties: { sku: "S1" } },
      { event: OC, at: "2026-02-10T10:00:00Z", properties: { revenue: 50, category: "shoes" } },
      { event: OC, at: "2026-02-20T10:00:00Z", properties: { revenue: 120, category: "jackets" } },
      { event: OC, at: "2026-02-28T09:00:00Z", properties: { revenue: 30, category: "shoes" } },
      { event: "Home", type: "page", at: "2026-02-28T20:00:00Z", properties: { path: "/" } },
      { event: OC, at: "2026-03-01T08:00:00Z", properties: { revenue: 200, category: "shoes" } },
    ],
    ltv: { orders: 4, revenue: 400, pAlive: 0.9, predicted: 500, expected: 3, first: "2026-02-10", last: "2026-03-01" },
  },
  bob: {
    traits: {
      name: "bob",
      country: "DE",
      plan: "free",
      age: 19,
      vip: false,
      signup: "2025-06-01",
      renewal: "2026-05-01",
      tags: ["beta"],
    },
    identities: [["email", "bob@example.com"]],
    events: [
      { event: OC, at: "2025-11-21T10:00:00Z", properties: { revenue: 500, category: "tv" } },
      { event: OC, at: "2026-01-30T11:00:00Z", properties: { revenue: 10 } },
      { event: "Pricing", type: "page", at: "2026-02-19T10:00:00Z", properties: { path: "/pricing" } },
    ],
    ltv: {
      orders: 2,
      revenue: 510,
      pAlive: 0.2,
      predicted: 20,
      expected: 0.3,
      first: "2025-11-21",
      last: "2026-01-30",
    },
  },
  carol: {
    traits: { name: "carol", country: "US", plan: "business", age: 52, signup: "2025-12-15", nickname: null },
    events: [
      { event: OC, at: "2026-01-30T13:00:00Z", properties: { revenue: 80, category: "shoes" } },
      { event: PV, at: "2026-02-25T10:00:00Z", properties: { sku: "S2" } },
      { event: OC, at: "2026-02-26T09:00:00Z", properties: { revenue: 40, category: "jackets" } },
      { event: OC, at: "2026-03-05T10:00:00Z", properties: { revenue: 1, category: "socks" } },
    ],
  },
  dave: {
    traits: { name: "dave", country: "FR", plan: "pro", age: "unknown", signup: "not a date" },
    identities: [["phone", "+33600000"]],
    events: [
      { event: PV, at: "2026-02-01T10:00:00Z", properties: { sku: "S1" } },
      { event: OC, at: "2026-02-20T10:00:00Z", properties: { revenue: "12.5", category: "shoes" } },
    ],
  },
  erin: {
    traits: {},
    events: [
      { event: "Signed Up", at: "2025-08-15T10:00:00Z" },
      { event: "Settings", type: "screen", at: "2025-09-02T10:00:00Z" },
    ],
  },
  frank: {
    traits: { name: "frank", country: "US", plan: "pro", [EVIL_TRAIT]: "x'y" },
    identities: [["email", "frank@GMAIL.com"]],
    events: [{ event: EVIL_EVENT, at: "2026-02-15T10:00:00Z", properties: { [EVIL_PROPERTY]: "1; DROP" } }],
  },
  gina: {
    traits: { name: "gina", country: "DE", plan: "free", age: 27, renewal: "2026-03-15T00:00:00Z" },
    identities: [["email", "gina@example.com"]],
  },
};

export type Dataset = {
  workspaceId: string;
  otherWorkspaceId: string;
  ids: Record<Person, string>;
  nameOf: (id: string) => string;
  audiences: { us: string; buyers: string; loopA: string; loopB: string };
};

async function insertPerson(db: DataSource, workspaceId: string, spec: Spec): Promise<string> {
  const id = randomUUID();
  const times = (spec.events ?? []).map((e) => e.at).sort();
  await db.query(
    `INSERT INTO profiles (id, workspace_id, traits, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)`,
    [id, workspaceId, spec.traits, times[0] ?? "2026-01-01T00:00:00Z", times.at(-1) ?? "2026-01-01T00:00:00Z"],
  );
  for (const [type, value] of spec.identities ?? [])
    await db.query(`INSERT INTO identities (workspace_id, type, value, profile_id) VALUES ($1, $2, $3, $4)`, [
      workspaceId,
      type,
      value,
      id,
    ]);
  for (const e of spec.events ?? [])
    await db.query(
      `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, workspaceId, randomUUID(), e.type ?? "track", e.event, e.properties ?? {}, e.at],
    );
  if (spec.ltv)
    await db.query(
      `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at, p_alive,
         expected_purchases_52w, predicted_value_12m) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        workspaceId,
        spec.ltv.orders,
        spec.ltv.revenue,
        spec.ltv.first,
        spec.ltv.last,
        spec.ltv.pAlive,
        spec.ltv.expected,
        spec.ltv.predicted,
      ],
    );
  return id;
}

async function insertWorkspace(db: DataSource, slug: string): Promise<string> {
  const [row]: Array<{ id: string }> = await db.query(
    `INSERT INTO workspaces (slug, name) VALUES ($1, $1) RETURNING id`,
    [`${slug}-${randomUUID().slice(0, 8)}`],
  );
  if (!row) throw new Error("no workspace");
  return row.id;
}

async function insertAudience(db: DataSource, workspaceId: string, name: string, rules: unknown, id = randomUUID()) {
  await db.query(`INSERT INTO segments (id, workspace_id, name, rules) VALUES ($1, $2, $3, $4)`, [
    id,
    workspaceId,
    name,
    rules,
  ]);
  return id;
}

/** Loads the dataset (and a second workspace whose look-alike profile must never match), then the aggregates. */
export async function loadDataset(db: DataSource): Promise<Dataset> {
  const workspaceId = await insertWorkspace(db, "audiences");
  const otherWorkspaceId = await insertWorkspace(db, "other");
  const add = (person: Person) => insertPerson(db, workspaceId, DATA[person]);
  const ids: Record<Person, string> = {
    alice: await add("alice"),
    bob: await add("bob"),
    carol: await add("carol"),
    dave: await add("dave"),
    erin: await add("erin"),
    frank: await add("frank"),
    gina: await add("gina"),
  };
  await insertPerson(db, otherWorkspaceId, {
    ...DATA.alice,
    traits: { ...DATA.alice.traits, name: "xavier" },
  });
  const names = new Map(PEOPLE.map((person) => [ids[person], person]));

  const us = await insertAudience(db, workspaceId, "US", {
    combinator: "and",
    rules: [{ field: "traits.country", operator: "=", value: "US" }],
  });
  const buyers = await insertAudience(db, workspaceId, "US buyers", {
    combinator: "and",
    rules: [
      { field: "audience", operator: "memberOf", value: us },
      { field: "event", operator: "performed", value: { event: OC } },
    ],
  });
  const loopA = randomUUID();
  const loopB = randomUUID();
  await insertAudience(
    db,
    workspaceId,
    "Loop A",
    { combinator: "and", rules: [{ field: "audience", operator: "memberOf", value: loopB }] },
    loopA,
  );
  await insertAudience(
    db,
    workspaceId,
    "Loop B",
    { combinator: "and", rules: [{ field: "audience", operator: "memberOf", value: loopA }] },
    loopB,
  );

  for (const workspace of [workspaceId, otherWorkspaceId]) {
    await rebuildAggregates(db, workspace);
    await refreshCatalog(db, workspace);
    // Low-cardinality properties (category) are rolled up: filtered rules compare the rollup with the raw events.
    await backfillIndexedProperties(db, workspace);
  }
  return {
    workspaceId,
    otherWorkspaceId,
    ids,
    nameOf: (id) => names.get(id) ?? `?${id}`,
    audiences: { us, buyers, loopA, loopB },
  };
}
