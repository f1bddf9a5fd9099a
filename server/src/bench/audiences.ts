// npm run bench:audiences [-- --workspace bench --runs 20 --baseline-runs 3]: live-size latency of the seven
// audiences on the bulk seed (1M profiles / 20M events by default), beside the best hand-written SQL over the raw
// tables in the same run, and the time of one full membership refresh. Seeds the workspace with the seed CLI first
// when it does not exist yet (`--profiles`, `--events-per-profile`), and builds its trait indexes before timing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../engine/config/config.js";
import { connectDatabase } from "../engine/database/database.js";
import {
  TraitIndexService,
  backfillIndexedProperties,
  countAudience,
  loadCatalog,
  rebuildAggregates,
  refreshCatalog,
} from "../modules/audiences/index.js";
import { queryRows } from "../modules/audiences/sql-runner.js";
import { audienceCases } from "./audience-cases.js";
import { refreshOneAudience } from "./audience-refresh.js";

const { values } = parseArgs({
  options: {
    workspace: { type: "string", default: "bench" },
    runs: { type: "string", default: "20" },
    "baseline-runs": { type: "string", default: "3" },
    profiles: { type: "string", default: "1000000" },
    "events-per-profile": { type: "string", default: "20" },
  },
  strict: true,
});
const RUNS = Number(values.runs);
const BASELINE_RUNS = Number(values["baseline-runs"]);
for (const [name, value] of [
  ["runs", RUNS],
  ["baseline-runs", BASELINE_RUNS],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    console.error(`bench:audiences: --${name} must be a whole number from 1 to 1000`);
    process.exit(2);
  }
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

function seedWith(workspace: string) {
  const bin = path.resolve(import.meta.dirname, "../../bin/mosaic.js");
  const args = [
    bin,
    "seed",
    "--profiles",
    values.profiles,
    "--events-per-profile",
    values["events-per-profile"],
    "--workspace",
    workspace,
  ];
  console.log(`No workspace "${workspace}" yet: node ${args.join(" ")}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const config = loadConfig(process.env);
  let database = await connectDatabase(config, "borrower");
  const findWorkspace = () =>
    queryRows(
      database.dataSource,
      `SELECT id FROM workspaces WHERE slug = $1`,
      [values.workspace],
      z.object({ id: z.string() }),
    );
  let [workspace] = await findWorkspace();
  if (!workspace) {
    await database.close();
    seedWith(values.workspace);
    database = await connectDatabase(config, "borrower");
    [workspace] = await findWorkspace();
    if (!workspace) throw new Error(`the seed did not create workspace "${values.workspace}"`);
  }
  const db = database.dataSource;
  const workspaceId = workspace.id;
  try {
    const [size] = await queryRows(
      db,
      `SELECT (SELECT count(*)::int FROM profiles WHERE workspace_id = $1) AS profiles,
              (SELECT reltuples::bigint::text FROM pg_class WHERE relname = 'events') AS events,
              EXISTS (SELECT 1 FROM profile_event_stats WHERE workspace_id = $1) AS aggregated`,
      [workspaceId],
      z.object({ profiles: z.number(), events: z.string(), aggregated: z.boolean() }),
    );
    if (!size) throw new Error("no size");
    console.log(
      `Workspace "${values.workspace}": ${size.profiles.toLocaleString("en")} profiles, ` +
        `~${Number(size.events).toLocaleString("en")} events (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`,
    );
    if (!size.aggregated) {
      console.log("Building the per-profile aggregates once (ingestion keeps them current afterwards)…");
      const built = await timed(() => rebuildAggregates(db, workspaceId));
      await db.query(
        `ANALYZE profile_event_stats, profile_event_numbers, profile_event_days, profile_event_day_numbers`,
      );
      console.log(`  aggregates built in ${ms(built.ms)}`);
    }
    const catalogTime = await timed(() => refreshCatalog(db, workspaceId));
    console.log(`Catalog refreshed in ${ms(catalogTime.ms)}`);
    // What the server does after a catalog refresh; quick when the indexes already exist.
    const indexing = await timed(() => new TraitIndexService(db).ensure(workspaceId));
    const byStatus = (status: string) =>
      indexing.value
        .filter((r) => r.status === status)
        .map((r) => (r.error ? `${r.key} (${r.error})` : r.key))
        .join(", ") || "none";
    console.log(`Trait indexes in ${ms(indexing.ms)}: ready ${byStatus("ready")}; failed ${byStatus("failed")}`);
    // The same service as the server's background refresh: properties the refresh chose are filled before timing.
    const backfill = await timed(() => backfillIndexedProperties(db, workspaceId));
    await db.query(`ANALYZE profile_event_day_values`);
    console.log(
      `Value rollup backfilled in ${ms(backfill.ms)}: ` +
        (backfill.value.map((r) => `${r.event}.${r.key} ${r.status} (${ms(r.ms)})`).join(", ") || "nothing pending"),
    );
    const failed = backfill.value.filter((r) => r.status === "failed");
    if (failed.length) throw new Error(`value rollup backfill failed: ${failed.map((r) => r.key).join(", ")}`);
    const catalog = await loadCatalog(db, workspaceId);

    // X = the most common country; the plans = the two most common: the largest, so the slowest, audiences.
    const [common] = await queryRows(
      db,
      `SELECT (SELECT traits->>'country' FROM profiles WHERE workspace_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS country,
              ARRAY(SELECT traits->>'plan' FROM profiles WHERE workspace_id = $1 AND traits ? 'plan'
                    GROUP BY 1 ORDER BY count(*) DESC LIMIT 2) AS plans`,
      [workspaceId],
      z.object({ country: z.string(), plans: z.array(z.string()) }),
    );
    if (!common) throw new Error("no traits");
    console.log(`X = ${common.country}, plans = ${common.plans.join(", ")}; ${RUNS} live-size runs per rule`);
    const now = new Date();
    const cases = audienceCases(common);

    const rows: string[][] = [];
    const failures: string[] = [];
    let worstP95 = 0;
    for (const c of cases) {
      const live: number[] = [];
      let members = 0;
      await countAudience(db, c.rules, catalog, { workspaceId, now }); // warm the cache and plan
      for (let i = 0; i < RUNS; i++) {
        const run = await timed(() => countAudience(db, c.rules, catalog, { workspaceId, now }));
        live.push(run.ms);
        members = run.value;
      }
      live.sort((a, b) => a - b);
      const baseline: number[] = [];
      let expected = 0;
      // Parameters typed once in an unused CTE, so each query may leave some out.
      const sql = `WITH typed AS (SELECT $1::uuid, $2::timestamptz, $3::text, $4::text[]) ${c.handWritten}`;
      for (let i = 0; i < BASELINE_RUNS; i++) {
        const run = await timed(() =>
          queryRows(db, sql, [workspaceId, now, common.country, common.plans], z.object({ count: z.number() })),
        );
        baseline.push(run.ms);
        expected = run.value[0]?.count ?? -1;
      }
      baseline.sort((a, b) => a - b);
      const p50 = percentile(live, 50);
      const p95 = percentile(live, 95);
      const handP50 = percentile(baseline, 50);
      worstP95 = Math.max(worstP95, p95);
      if (members !== expected) failures.push(`${c.name}: Mosaic ${members} vs hand-written ${expected}`);
      rows.push([
        c.name,
        members.toLocaleString("en"),
        ms(p50),
        ms(p95),
        p95 <= 300 ? "yes" : "NO",
        ms(handP50),
        `${(handP50 / Math.max(p50, 0.1)).toFixed(1)}×`,
        members === expected ? "=" : `≠ ${expected}`,
      ]);
    }
    const header = ["rule", "members", "live p50", "live p95", "≤300ms", "hand SQL p50", "speed-up", "same count"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
    console.log();
    console.log(line(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const r of rows) console.log(line(r));
    console.log();

    const refreshed = cases[5] ?? cases[0];
    if (refreshed) {
      const refresh = await refreshOneAudience(db, workspaceId, refreshed.rules, catalog, now);
      console.log(
        `Membership refresh of rule ${refreshed.name.split(" ")[0]}: ${ms(refresh.firstMs)} from no members ` +
          `(${refresh.members.toLocaleString("en")} enter), ${ms(refresh.againMs)} again with nothing changed (target ≤ 30 s)`,
      );
    }
    console.log(`Worst live p95 ${ms(worstP95)} (target ≤ 300 ms)`);
    if (failures.length) {
      console.error(`Counts differ from the hand-written SQL:\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
