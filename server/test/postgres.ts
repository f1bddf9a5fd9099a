import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../src/engine/database/embedded-postgres.js";

export async function freePort(): Promise<number> {
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

/**
 * The PostgreSQL the tests use: DATABASE_URL when set (a role that may CREATE DATABASE), else a throwaway
 * embedded server. Returns a URL to its maintenance database.
 */
export async function startTestPostgres(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    return { adminUrl: url.toString(), stop: async () => undefined };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mosaic-test-pg-"));
  // When run as root, PostgreSQL runs as a `postgres` user who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    role: "owner",
    // Durability is not under test here; speed is welcome.
    flags: [
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=300",
    ],
  });
  const url = new URL(db.url);
  url.pathname = "/postgres";
  return {
    adminUrl: url.toString(),
    async stop() {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
