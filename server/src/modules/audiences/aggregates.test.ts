import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { applyEventAggregates, foldMergedAggregates, rebuildAggregates, type AggregateEventRow } from "./aggregates.js";
import { backfillIndexedProperties } from "./indexed-properties.service.js";
import type { SqlRunner } from "./sql-runner.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let workspaceId: string;
const profiles = Array.from({ length: 30 }, () => randomUUID());

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Events of several kinds over 40 days: numbers, numeric text, missing and nested values, pages and screens. */
function makeEvents(count: number, seed: number): AggregateEventRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] ?? items[0]!;
  return Array.from({ length: count }, () => {
    const type = pick(["track", "track", "track", "page", "screen"] as const);
    // Numbers, booleans, objects and over-long text under a rolled-up string key are not rolled up.
    const properties: Record<string, unknown> = {
      category: pick(["a", "b", "c", "c", "a", 7, true, { c: 1 }, "x".repeat(201), "é".repeat(200)]),
    };
    if (next() < 0.8) properties.revenue = Math.round(next() * 100_000) / 100;
    if (next() < 0.3) properties.quantity = Math.floor(next() * 5);
    if (next() < 0.2) properties.revenue = String(next());
    if (next() < 0.1) properties.nested = { amount: 1 };
    return {
      workspaceId,
      profileId: pick(profiles),
      type,
      event:
        type === "track" ? pick(["Order Completed", "Added", "Viewed"]) : next() < 0.2 ? null : pick(["Home", "Cart"]),
      timestamp: new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 40 * 86_400_000)),
      properties,
    };
  });
}

async function insertEvents(runner: SqlRunner, rows: readonly AggregateEventRow[]) {
  await runner.query(
    `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
     SELECT r.profile_id, r.workspace_id, gen_random_uuid()::text, r.type, r.event, r.properties, r.timestamp
     FROM jsonb_to_recordset($1::jsonb) AS r(profile_id uuid, workspace_id uuid, type text, event text,
       properties jsonb, "timestamp" timestamptz)`,
    [
      JSON.stringify(
        rows.map((r) => ({
          profile_id: r.profileId,
          workspace_id: r.workspaceId,
          type: r.type,
          event: r.event,
          properties: r.properties ?? {},
          timestamp: r.timestamp,
        })),
      ),
    ],
  );
}

/** Both tables in a comparable form (jsonb compared as values, so 1.50 and 1.5 are equal). */
async function snapshot() {
  const days: unknown[] = await db.dataSource.query(
    `SELECT profile_id, event, day::text, workspace_id, event_count FROM profile_event_days
     WHERE workspace_id = $1 ORDER BY 1, 2, 3`,
    [workspaceId],
  );
  const dayNumbers: unknown[] = await db.dataSource.query(
    `SELECT profile_id, event, property, day::text, workspace_id, value_count, total::float8, low::float8,
       high::float8
     FROM profile_event_day_numbers WHERE workspace_id = $1 ORDER BY 1, 2, 3, 4`,
    [workspaceId],
  );
  const stats: unknown[] = await db.dataSource.query(
    `SELECT profile_id, event, workspace_id, event_count::int, first_at, last_at
     FROM profile_event_stats WHERE workspace_id = $1 ORDER BY 1, 2`,
    [workspaceId],
  );
  const numbers: unknown[] = await db.dataSource.query(
    `SELECT profile_id, event, property, workspace_id, value_count::int, total::float8, low::float8, high::float8
     FROM profile_event_numbers WHERE workspace_id = $1 ORDER BY 1, 2, 3`,
    [workspaceId],
  );
  const dayValues: unknown[] = await db.dataSource.query(
    `SELECT profile_id, event, property, value, day::text, workspace_id, event_count FROM profile_event_day_values
     WHERE workspace_id = $1 ORDER BY 1, 2, 3, 4, 5`,
    [workspaceId],
  );
  return { days, dayNumbers, stats, numbers, dayValues };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const [row]: Array<{ id: string }> = await db.dataSource.query(
    `INSERT INTO workspaces (slug, name) VALUES ('aggregates', 'Aggregates') RETURNING id`,
  );
  workspaceId = row?.id ?? "";
  // Rolled up: a named event, the any-page pseudo event, a key that is mostly numbers; a failed one is not written.
  await db.dataSource.query(
    `INSERT INTO indexed_properties (workspace_id, event, key, status)
     VALUES ($1, 'Viewed', 'category', 'ready'), ($1, '$page', 'category', 'ready'), ($1, 'Added', 'revenue', 'ready'),
            ($1, 'Order Completed', 'category', 'failed')`,
    [workspaceId],
  );
});
afterAll(async () => {
  await db.drop();
});

