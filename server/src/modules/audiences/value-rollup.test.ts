import { randomUUID } from "node:crypto";
import { ruleGroupSchema } from "@mosaic/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { applyEventAggregates, foldMergedAggregates, rebuildAggregates, type AggregateEventRow } from "./aggregates.js";
import { compileAudience } from "./audience.compiler.js";
import { loadCatalog, refreshCatalog } from "./catalog.service.js";
import { and, event, rule } from "./cases.fixture.js";
import { backfillIndexedProperties, listIndexedProperties } from "./indexed-properties.service.js";

/**
 * The per-day value rollup against the raw events: every rule below must select the same profiles both ways,
 * after a backfill, after more batches arrive through ingestion, and after merges folded one profile into another.
 * NOW is 10:30 on 2026-03-15, so relative windows start and end mid-day: a window's first day is then read as its
 * rollup row minus the raw events before 10:30 (the shorter part), its last day raw. LATE (13:30) turns both around:
 * the last day is its rollup row minus the events after 13:30, some of them in the future of the window.
 */
const NOW = new Date("2026-03-15T10:30:00Z");
const LATE = new Date("2026-03-15T13:30:00Z");
const PV = "Product Viewed";
const OC = "Order Completed";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let workspaceId: string;
const people = Array.from({ length: 8 }, () => randomUUID());

const at = (day: number, time: string) => `2026-03-${String(day).padStart(2, "0")}T${time}Z`;

/** Events around the window edges: just before and after midnight and NOW, and values of every JSON type. */
function viewsOf(person: number): AggregateEventRow[] {
  const category = (i: number) =>
    [["shoes", "bags", "shoes", 7, "7", "hats"][(person + i) % 6], { x: 1 }, true][i % 5 === 4 ? 1 + (i % 2) : 0];
  const times = [
    at(1, "00:00:00"),
    at(1, "10:29:59"),
    at(1, "10:30:00"),
    at(1, "23:59:59"),
    at(2, "00:00:00"),
    at(8, "12:00:00"),
    at(14, "23:59:59.999"),
    at(15, "00:00:00"),
    at(15, "10:29:59"),
    at(15, "10:30:00"),
    at(1, "13:29:59"),
    at(1, "13:30:00"),
    at(15, "13:29:59"),
    at(15, "13:30:00"),
    at(15, "22:00:00"),
    "2026-02-10T08:00:00Z",
  ];
  return times
    .filter((_, i) => (i + person) % 3 !== 0)
    .map((timestamp, i) => ({
      workspaceId,
      profileId: people[person] ?? "",
      type: "track",
      event: PV,
      timestamp,
      properties: { category: category(i), sku: `S${person}-${i}-${timestamp}` },
    }));
}

async function ingest(rows: AggregateEventRow[]) {
  await db.dataSource.transaction(async (m) => {
    await m.query(
      `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
       SELECT r.profile_id, $1, gen_random_uuid()::text, r.type, r.event, r.properties, r.timestamp
       FROM jsonb_to_recordset($2::jsonb) AS r(profile_id uuid, type text, event text, properties jsonb, "timestamp" timestamptz)`,
      [
        workspaceId,
        JSON.stringify(
          rows.map((r) => ({
            profile_id: r.profileId,
            type: r.type,
            event: r.event,
            properties: r.properties,
            timestamp: r.timestamp,
          })),
        ),
      ],
    );
    await applyEventAggregates(m, rows);
  });
}

const window = (operator: string, value: unknown) => ({ operator, value });
const WINDOWS: Array<[string, unknown]> = [
  ["all time", undefined],
  ["last 14 days", window("inLast", { amount: 14, unit: "days" })],
  ["last 1 day (no whole day)", window("inLast", { amount: 1, unit: "days" })],
  ["last 10 hours (no whole day)", window("inLast", { amount: 10, unit: "hours" })],
  ["last 60 days", window("inLast", { amount: 60, unit: "days" })],
  ["between two instants across midnight", window("between", ["2026-03-01T10:30:00Z", "2026-03-15T00:00:00Z"])],
  ["more than 7 days ago", window("moreThanAgo", { amount: 7, unit: "days" })],
];
const FILTERS: Array<[string, unknown]> = [
  ["= shoes", { property: "category", operator: "=", value: "shoes" }],
  ["= 7 (text and number)", { property: "category", operator: "=", value: "7" }],
  ["= 7 given as a number", { property: "category", operator: "=", value: 7 }],
  ["= a value never sent", { property: "category", operator: "=", value: "boots" }],
  ["in shoes, bags, shoes", { property: "category", operator: "in", value: ["shoes", "bags", "shoes"] }],
];
const COUNTS: Array<[string, string, unknown]> = [
  ["at least once", "performed", undefined],
  ["at least 2", "performed", { op: "atLeast", n: 2 }],
  ["at most 1", "performed", { op: "atMost", n: 1 }],
  ["exactly 2", "performed", { op: "exactly", n: 2 }],
  ["exactly 0", "performed", { op: "exactly", n: 0 }],
  ["not performed", "notPerformed", undefined],
];

