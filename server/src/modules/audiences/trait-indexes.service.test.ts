import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { loadCatalog, refreshCatalog } from "./catalog.service.js";
import { traitIndexName } from "./trait-indexes.js";
import { TraitIndexService } from "./trait-indexes.service.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

/** A workspace whose profiles carry these traits, and its catalog. */
async function workspaceWith(traits: Array<Record<string, unknown>>): Promise<string> {
  const [row]: Array<{ id: string }> = await db.dataSource.query(
    `INSERT INTO workspaces (slug, name) VALUES ($1, $1) RETURNING id`,
    [`w-${randomUUID().slice(0, 8)}`],
  );
  if (!row) throw new Error("no workspace");
  for (const t of traits)
    await db.dataSource.query(
      `INSERT INTO profiles (workspace_id, traits, first_seen_at, last_seen_at) VALUES ($1, $2, now(), now())`,
      [row.id, t],
    );
  await refreshCatalog(db.dataSource, row.id);
  return row.id;
}

const repeat = (n: number, traits: (i: number) => Record<string, unknown>) =>
  Array.from({ length: n }, (_, i) => traits(i));

async function indexState(name: string): Promise<"valid" | "invalid" | "missing"> {
  const rows: Array<{ valid: boolean }> = await db.dataSource.query(
    `SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)`,
    [name],
  );
  return rows[0] === undefined ? "missing" : rows[0].valid ? "valid" : "invalid";
}

const summary = (rows: Array<{ key: string; status: string }>) => rows.map((r) => `${r.key}:${r.status}`);

