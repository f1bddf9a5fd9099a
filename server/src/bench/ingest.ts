// npm run bench:ingest [-- --events N --clients C --batch B --statements --rollup]: the tracking API's throughput
// over HTTP, against a fresh database, beside the raw COPY rate of equivalent rows into events (the physical limit on
// this machine). --statements (embedded PostgreSQL only) also lists the costliest SQL statements of the HTTP phase.
// --rollup first lets the catalog choose the workload's low-cardinality properties for the per-day value rollup
// (from the COPY baseline's rows, as the server would), so ingestion pays for keeping them.
import { randomUUID } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadConfig } from "../engine/config/config.js";
import { backfillIndexedProperties, rebuildAggregates, refreshCatalog } from "../modules/audiences/index.js";
import { ensureWorkspace } from "../modules/workspaces/index.js";
import { startServer } from "../server.js";
import { backendCpu, freshDatabase } from "./bench-database.js";
import { copyLine, copyRows, str } from "./copy-baseline.js";
import { Workload } from "./ingest-workload.js";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    clients: { type: "string", default: "4" },
    batch: { type: "string", default: "500" },
    statements: { type: "boolean", default: false },
    rollup: { type: "boolean", default: false },
  },
  strict: true,
});
const EVENTS = Number(values.events);
const CLIENTS = Number(values.clients);
const BATCH = Number(values.batch);
for (const [name, value, min, max] of [
  ["events", EVENTS, 1000, 100_000_000],
  ["clients", CLIENTS, 1, 64],
  ["batch", BATCH, 1, 2500],
] as const) {
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`bench:ingest: --${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
}

const perEvent = (seconds: number | null) => (seconds === null ? "n/a" : `${((seconds / EVENTS) * 1e6).toFixed(0)} µs`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The statements that took the most server time during the HTTP phase (pg_stat_statements), one line each. */
async function costliestStatements(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ total: number; calls: number; rows: number; query: string }>(
    `SELECT total_exec_time AS total, calls::int, rows::int, query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC LIMIT 15`,
  );
  return rows.map(
    (r) =>
      `${r.total.toFixed(0).padStart(8)} ${String(r.calls).padStart(6)} ${(r.total / r.calls).toFixed(2).padStart(8)} ` +
      `${(r.rows / r.calls).toFixed(0).padStart(5)}  ${r.query.replace(/\s+/g, " ").slice(0, 110)}`,
  );
}

async function main() {
  const database = await freshDatabase(
    values.statements ? ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.max=500"] : [],
  );
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: "0",
    HOST: "127.0.0.1",
    DEMO_SEED: "off",
    NODE_ENV: "production",
    LTV_REFIT_HOURS: "0",
    DB_POOL_SIZE: String(Math.max(10, CLIENTS * 2)),
  });
  const server = await startServer(config, () => undefined);
  try {
    const services = server.services;
    const workspace = await ensureWorkspace(services.db.manager, "bench", "Benchmark");
    const source = await services.sources.create(workspace.id, "Bench", "backend");

    console.log(`Generating ${EVENTS.toLocaleString("en")} events for ${CLIENTS} clients (batches of ${BATCH})…`);
    const requests: Buffer[][] = Array.from({ length: CLIENTS }, () => []);
    const copyChunks: string[] = [];
    const perClient = Math.ceil(EVENTS / CLIENTS);
    let bytes = 0;
    for (let c = 0; c < CLIENTS; c++) {
      const workload = new Workload(c, 42);
      const anonProfiles = new Map<string, string>();
      for (let sent = 0; sent < perClient && c * perClient + sent < EVENTS; sent += BATCH) {
        const batch = workload.next(Math.min(BATCH, perClient - sent, EVENTS - c * perClient - sent));
        const body = Buffer.from(JSON.stringify({ batch, sentAt: new Date().toISOString() }));
        bytes += body.length;
        requests[c]?.push(body);
        copyChunks.push(
          batch
            .map((m) => {
              const key = str(m.userId) ?? str(m.anonymousId) ?? "";
              let profile = anonProfiles.get(key);
              if (!profile) anonProfiles.set(key, (profile = randomUUID()));
              return copyLine(m, profile, workspace.id, source.id);
            })
            .join("\n") + "\n",
        );
      }
    }
    const requestCount = requests.reduce((n, r) => n + r.length, 0);
    console.log(`${requestCount} requests, ${(bytes / requestCount / 1024).toFixed(0)} KB each on average.`);

    // The physical limit: one COPY of the equivalent rows into the (empty) events table, then emptied again.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const copyCpuBefore = await backendCpu(client, true);
    const copyStarted = performance.now();
    await copyRows(client, copyChunks);
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const copyCpuAfter = await backendCpu(client, true);
    const copyCpu = copyCpuBefore === null || copyCpuAfter === null ? null : copyCpuAfter - copyCpuBefore;
    if (values.rollup) {
      await rebuildAggregates(services.db, workspace.id);
      await refreshCatalog(services.db, workspace.id);
      const chosen = await backfillIndexedProperties(services.db, workspace.id);
      console.log(`Rolled up per day: ${chosen.map((r) => `${r.event}.${r.key}`).join(", ") || "nothing"}`);
      await client.query(
        `TRUNCATE audience_catalog, profile_event_stats, profile_event_days, profile_event_numbers,
           profile_event_day_numbers, profile_event_day_values`,
      );
    }
    await client.query(`TRUNCATE events`);
    await client.query(`CHECKPOINT`);
    copyChunks.length = 0;

    console.log(`Sending through POST /v1/batch with ${CLIENTS} concurrent clients…`);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const url = new URL(`${server.url}/v1/batch`);
    const auth = `Basic ${Buffer.from(`${source.writeKey}:`).toString("base64")}`;
    const latencies: number[] = [];
    const failures: string[] = [];
    const post = (body: Buffer) =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now();
        const req = http.request(
          url,
          {
            method: "POST",
            agent,
            headers: { authorization: auth, "content-type": "application/json", "content-length": body.length },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              latencies.push(performance.now() - started);
              const text = Buffer.concat(chunks).toString();
              if (res.statusCode !== 200 || text !== '{"success":true}')
                failures.push(`${res.statusCode} ${text.slice(0, 200)}`);
              resolve();
            });
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    if (values.statements) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
      await client.query(`SELECT pg_stat_statements_reset()`);
    }
    const cpuBefore = await backendCpu(client);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      requests.map(async (bodies) => {
        for (const body of bodies) await post(body);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const node = process.cpuUsage(nodeBefore);
    const cpuAfter = await backendCpu(client);
    const postgresCpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    agent.destroy();

    const statements = values.statements ? await costliestStatements(client) : [];
    const [counts] = (
      await client.query<{ events: number; profiles: number; identities: number; merges: number }>(
        `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM profiles)::int AS profiles,
                (SELECT count(*) FROM identities)::int AS identities, (SELECT count(*) FROM profile_merges)::int AS merges`,
      )
    ).rows;
    await client.end();
    latencies.sort((a, b) => a - b);
    const rate = EVENTS / seconds;
    const copyRate = EVENTS / copySeconds;
    const lines = [
      ``,
      `database            ${database.describe}`,
      `machine             ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)} at the end, Node ${process.version}`,
      `events              ${EVENTS.toLocaleString("en")} in ${requestCount} requests of ${BATCH}, ${CLIENTS} clients`,
      `ingestion           ${seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString("en")} events/s`,
      `request latency     p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
      `  CPU per event     Node ${perEvent((node.user + node.system) / 1e6)} (server and the in-process clients), ` +
        `PostgreSQL ${perEvent(postgresCpu)}`,
      `raw COPY            ${copySeconds.toFixed(1)} s = ${Math.round(copyRate).toLocaleString("en")} rows/s`,
      `  CPU per row       PostgreSQL ${perEvent(copyCpu)}`,
      `ratio               ${(rate / copyRate).toFixed(2)} of the raw COPY rate`,
      `result              ${counts?.events.toLocaleString("en")} events, ${counts?.profiles.toLocaleString("en")} profiles, ` +
        `${counts?.identities.toLocaleString("en")} identities, ${counts?.merges.toLocaleString("en")} merges`,
    ];
    if (statements.length > 0)
      lines.push(``, `costliest statements (total ms, calls, ms per call, rows per call):`, ...statements);
    if (failures.length > 0) lines.push(`FAILED requests     ${failures.length}, first: ${failures[0]}`);
    if (counts?.events !== EVENTS) lines.push(`MISMATCH            expected ${EVENTS} events`);
    console.log(lines.join("\n"));
    if (failures.length > 0 || counts?.events !== EVENTS) process.exitCode = 1;
  } finally {
    await server.close();
    await database.drop();
  }
}

await main();
