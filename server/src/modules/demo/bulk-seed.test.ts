import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { type BulkEvent, BulkRows, TimestampFormat } from "./bulk-rows.js";
import { bulkSeed, type BulkSeedResult } from "./bulk-seed.js";

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

const ANCHOR = new Date("2026-10-31T23:59:59Z");

async function indexNames(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('events', 'profiles', 'identities')
     ORDER BY indexname`,
  );
  return rows.map((r) => r.indexname);
}

describe("bulkSeed", () => {
  let db: Db;
  let pool: pg.Pool;
  let workspaceId: string;
  let sourceId: string;
  let indexesBefore: string[];
  let first: BulkSeedResult;
  const progress: Array<[number, number]> = [];
  const phases: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    const ws = await pool.query<{ id: string }>(
      `INSERT INTO workspaces (slug, name) VALUES ('bench', 'Bench') RETURNING id`,
    );
    workspaceId = ws.rows[0]?.id ?? "";
    const source = await pool.query<{ id: string }>(
      `INSERT INTO sources (workspace_id, name, kind, write_key) VALUES ($1, 'Web', 'website', 'wk_bench') RETURNING id`,
      [workspaceId],
    );
    sourceId = source.rows[0]?.id ?? "";
    indexesBefore = await indexNames(pool);
    first = await bulkSeed(pool, {
      workspaceId,
      sourceId,
      profiles: 2000,
      eventsPerProfile: 10,
      seed: 5,
      anchor: ANCHOR,
      onProgress: (done, total) => progress.push([done, total]),
      onPhase: (phase) => phases.push(phase),
    });
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const count = async (table: string) =>
    Number(
      (await pool.query<{ n: string }>(`SELECT count(*) n FROM ${table} WHERE workspace_id = $1`, [workspaceId]))
        .rows[0]?.n,
    );

  it("writes exactly the requested rows", async () => {
    expect(first).toMatchObject({ profiles: 2000, identities: 6000, events: 20_000 });
    expect(await count("profiles")).toBe(2000);
    expect(await count("identities")).toBe(6000);
    expect(await count("events")).toBe(20_000);
    const orphans = await pool.query(
      `SELECT 1 FROM events e LEFT JOIN profiles p ON p.id = e.profile_id WHERE p.id IS NULL LIMIT 1`,
    );
    expect(orphans.rowCount).toBe(0);
  });

  it("rebuilt the secondary indexes it dropped on the empty tables, and analyzed them", async () => {
    expect(first.rebuiltIndexes).toEqual(
      expect.arrayContaining(["events_name_time", "events_profile_time", "events_workspace_time"]),
    );
    expect(await indexNames(pool)).toEqual(indexesBefore);
    const { rows } = await pool.query<{ relname: string; analyzed: boolean }>(
      `SELECT relname, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname IN ('events', 'profiles', 'identities')`,
    );
    expect(rows.every((r) => r.analyzed)).toBe(true);
    expect(phases).toEqual(["prepare", "load", "create-indexes", "analyze"]);
  });

  it("reports progress up to the total", () => {
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual([28_000, 28_000]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it("keeps timestamps within 18 months of the anchor and profiles' first/last seen consistent", async () => {
    const { rows } = await pool.query<{ min: Date; max: Date; bad: string }>(
      `SELECT min(e.timestamp) min, max(e.timestamp) max,
              count(*) FILTER (WHERE e.timestamp < p.first_seen_at OR e.timestamp > p.last_seen_at) bad
       FROM events e JOIN profiles p ON p.id = e.profile_id WHERE e.workspace_id = $1`,
      [workspaceId],
    );
    expect(rows[0]?.max.getTime()).toBeLessThanOrEqual(ANCHOR.getTime());
    expect(rows[0]?.min.getTime()).toBeGreaterThan(ANCHOR.getTime() - 549 * 86_400_000);
    expect(Number(rows[0]?.bad)).toBe(0);
  });

  it("gives audience rules non-trivial answers", async () => {
    const answer = async (sql: string) =>
      Number((await pool.query<{ n: string }>(sql, [workspaceId, ANCHOR])).rows[0]?.n);
    const frequentBuyers = await answer(
      `SELECT count(*) n FROM (SELECT profile_id FROM events WHERE workspace_id = $1 AND event = 'Order Completed'
         AND timestamp > $2::timestamptz - interval '30 days' GROUP BY profile_id HAVING count(*) >= 3) s`,
    );
    const shoeLookers = await answer(
      `SELECT count(*) n FROM (SELECT profile_id FROM events WHERE workspace_id = $1 AND event = 'Product Viewed'
         AND properties->>'category' = 'shoes' AND timestamp > $2::timestamptz - interval '14 days'
         GROUP BY profile_id HAVING count(*) >= 2) s`,
    );
    for (const n of [frequentBuyers, shoeLookers]) {
      expect(n).toBeGreaterThan(5);
      expect(n).toBeLessThan(400);
    }
  });

  it("loads with the indexes in place when the tables already hold rows", async () => {
    const second = await bulkSeed(pool, {
      workspaceId,
      sourceId,
      profiles: 300,
      eventsPerProfile: 4,
      seed: 6,
      anchor: ANCHOR,
      connections: 1,
    });
    expect(second.rebuiltIndexes).toEqual([]);
    expect(await count("profiles")).toBe(2300);
    expect(await count("events")).toBe(21_200);
    expect(await indexNames(pool)).toEqual(indexesBefore);
  });
});

describe("bulk rows", () => {
  const options = { workspaceId: "w", sourceId: "s", seed: 11, anchorMs: ANCHOR.getTime(), eventsPerProfile: 6 };
  const events = (rows: BulkRows, i: number) => {
    const out: BulkEvent[] = [];
    rows.eachEvent(i, (e) => out.push({ ...e }));
    return out;
  };
  // Profile ids are unique per run; everything else depends on the seed only.
  const withoutId = (text: string) => text.replace(/^[0-9a-f-]{36}\t/, "");

  it("are the same for the same seed and index, whatever the order they are asked for", () => {
    const a = new BulkRows(options);
    const b = new BulkRows(options);
    const forward = [0, 1, 2, 3].map((i) => events(a, i));
    const backward = [3, 2, 1, 0].map((i) => events(b, i)).reverse();
    expect(backward).toEqual(forward);
    expect(withoutId(b.profile(2).profile)).toBe(withoutId(a.profile(2).profile));
    expect(events(new BulkRows({ ...options, seed: 12 }), 0)).not.toEqual(forward[0]);
    expect(forward[0]).toHaveLength(6);
    expect(a.profile(0).identities.trimEnd().split("\n")).toHaveLength(3);
  });

  it("format timestamps exactly like toISOString", () => {
    const format = new TimestampFormat();
    for (let t = ANCHOR.getTime() - 86_400_000 * 3; t < ANCHOR.getTime(); t += 7_777_777) {
      expect(format.format(t)).toBe(new Date(t).toISOString());
    }
  });
});
