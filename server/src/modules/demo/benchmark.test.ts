import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { bulkSeed } from "./bulk-seed.js";
import { createServices } from "../../engine/services.js";
import { LIMITS } from "../ingestion/index.js";
import { ingestDemoDataset, type SourceIds } from "./demo-ingest.js";
import { SOURCE_KEYS } from "./demo-types.js";
import { generateDemoStore } from "./store-generator.js";

/**
 * Timings to run by hand, not in CI (they assert nothing about speed):
 *   MOSAIC_BENCH=1 npx vitest run src/modules/demo/benchmark.test.ts
 * Options: BENCH_PROFILES (100000), BENCH_EVENTS (20), BENCH_CONNECTIONS (2); DATABASE_URL picks the server.
 * BENCH_POSTMASTER_PID (a local server's postmaster) adds the server's CPU seconds per phase, which says more
 * than wall time on a machine shared with other work.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** CPU seconds of a PostgreSQL server: the postmaster with its reaped children, plus its live children. */
function serverCpuSeconds(postmaster: number): number {
  const ticks = (pid: string) => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return {
      ppid: Number(fields[1]),
      own: Number(fields[11]) + Number(fields[12]),
      reaped: Number(fields[13]) + Number(fields[14]),
    };
  };
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const t = ticks(pid);
      if (Number(pid) === postmaster) total += t.own + t.reaped;
      else if (t.ppid === postmaster) total += t.own;
    } catch {
      // The process ended while we looked.
    }
  }
  return total / 100;
}
const seconds = (from: number) => (performance.now() - from) / 1000;
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

async function workspace(pool: pg.Pool): Promise<{ workspaceId: string; sourceIds: SourceIds }> {
  const ws = await pool.query<{ id: string }>(
    `INSERT INTO workspaces (slug, name) VALUES ('bench', 'Bench') RETURNING id`,
  );
  const workspaceId = ws.rows[0]?.id ?? "";
  const sourceIds: SourceIds = { website: "", app: "", backend: "", pos: "" };
  for (const kind of SOURCE_KEYS) {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO sources (workspace_id, name, kind, write_key) VALUES ($1, $2, $2, $3) RETURNING id`,
      [workspaceId, kind, `bench_${kind}`],
    );
    sourceIds[kind] = rows[0]?.id ?? "";
  }
  return { workspaceId, sourceIds };
}

describe.runIf(process.env.MOSAIC_BENCH === "1")("benchmarks", () => {
  it("generates the demo store and ingests it through the collect path", async () => {
    const db = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    try {
      const { workspaceId, sourceIds } = await workspace(pool);
      const services = createServices(db.dataSource, { sessionTtlHours: 1, cookieSecure: "auto" });
      let started = performance.now();
      let cpu = process.cpuUsage();
      const dataset = generateDemoStore();
      const generation = { seconds: seconds(started), cpu: cpuSeconds(cpu) };
      const postmaster = Number(process.env.BENCH_POSTMASTER_PID ?? 0);
      const serverBefore = postmaster ? serverCpuSeconds(postmaster) : 0;
      started = performance.now();
      cpu = process.cpuUsage();
      const result = await ingestDemoDataset(services.ingestion, workspaceId, sourceIds, dataset, {
        maxPerSource: LIMITS.batchMessages,
      });
      const load = {
        seconds: seconds(started),
        cpu: cpuSeconds(cpu),
        eventsPerSecond: Math.round(result.stored / seconds(started)),
        ...(postmaster ? { serverCpu: +(serverCpuSeconds(postmaster) - serverBefore).toFixed(1) } : {}),
      };
      console.log(JSON.stringify({ demo: { ...result, generation, load } }));
      expect(result.stored).toBe(dataset.messages.length);
    } finally {
      await pool.end();
      await db.drop();
    }
  }, 600_000);

  it("bulk-seeds profiles and events", async () => {
    const profiles = env("BENCH_PROFILES", 100_000);
    const eventsPerProfile = env("BENCH_EVENTS", 20);
    const connections = env("BENCH_CONNECTIONS", 2);
    const db = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: db.url, max: connections + 1 });
    try {
      const { workspaceId, sourceIds } = await workspace(pool);
      const postmaster = Number(process.env.BENCH_POSTMASTER_PID ?? 0);
      const serverCpu: Record<string, number> = {};
      let phaseStart = postmaster ? serverCpuSeconds(postmaster) : 0;
      let phase = "prepare";
      const onPhase = (next: string) => {
        if (!postmaster) return;
        const now = serverCpuSeconds(postmaster);
        serverCpu[phase] = +(now - phaseStart).toFixed(1);
        [phase, phaseStart] = [next, now];
      };
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = await bulkSeed(pool, {
        workspaceId,
        sourceId: sourceIds.website,
        profiles,
        eventsPerProfile,
        connections,
        onPhase,
      });
      onPhase("done");
      const total = seconds(started);
      console.log(
        JSON.stringify({
          bulk: {
            profiles,
            eventsPerProfile,
            connections,
            loadSeconds: +result.loadSeconds.toFixed(2),
            indexSeconds: +result.indexSeconds.toFixed(2),
            totalSeconds: +total.toFixed(2),
            eventRowsPerSecondDuringLoad: Math.round(result.events / result.loadSeconds),
            allRowsPerSecondDuringLoad: Math.round(
              (result.events + result.profiles + result.identities) / result.loadSeconds,
            ),
            eventRowsPerSecondOverall: Math.round(result.events / total),
            nodeCpuSeconds: +cpuSeconds(cpu).toFixed(1),
            peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
            ...(postmaster ? { serverCpuSeconds: serverCpu } : {}),
          },
        }),
      );
      expect(result.events).toBe(profiles * eventsPerProfile);
    } finally {
      await pool.end();
      await db.drop();
    }
  }, 3_600_000);
});