const CASES = WINDOWS.flatMap(([w, win]) =>
  FILTERS.flatMap(([f, filter]) =>
    COUNTS.map(([c, operator, count]) => ({
      name: `${c} ${f}, ${w}`,
      tree: ruleGroupSchema.parse(
        and(
          event(operator, { event: PV, where: [filter], ...(count ? { count } : {}), ...(win ? { window: win } : {}) }),
        ),
      ),
      noWholeDay: w.includes("no whole day"),
    })),
  ),
);

async function members(sql: string, params: unknown[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.dataSource.query(sql, params);
  return rows.map((r) => r.id).sort();
}

/** Every case, rollup (auto) and raw; returns how many cases read the rollup. */
async function compareAll(): Promise<number> {
  const catalog = await loadCatalog(db.dataSource, workspaceId);
  let rolledUp = 0;
  let subtracted = 0;
  const sizes = new Set<number>();
  for (const c of CASES) {
    for (const now of [NOW, LATE]) {
      const auto = compileAudience(c.tree, catalog, { workspaceId, now });
      const raw = compileAudience(c.tree, catalog, { workspaceId, now, strategy: "raw" });
      expect(auto.sql.includes("profile_event_day_values"), c.name).toBe(!c.noWholeDay);
      if (auto.sql.includes("profile_event_day_values") && now === NOW) rolledUp += 1;
      if (auto.sql.includes("-x.n AS n")) subtracted += 1;
      const found = await members(auto.sql, auto.params);
      expect(found, `${c.name} at ${now.toISOString()}`).toEqual(await members(raw.sql, raw.params));
      sizes.add(found.length);
    }
  }
  // The cases tell profiles apart: answers of many sizes, not all empty or all full.
  expect(sizes.size).toBeGreaterThan(4);
  // Both ways of reading a partial day are compared, not only the raw one.
  expect(subtracted).toBeGreaterThan(0);
  return rolledUp;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const [row]: Array<{ id: string }> = await db.dataSource.query(
    `INSERT INTO workspaces (slug, name) VALUES ('rollup', 'Rollup') RETURNING id`,
  );
  workspaceId = row?.id ?? "";
  for (const id of people)
    await db.dataSource.query(
      `INSERT INTO profiles (id, workspace_id, traits, first_seen_at, last_seen_at) VALUES ($1, $2, '{}', now(), now())`,
      [id, workspaceId],
    );
  await ingest(people.slice(0, 6).flatMap((_, person) => viewsOf(person)));
  await ingest([
    {
      workspaceId,
      profileId: people[6] ?? "",
      type: "track",
      event: OC,
      timestamp: at(10, "10:00:00"),
      properties: { category: "shoes" },
    },
  ]);
});
afterAll(async () => {
  await db.drop();
});