describe("event aggregates", () => {
  it("applied batch by batch, equal a rebuild from the events", async () => {
    for (let batch = 0; batch < 6; batch++) {
      const rows = makeEvents(400, batch + 1);
      await db.dataSource.transaction(async (manager) => {
        await insertEvents(manager, rows);
        await applyEventAggregates(manager, rows);
      });
    }
    const applied = await snapshot();
    expect(applied.stats.length).toBeGreaterThan(100);
    expect(applied.days.length).toBeGreaterThan(applied.stats.length);
    const rolled: Array<{ event: string; property: string; value: string }> = await db.dataSource.query(
      `SELECT DISTINCT event, property, value FROM profile_event_day_values WHERE workspace_id = $1 ORDER BY 1, 2, 3`,
      [workspaceId],
    );
    expect(new Set(rolled.map((r) => `${r.event}/${r.property}`))).toEqual(
      new Set(["$page/category", "Viewed/category", "Added/revenue"]),
    );
    expect(new Set(rolled.filter((r) => r.property === "category").map((r) => r.value))).toEqual(
      new Set(["a", "b", "c", "é".repeat(200)]),
    );
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(applied);
  });

  it("a backfill of a newly indexed property equals what ingestion would have written", async () => {
    const applied = await snapshot();
    await db.dataSource.query(`DELETE FROM profile_event_day_values WHERE workspace_id = $1 AND event = 'Viewed'`, [
      workspaceId,
    ]);
    await db.dataSource.query(
      `UPDATE indexed_properties SET status = 'building' WHERE workspace_id = $1 AND event IN ('Viewed', '$page')`,
      [workspaceId],
    );
    const results = await backfillIndexedProperties(db.dataSource, workspaceId);
    expect(results.map((r) => [r.event, r.key, r.status]).sort()).toEqual([
      ["$page", "category", "ready"],
      ["Order Completed", "category", "ready"],
      ["Viewed", "category", "ready"],
    ]);
    const backfilled = await snapshot();
    const others = (rows: unknown[]) => rows.filter((r) => JSON.stringify(r).includes('"Order Completed"') === false);
    expect(others(backfilled.dayValues)).toEqual(applied.dayValues);
    expect(backfilled.dayValues.length).toBeGreaterThan(applied.dayValues.length);
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(backfilled);
  });

  it("hold counts, first and last times and numeric stats per event key", async () => {
    const profileId = randomUUID();
    const rows: AggregateEventRow[] = [
      {
        workspaceId,
        profileId,
        type: "track",
        event: "Paid",
        timestamp: "2026-02-01T10:00:00Z",
        properties: { amount: 10.25 },
      },
      {
        workspaceId,
        profileId,
        type: "track",
        event: "Paid",
        timestamp: "2026-02-01T23:00:00Z",
        properties: { amount: "5" },
      },
      {
        workspaceId,
        profileId,
        type: "track",
        event: "Paid",
        timestamp: "2026-02-03T08:00:00Z",
        properties: { amount: 4.75 },
      },
      { workspaceId, profileId, type: "page", event: "Home", timestamp: "2026-02-02T08:00:00Z", properties: {} },
      { workspaceId, profileId, type: "page", event: null, timestamp: "2026-02-02T09:00:00Z", properties: {} },
      { workspaceId, profileId, type: "identify", event: null, timestamp: "2026-02-02T09:00:00Z", properties: null },
    ];
    await db.dataSource.transaction(async (manager) => {
      await insertEvents(manager, rows);
      await applyEventAggregates(manager, rows);
    });
    const stats: unknown[] = await db.dataSource.query(
      `SELECT event, event_count::int, first_at, last_at FROM profile_event_stats WHERE profile_id = $1
       ORDER BY event`,
      [profileId],
    );
    const at = (iso: string) => new Date(iso);
    expect(stats).toEqual([
      { event: "$page", event_count: 2, first_at: at("2026-02-02T08:00:00Z"), last_at: at("2026-02-02T09:00:00Z") },
      { event: "Home", event_count: 1, first_at: at("2026-02-02T08:00:00Z"), last_at: at("2026-02-02T08:00:00Z") },
      { event: "Paid", event_count: 3, first_at: at("2026-02-01T10:00:00Z"), last_at: at("2026-02-03T08:00:00Z") },
    ]);
    const numbers: unknown[] = await db.dataSource.query(
      `SELECT event, property, value_count::int, total::float8, low::float8, high::float8 FROM profile_event_numbers
       WHERE profile_id = $1`,
      [profileId],
    );
    // The numeric text "5" is not a number: totals count JSON numbers only, as the raw events are read.
    expect(numbers).toEqual([{ event: "Paid", property: "amount", value_count: 2, total: 15, low: 4.75, high: 10.25 }]);
    const days: unknown[] = await db.dataSource.query(
      `SELECT d.day::text, d.event_count, n.value_count, n.total::float8
       FROM profile_event_days d
       LEFT JOIN profile_event_day_numbers n USING (profile_id, event, day)
       WHERE d.profile_id = $1 AND d.event = 'Paid' ORDER BY d.day`,
      [profileId],
    );
    expect(days).toEqual([
      { day: "2026-02-01", event_count: 2, value_count: 1, total: 10.25 },
      { day: "2026-02-03", event_count: 1, value_count: 1, total: 4.75 },
    ]);
    const catalog: Array<{ kind: string; event: string; key: string; value_type: string | null }> =
      await db.dataSource.query(
        `SELECT kind, event, key, value_type FROM audience_catalog WHERE workspace_id = $1 AND event = 'Paid'
         ORDER BY kind, key`,
        [workspaceId],
      );
    expect(catalog).toEqual([
      { kind: "event", event: "Paid", key: "", value_type: null },
      { kind: "property", event: "Paid", key: "amount", value_type: "number" },
    ]);
  });

  it("adds a known event's new property keys to the catalog in a later batch and leaves known ones alone", async () => {
    const profileId = randomUUID();
    const paid = (timestamp: string, properties: Record<string, unknown>): AggregateEventRow => ({
      workspaceId,
      profileId,
      type: "track",
      event: "Refunded",
      timestamp,
      properties,
    });
    const catalog = () =>
      db.dataSource.query(
        `SELECT kind, key, value_type, seen::int FROM audience_catalog WHERE workspace_id = $1 AND event = 'Refunded'
         ORDER BY kind, key`,
        [workspaceId],
      );
    for (const rows of [
      [paid("2026-03-01T10:00:00Z", { amount: 3 })],
      [paid("2026-03-02T10:00:00Z", { amount: "three", reason: "damaged" }), paid("2026-03-02T11:00:00Z", {})],
    ]) {
      await db.dataSource.transaction(async (manager) => {
        await insertEvents(manager, rows);
        await applyEventAggregates(manager, rows);
      });
    }
    expect(await catalog()).toEqual([
      { kind: "event", key: "", value_type: null, seen: 1 },
      { kind: "property", key: "amount", value_type: "number", seen: 1 },
      { kind: "property", key: "reason", value_type: "string", seen: 1 },
    ]);
  });

  it("take concurrent batches on the same profiles without deadlock or lost updates", async () => {
    const batches = [makeEvents(300, 101), makeEvents(300, 102), makeEvents(300, 103)];
    await Promise.all(
      batches.map((rows) =>
        db.dataSource.transaction(async (manager) => {
          await insertEvents(manager, rows);
          await applyEventAggregates(manager, rows);
        }),
      ),
    );
    const applied = await snapshot();
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(applied);
  });

  it("rebuild some profiles only (after a merge moved their events)", async () => {
    const before = await snapshot();
    const [moved, into] = profiles;
    await db.dataSource.transaction(async (manager) => {
      // A merge copies the loser's events under the winner and deletes the loser's rows.
      await manager.query(
        `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
         SELECT $2, workspace_id, message_id || '-m', type, event, properties, timestamp FROM events WHERE profile_id = $1`,
        [moved, into],
      );
      await manager.query(`DELETE FROM events WHERE profile_id = $1`, [moved]);
    });
    await rebuildAggregates(db.dataSource, workspaceId, { profileIds: [moved ?? "", into ?? ""] });
    const partial = await snapshot();
    expect(partial).not.toEqual(before);
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(partial);
  });

  it("a merge folds the losers' aggregates into their holders: equal to a rebuild from the moved events", async () => {
    const [loserA, loserB, holder, otherLoser, otherHolder] = profiles.slice(10);
    const merges = [
      { loserId: loserA ?? "", holderId: holder ?? "" },
      { loserId: loserB ?? "", holderId: holder ?? "" },
      { loserId: otherLoser ?? "", holderId: otherHolder ?? "" },
    ];
    const before = await snapshot();
    await db.dataSource.transaction(async (manager) => {
      for (const m of merges) {
        await manager.query(`UPDATE events SET profile_id = $2 WHERE profile_id = $1`, [m.loserId, m.holderId]);
      }
      await foldMergedAggregates(manager, workspaceId, merges);
    });
    const folded = await snapshot();
    expect(folded).not.toEqual(before);
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(folded);
  });

  it("a backfill in spans of days, with batches and a merge arriving between spans, counts every event once", async () => {
    await db.dataSource.query(`DELETE FROM profile_event_day_values WHERE workspace_id = $1 AND event = 'Viewed'`, [
      workspaceId,
    ]);
    await db.dataSource.query(
      `UPDATE indexed_properties SET status = 'building' WHERE workspace_id = $1 AND event = 'Viewed'`,
      [workspaceId],
    );
    const [holder, loser] = profiles.slice(20);
    let spans = 0;
    const until = async () =>
      (
        (await db.dataSource.query(
          `SELECT backfilled_until::text AS until FROM indexed_properties WHERE workspace_id = $1 AND event = 'Viewed'`,
          [workspaceId],
        )) as Array<{ until: string | null }>
      )[0]?.until ?? null;
    const seen: Array<string | null> = [];
    const results = await backfillIndexedProperties(db.dataSource, workspaceId, {
      // About 3 days per span over the fixture's 40 days.
      spanEvents: 15,
      afterSpan: async () => {
        spans += 1;
        seen.push(await until());
        // Batches over the whole period: days already done (ingestion counts them) and days still to come (the
        // backfill will), some on new profiles, some far in the future.
        const batch = makeEvents(40, 1000 + spans).map((e, i) =>
          i % 10 === 0 ? { ...e, timestamp: new Date(Date.UTC(2027, 0, 1 + i)) } : e,
        );
        await db.dataSource.transaction(async (manager) => {
          await insertEvents(manager, batch);
          await applyEventAggregates(manager, batch);
        });
        if (spans === 3)
          await db.dataSource.transaction(async (manager) => {
            await manager.query(`UPDATE events SET profile_id = $2 WHERE profile_id = $1`, [loser, holder]);
            await foldMergedAggregates(manager, workspaceId, [{ loserId: loser ?? "", holderId: holder ?? "" }]);
          });
      },
    });
    expect(results.map((r) => [r.event, r.status])).toEqual([["Viewed", "ready"]]);
    expect(spans).toBeGreaterThan(5);
    // The cursor moved forward span by span.
    expect(seen.every((day, i) => day !== null && (i === 0 || day > (seen[i - 1] ?? "")))).toBe(true);
    expect(await until()).toBe("infinity");
    const backfilled = await snapshot();
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(backfilled);
  });

  it("starts a failed backfill over: a half-done cursor is not trusted", async () => {
    await db.dataSource.query(
      `UPDATE indexed_properties SET status = 'failed', backfilled_until = '2026-01-20'
       WHERE workspace_id = $1 AND event = 'Viewed'`,
      [workspaceId],
    );
    await db.dataSource.query(
      `UPDATE profile_event_day_values SET event_count = event_count + 5 WHERE workspace_id = $1 AND event = 'Viewed'`,
      [workspaceId],
    );
    const results = await backfillIndexedProperties(db.dataSource, workspaceId, { spanEvents: 50 });
    expect(results.map((r) => [r.event, r.status])).toEqual([["Viewed", "ready"]]);
    const backfilled = await snapshot();
    await rebuildAggregates(db.dataSource, workspaceId);
    expect(await snapshot()).toEqual(backfilled);
  });
});
