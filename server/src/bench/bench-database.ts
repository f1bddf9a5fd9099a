import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../engine/database/embedded-postgres.js";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A fresh database: a new one on DATABASE_URL's server, or an embedded PostgreSQL with default durability. */
export async function freshDatabase(
  extraFlags: string[] = [],
): Promise<{ url: string; describe: string; drop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    const name = `mosaic_bench_${randomBytes(4).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      describe: `PostgreSQL at ${admin.host} (database ${name})`,
      async drop() {
        const c = new pg.Client({ connectionString: admin.toString() });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mosaic-bench-pg-"));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    role: "owner",
    // Durable (fsync and synchronous_commit on); room for the WAL so checkpoints do not dominate either side.
    flags: ["-c", "shared_buffers=512MB", "-c", "max_wal_size=8GB", "-c", "max_connections=100", ...extraFlags],
  });
  return {
    url: db.url,
    describe: "embedded PostgreSQL 18 (fsync on, synchronous_commit on)",
    async drop() {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU seconds used so far by this database's server processes (other than `client`'s own), read from /proc: only
 * when PostgreSQL runs on this machine (embedded or local), otherwise null. The machine may be shared, so CPU per
 * event says more about efficiency than wall time does.
 */
export async function backendCpu(client: pg.Client, includeSelf = false): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND ($1 OR pid <> pg_backend_pid())`,
    [includeSelf],
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / 100;
}
