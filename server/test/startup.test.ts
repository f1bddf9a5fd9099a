import { mkdtempSync, chmodSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./db.js";
import { freePort } from "./postgres.js";
import { runCli, spawnServer, waitForUp } from "./process.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** One line on stderr/stdout, naming the problem, and no stack trace. */
function expectOneClearLine(output: string, pattern: RegExp) {
  const lines = output
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith("npm warn"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(output).not.toMatch(/\n\s+at /);
}

async function gql(url: string, query: string, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }, response };
}

async function signIn(url: string, email: string, password: string) {
  const { response } = await gql(url, `mutation { login(email: "${email}", password: "${password}") { id } }`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("configuration errors", () => {
  it("stops on a malformed DATABASE_URL with one line naming the variable", async () => {
    const server = spawnServer({ DATABASE_URL: "mysql//nope", PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expectOneClearLine(server.output(), /^mosaic: Invalid configuration: DATABASE_URL must be a URL like postgres:/);
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DEMO_SEED", "sometimes"],
  ])("stops on a bad %s=%s with one line", async (name, value) => {
    const server = spawnServer({ [name]: value });
    expect(await server.exited).toBe(1);
    expectOneClearLine(server.output(), new RegExp(`^mosaic: Invalid configuration: ${name} `));
  });

  it("stops with one line when the port is in use", async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "0.0.0.0", resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const server = spawnServer({ DATABASE_URL: db.url, PORT: String(port), DEMO_SEED: "off" });
    expect(await server.exited).toBe(1);
    expectOneClearLine(server.output(), new RegExp(`^mosaic: Port ${port} is already in use`));
  });
});

describe("CLI arguments", () => {
  it.each([
    [["users", "create", "--emial", "x@example.com"], /Unknown option '--emial'/],
    [["users", "create", "--role", "admin", "--password", "long-password"], /missing --email/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["seed", "--profiles"], /--profiles/],
  ])("mosaic %j fails with a usage error", async (args, pattern) => {
    const { code, output } = await runCli(args, { DATABASE_URL: "postgres://127.0.0.1:1/none" });
    expect(code).toBe(2);
    const [first, second] = output.trim().split("\n");
    expect(first).toMatch(pattern);
    expect(second).toMatch(/npm run mosaic -- help/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("prints usage for help", async () => {
    const { code, output } = await runCli(["help"], {});
    expect(code).toBe(0);
    expect(output).toMatch(/users create --email <email> --role/);
    expect(output).toMatch(/tokens create --email/);
    expect(output).toMatch(/sources create <name>/);
  });
});

describe("DATABASE_URL", () => {
  // Seeding the demo store (286k messages through ingestion) takes a minute or two on a busy 2-core machine.
  it(
    "runs against the PostgreSQL it names: migrates, seeds the demo workspace and serves it",
    { timeout: 300_000 },
    async () => {
      const db = await createTestDatabase();
      await db.dataSource.destroy();
      cleanups.push(() => db.drop());
      const server = spawnServer({ DATABASE_URL: db.url, PORT: String(await freePort()) });
      cleanups.push(() => void server.child.kill("SIGTERM"));
      const url = await waitForUp(server);
      expect(server.output()).toMatch(/database: postgres:\/\/mosaic:\*\*\*@/);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const users = await client.query(`SELECT email FROM users ORDER BY email`);
      await client.end();
      expect(users.rows.map((r: { email: string }) => r.email)).toEqual([
        "admin@mosaic.local",
        "analyst@mosaic.local",
        "marketer@mosaic.local",
      ]);
      const cookie = await signIn(url, "analyst@mosaic.local", "mosaic-analyst");
      const { body } = await gql(url, "{ me { role } }", cookie);
      expect(body.data).toEqual({ me: { role: "analyst" } });
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    },
  );
});

describe("embedded PostgreSQL", () => {
  it(
    "survives a SIGKILL of the server with its data intact, and serves the CLI while running",
    { timeout: 300_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "mosaic-kill-"));
      chmodSync(dataDir, 0o755);
      const env = {
        MOSAIC_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(await freePort()),
        PORT: String(await freePort()),
      };
      let current = spawnServer(env);
      cleanups.push(async () => {
        current.child.kill("SIGTERM");
        await current.exited;
        rmSync(dataDir, { recursive: true, force: true });
      });
      let url = await waitForUp(current);

      // The CLI borrows the running embedded database.
      const created = await runCli(
        ["users", "create", "--email", "kept@example.com", "--role", "analyst", "--password", "kept-password"],
        env,
      );
      expect(created.output).toMatch(/Created analyst kept@example.com/);
      expect(created.code).toBe(0);
      const token = await runCli(["tokens", "create", "--email", "kept@example.com"], env);
      expect(token.code).toBe(0);
      const bearer = token.output.trim();
      expect(bearer).toMatch(/^mos_pat_/);

      const before = await gql(
        url,
        "{ overview { profileCount eventCount } }",
        await signIn(url, "kept@example.com", "kept-password"),
      );

      current.child.kill("SIGKILL");
      await current.exited;
      current = spawnServer(env);
      url = await waitForUp(current);

      const cookie = await signIn(url, "kept@example.com", "kept-password");
      const after = await gql(url, "{ overview { profileCount eventCount } }", cookie);
      expect(after.body.data).toEqual(before.body.data);
      const viaToken = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: "{ me { email } }" }),
      });
      expect(await viaToken.json()).toEqual({ data: { me: { email: "kept@example.com" } } });
    },
  );
});
