import { spawnSync } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { loadConfig } from "../engine/config/config.js";
import { connectDatabase, type Database } from "../engine/database/database.js";
import { queryRows } from "../modules/audiences/sql-runner.js";

export const ms = (n: number) =>
  n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/**
 * The configured database (MOSAIC_DATA_DIR / DATABASE_URL, borrowing a running embedded server) and the id of
 * workspace `slug`, seeding it with the seed CLI first when it is missing, as bench:audiences does.
 */
export async function openBenchWorkspace(
  slug: string,
  seed: { profiles: string; eventsPerProfile: string },
): Promise<{ database: Database; workspaceId: string }> {
  const config = loadConfig(process.env);
  let database = await connectDatabase(config, "borrower");
  const find = async () =>
    (
      await queryRows(
        database.dataSource,
        `SELECT id FROM workspaces WHERE slug = $1`,
        [slug],
        z.object({ id: z.string() }),
      )
    )[0];
  let workspace = await find();
  if (!workspace) {
    await database.close();
    const bin = path.resolve(import.meta.dirname, "../../bin/mosaic.js");
    const args = [
      bin,
      "seed",
      "--profiles",
      seed.profiles,
      "--events-per-profile",
      seed.eventsPerProfile,
      "--workspace",
      slug,
    ];
    console.log(`No workspace "${slug}" yet: node ${args.join(" ")}`);
    const result = spawnSync(process.execPath, args, { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
    database = await connectDatabase(config, "borrower");
    workspace = await find();
    if (!workspace) throw new Error(`the seed did not create workspace "${slug}"`);
  }
  return { database, workspaceId: workspace.id };
}

/** A markdown table, columns padded. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}