describe("per-day value rollup", () => {
  it("is chosen for low-cardinality string properties when the catalog is refreshed, then backfilled", async () => {
    await refreshCatalog(db.dataSource, workspaceId);
    const chosen = await listIndexedProperties(db.dataSource, workspaceId);
    // sku has a distinct value per event, and one order is too few to tell: neither is low-cardinality.
    expect(chosen.map((p) => [p.event, p.key, p.status])).toEqual([[PV, "category", "building"]]);
    expect((await loadCatalog(db.dataSource, workspaceId)).indexedProperties).toEqual([]);
    const results = await backfillIndexedProperties(db.dataSource, workspaceId);
    expect(results.map((r) => r.status)).toEqual(["ready"]);
    expect((await loadCatalog(db.dataSource, workspaceId)).indexedProperties).toEqual([{ event: PV, key: "category" }]);
  });

  it("caps the chosen properties per workspace", async () => {
    const [other]: Array<{ id: string }> = await db.dataSource.query(
      `INSERT INTO workspaces (slug, name) VALUES ('capped', 'Capped') RETURNING id`,
    );
    const otherId = other?.id ?? "";
    await db.dataSource.query(
      `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
       SELECT gen_random_uuid(), $1, gen_random_uuid()::text, 'track', 'E',
              jsonb_build_object('a', (ARRAY['x', 'z'])[1 + g % 2], 'b', (ARRAY['y', 'w'])[1 + g % 2], 'same', 'USD'),
              now()
       FROM generate_series(1, 4) g`,
      [otherId],
    );
    await rebuildAggregates(db.dataSource, otherId);
    await refreshCatalog(db.dataSource, otherId, { maxIndexedProperties: 1 });
    expect(await listIndexedProperties(db.dataSource, otherId)).toHaveLength(1);
    // Uncapped, both two-valued properties are chosen; the one that always holds "USD" tells no profiles apart.
    await refreshCatalog(db.dataSource, otherId, { maxIndexedProperties: 10 });
    expect((await listIndexedProperties(db.dataSource, otherId)).map((p) => p.key).sort()).toEqual(["a", "b"]);
  });

  it("answers every count rule with one equality or in filter as the raw events do", async () => {
    const rolledUp = await compareAll();
    expect(rolledUp).toBe(CASES.filter((c) => !c.noWholeDay).length);
  });

  it("gives the expected members for the benchmark's shape", async () => {
    const catalog = await loadCatalog(db.dataSource, workspaceId);
    const tree = ruleGroupSchema.parse(
      and(
        event("performed", {
          event: PV,
          where: [{ property: "category", operator: "=", value: "shoes" }],
          count: { op: "atLeast", n: 2 },
          window: { operator: "inLast", value: { amount: 14, unit: "days" } },
        }),
        event("notPerformed", { event: OC, window: { operator: "inLast", value: { amount: 14, unit: "days" } } }),
      ),
    );
    const auto = compileAudience(tree, catalog, { workspaceId, now: NOW });
    const raw = compileAudience(tree, catalog, { workspaceId, now: NOW, strategy: "raw" });
    const found = await members(auto.sql, auto.params);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await members(raw.sql, raw.params));
  });

  it("falls back to the raw events for several filters, other operators and properties not ready", async () => {
    const catalog = await loadCatalog(db.dataSource, workspaceId);
    const rollupOf = (value: Record<string, unknown>) =>
      compileAudience(ruleGroupSchema.parse(and(event("performed", { event: PV, ...value }))), catalog, {
        workspaceId,
        now: NOW,
      }).sql.includes("profile_event_day_values");
    expect(rollupOf({ where: [{ property: "category", operator: "=", value: "shoes" }] })).toBe(true);
    expect(
      rollupOf({
        where: [
          { property: "category", operator: "=", value: "shoes" },
          { property: "category", operator: "!=", value: "bags" },
        ],
      }),
    ).toBe(false);
    expect(rollupOf({ where: [{ property: "category", operator: "contains", value: "sho" }] })).toBe(false);
    expect(rollupOf({ where: [{ property: "category", operator: "=", value: "x".repeat(201) }] })).toBe(false);
    expect(rollupOf({ where: [{ property: "sku", operator: "=", value: "S1" }] })).toBe(false);
    const rule5 = rule("event", "firstPerformed", {
      event: PV,
      where: [{ property: "category", operator: "=", value: "shoes" }],
      when: { operator: "inLast", value: { amount: 14, unit: "days" } },
    });
    expect(compileAudience(ruleGroupSchema.parse(and(rule5)), catalog, { workspaceId, now: NOW }).sql).not.toContain(
      "profile_event_day_values",
    );
  });

  it("stays equal to the raw events as batches arrive and after merges", async () => {
    await ingest([...viewsOf(6), ...viewsOf(7), ...viewsOf(1)]);
    await compareAll();
    const merges = [
      { loserId: people[0] ?? "", holderId: people[1] ?? "" },
      { loserId: people[2] ?? "", holderId: people[7] ?? "" },
    ];
    await db.dataSource.transaction(async (m) => {
      for (const { loserId, holderId } of merges) {
        await m.query(`UPDATE events SET profile_id = $2 WHERE profile_id = $1`, [loserId, holderId]);
        await m.query(`DELETE FROM profiles WHERE id = $1`, [loserId]);
      }
      await foldMergedAggregates(m, workspaceId, merges);
    });
    await compareAll();
    const folded: unknown[] = await db.dataSource.query(
      `SELECT * FROM profile_event_day_values WHERE workspace_id = $1 ORDER BY profile_id, event, property, value, day`,
      [workspaceId],
    );
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(
      await db.dataSource.query(
        `SELECT * FROM profile_event_day_values WHERE workspace_id = $1 ORDER BY profile_id, event, property, value, day`,
        [workspaceId],
      ),
    ).toEqual(folded);
  });
});
