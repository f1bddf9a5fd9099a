import cliProgress from "cli-progress";
import pg from "pg";
import { parse, UsageError, withServices, type Command } from "./cli-kit.js";
import { printDemoAccounts, seedDemoWorkspaceIfEmpty } from "../engine/bootstrap/first-run.js";
import { ensureWorkspace } from "../modules/workspaces/index.js";
import { bulkSeed } from "../modules/demo/index.js";
import { backfillIndexedProperties, rebuildAggregates, refreshCatalog } from "../modules/audiences/index.js";
import { Source } from "../modules/sources/source.entity.js";

function count(value: string | undefined, flag: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}`);
  return n;
}

export const seedCommand: Command = {
  name: "seed",
  summary: "Seed the demo workspace (first run), or a large benchmark data set with --profiles",
  usage: "seed [--profiles <N> --events-per-profile <M> [--seed <n>] [--workspace <slug>]]",
  async run(args, config) {
    const { values } = parse(args, {
      profiles: { type: "string" },
      "events-per-profile": { type: "string" },
      seed: { type: "string" },
      workspace: { type: "string" },
    });
    const profiles = count(values.profiles, "profiles", 50_000_000);
    const eventsPerProfile = count(values["events-per-profile"], "events-per-profile", 10_000);
    const seed = count(values.seed, "seed", 2 ** 31);
    if (profiles === undefined) {
      if (eventsPerProfile !== undefined || seed !== undefined || values.workspace !== undefined)
        throw new UsageError("--events-per-profile, --seed and --workspace go with --profiles");
      return withServices(config, async (services) => {
        const seeded = await seedDemoWorkspaceIfEmpty(services, config.dataDir, console.log);
        if (seeded) printDemoAccounts(console.log);
        else console.log("The database already has a workspace; the demo seeds only into an empty database.");
        return 0;
      });
    }
    return withServices(config, async (services, database) => {
      const slug = values.workspace ?? "bench";
      const workspace = await ensureWorkspace(services.db.manager, slug, slug === "bench" ? "Benchmark" : slug);
      const existing = await services.db
        .getRepository(Source)
        .findOneBy({ workspaceId: workspace.id, name: "Bulk seed" });
      const source = existing ?? (await services.sources.create(workspace.id, "Bulk seed", "import"));
      const pool = new pg.Pool({ connectionString: database.url, max: 4 });
      const bar = new cliProgress.SingleBar(
        { format: "{phase} [{bar}] {percentage}% | {value}/{total} rows | {duration_formatted}", hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      const started = Date.now();
      let phase = "prepare";
      let barStarted = false;
      try {
        const result = await bulkSeed(pool, {
          workspaceId: workspace.id,
          sourceId: source.id,
          profiles,
          eventsPerProfile: eventsPerProfile ?? 20,
          seed: seed ?? 1,
          onPhase: (next) => {
            phase = next;
            if (next !== "load" && barStarted) bar.update({ phase: next.padEnd(14) });
          },
          onProgress: (done, total) => {
            if (!barStarted) {
              bar.start(total, 0, { phase: phase.padEnd(14) });
              barStarted = true;
            }
            bar.update(done, { phase: phase.padEnd(14) });
          },
        });
        if (barStarted) bar.stop();
        // COPY bypasses ingestion's hooks: the audience aggregates and catalog are built from the loaded events.
        const aggregating = Date.now();
        await rebuildAggregates(services.db, workspace.id);
        await refreshCatalog(services.db, workspace.id);
        console.log(`Audience aggregates and catalog built in ${((Date.now() - aggregating) / 1000).toFixed(1)} s`);
        const indexing = Date.now();
        const indexed = await services.traitIndexes.ensure(workspace.id);
        console.log(
          `Trait indexes (${indexed.map((r) => `${r.key} ${r.status}`).join(", ") || "none"}) in ${((Date.now() - indexing) / 1000).toFixed(1)} s`,
        );
        const backfilling = Date.now();
        const rollups = await backfillIndexedProperties(services.db, workspace.id);
        console.log(
          `Value rollup of ${rollups.length} properties backfilled in ${((Date.now() - backfilling) / 1000).toFixed(1)} s`,
        );
        const seconds = (Date.now() - started) / 1000;
        console.log(
          `Seeded workspace "${slug}": ${result.profiles.toLocaleString("en-US")} profiles, ` +
            `${result.identities.toLocaleString("en-US")} identities, ${result.events.toLocaleString("en-US")} events ` +
            `in ${seconds.toFixed(1)} s (load ${result.loadSeconds.toFixed(1)} s, indexes and ANALYZE ${result.indexSeconds.toFixed(1)} s)`,
        );
        return 0;
      } finally {
        if (barStarted) bar.stop();
        await pool.end();
      }
    });
  },
};