describe("TraitIndexService", () => {
  it("indexes the low-cardinality string traits, most seen first, up to the cap", async () => {
    const workspace = await workspaceWith(
      repeat(8, (i) => ({
        email: `p${i}@example.com`,
        country: i % 2 ? "US" : "DE",
        plan: i < 6 ? (i % 3 ? "free" : "pro") : undefined,
        tier: i < 4 ? "gold" : undefined,
        age: 20 + (i % 2),
      })),
    );
    const rows = await new TraitIndexService(db.dataSource, { max: 2 }).ensure(workspace);
    expect(summary(rows)).toEqual(["country:ready", "plan:ready"]);
    expect(rows[0]?.indexName).toBe(traitIndexName("country"));
    expect(rows[0]?.readyAt).toBeInstanceOf(Date);
    expect(await indexState(traitIndexName("country"))).toBe("valid");
    expect(await indexState(traitIndexName("tier"))).toBe("missing");
    expect((await loadCatalog(db.dataSource, workspace)).indexedTraits).toEqual(["country", "plan"]);
    // Analysed after the build: the planner knows how many profiles have each value.
    const stats: Array<{ n: number }> = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stats WHERE tablename = $1`,
      [traitIndexName("country")],
    );
    expect(stats[0]?.n).toBeGreaterThan(0);
  });

  it("never writes a hostile key into DDL", async () => {
    const workspace = await workspaceWith(repeat(4, (i) => ({ segment: i % 2 ? "a" : "b" })));
    const hostile = ["x'); DROP TABLE profiles;--", `a"b`, "a\\'b", "plan; DROP INDEX profiles_traits"];
    for (const key of hostile)
      await db.dataSource.query(
        `INSERT INTO audience_catalog (workspace_id, kind, event, key, value_type, seen, suggestions)
         VALUES ($1, 'trait', '', $2, 'string', 1000, '["a","b"]')`,
        [workspace, key],
      );
    const rows = await new TraitIndexService(db.dataSource).ensure(workspace);
    expect(summary(rows)).toEqual(["segment:ready"]);
    const defs: Array<{ indexdef: string }> = await db.dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'profiles'`,
    );
    expect(defs.map((d) => d.indexdef).filter((d) => /DROP|a"b/.test(d))).toEqual([]);
    expect(await indexState("profiles_traits")).toBe("valid");
  });

  it("shares one index between workspaces, built once when two builds race", async () => {
    const traits = repeat(6, (i) => ({ channel: i % 2 ? "email" : "sms" }));
    const [one, two] = [await workspaceWith(traits), await workspaceWith(traits)];
    // Two services stand for two server processes: the database lock serialises them.
    const [a, b] = await Promise.all([
      new TraitIndexService(db.dataSource).ensure(one),
      new TraitIndexService(db.dataSource).ensure(two),
    ]);
    expect(summary(a)).toEqual(["channel:ready"]);
    expect(summary(b)).toEqual(["channel:ready"]);
    const named: Array<{ n: number }> = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = $1`,
      [traitIndexName("channel")],
    );
    expect(named[0]?.n).toBe(1);
    expect(await indexState(traitIndexName("channel"))).toBe("valid");
  });

  it("forgets a trait that leaves the chosen set, and drops its index once no workspace uses it", async () => {
    const traits = repeat(6, (i) => ({
      region: i % 2 ? "north" : "south",
      ...(i < 4 ? { shop: i % 2 ? "x" : "y" } : {}),
    }));
    const [one, two] = [await workspaceWith(traits), await workspaceWith(traits)];
    const service = new TraitIndexService(db.dataSource);
    await service.ensure(one);
    await service.ensure(two);
    expect(await indexState(traitIndexName("shop"))).toBe("valid");

    const capped = new TraitIndexService(db.dataSource, { max: 1 });
    expect(summary(await capped.ensure(one))).toEqual(["region:ready"]);
    expect(await indexState(traitIndexName("shop"))).toBe("valid");
    expect((await loadCatalog(db.dataSource, two)).indexedTraits).toEqual(["region", "shop"]);

    expect(summary(await capped.ensure(two))).toEqual(["region:ready"]);
    expect(await indexState(traitIndexName("shop"))).toBe("missing");
    expect(await indexState(traitIndexName("region"))).toBe("valid");
  });

  it("marks a build that fails failed, drops what it left and retries it later", async () => {
    const workspace = await workspaceWith(repeat(4, (i) => ({ color: i % 2 ? "red" : "blue" })));
    // A transaction that wrote to profiles and stays open: the concurrent build waits for it and times out.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query(`BEGIN`);
    await blocker.query(`UPDATE profiles SET traits = traits WHERE workspace_id = $1`, [workspace]);
    const impatient = new TraitIndexService(db.dataSource, { lockTimeoutMs: 200 });
    try {
      const [failed] = await impatient.ensure(workspace);
      expect(failed).toMatchObject({ key: "color", status: "failed", readyAt: null });
      expect(failed?.error).toMatch(/lock timeout/);
      expect(await indexState(traitIndexName("color"))).not.toBe("valid");
      expect((await loadCatalog(db.dataSource, workspace)).indexedTraits).toEqual([]);
    } finally {
      await blocker.query(`ROLLBACK`);
      await blocker.end();
    }
    // Not retried at once (each attempt reads the whole table), but the invalid index it left goes.
    expect(summary(await impatient.ensure(workspace))).toEqual(["color:failed"]);
    expect(await indexState(traitIndexName("color"))).toBe("missing");

    const retrying = new TraitIndexService(db.dataSource, { retryFailedAfterMs: 0 });
    const [ready] = await retrying.ensure(workspace);
    expect(ready).toMatchObject({ key: "color", status: "ready", error: null });
    expect((await loadCatalog(db.dataSource, workspace)).indexedTraits).toEqual(["color"]);
  });

  it("does not tell the compiler about an index that was dropped behind its back", async () => {
    const workspace = await workspaceWith(repeat(4, (i) => ({ lang: i % 2 ? "en" : "fr" })));
    const service = new TraitIndexService(db.dataSource);
    await service.ensure(workspace);
    await db.dataSource.query(`DROP INDEX ${traitIndexName("lang")}`);
    expect((await loadCatalog(db.dataSource, workspace)).indexedTraits).toEqual([]);
    expect(summary(await service.ensure(workspace))).toEqual(["lang:ready"]);
    expect((await loadCatalog(db.dataSource, workspace)).indexedTraits).toEqual(["lang"]);
  });
});
