import { loadConfig } from "../src/engine/config/config.js";
import { startServer, type RunningServer } from "../src/server.js";
import { ensureWorkspace } from "../src/modules/workspaces/index.js";
import type { Role } from "../src/engine/auth/roles.js";
import { createTestDatabase } from "./db.js";

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string } }>;
};

export type TestApp = {
  server: RunningServer;
  url: string;
  workspaceId: string;
  /** Signs in as a fresh user of this role and returns the session cookie header. */
  signIn(role: Role): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { cookie?: string; token?: string },
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
};

let counter = 0;

/** A real server (HTTP + GraphQL) over its own fresh database, with an empty workspace. */
export async function startTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  await db.dataSource.destroy();
  const config = loadConfig({ DATABASE_URL: db.url, PORT: "0", HOST: "127.0.0.1", DEMO_SEED: "off", NODE_ENV: "test" });
  const server = await startServer(config, () => undefined);
  const workspace = await ensureWorkspace(server.services.db.manager, `test-${Date.now()}-${counter++}`, "Test");

  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { cookie?: string; token?: string },
  ) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (auth?.cookie) headers.cookie = auth.cookie;
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResult<T>;
    return { ...body, status: response.status };
  }

  return {
    server,
    url: server.url,
    workspaceId: workspace.id,
    gql,
    async signIn(role) {
      const email = `${role}-${counter++}@example.com`;
      await server.services.auth.createUser({ workspaceId: workspace.id, email, role, password: "correct-horse" });
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "correct-horse") { id } }` }),
      });
      const cookie = response.headers.get("set-cookie");
      if (!cookie) throw new Error("no session cookie");
      return cookie.split(";")[0] ?? "";
    },
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
