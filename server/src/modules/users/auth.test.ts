import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { insertProfile } from "../../../test/fixtures.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe("authentication", () => {
  it.each([
    ["profiles", "{ profiles(first: 1) { totalCount } }"],
    ["profile", `{ profile(id: "00000000-0000-0000-0000-000000000000") { id } }`],
    ["events", "{ events(first: 1) { edges { cursor } } }"],
    ["segments", "{ segments { id } }"],
    ["overview", "{ overview { profileCount } }"],
    ["me", "{ me { email } }"],
    ["createSource", `mutation { createSource(name: "x") { id } }`],
  ])("refuses an anonymous %s", async (_name, query) => {
    const result = await app.gql(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs in with a cookie that is HTTP-only and signs out", async () => {
    await app.server.services.auth.createUser({
      workspaceId: app.workspaceId,
      email: "Someone@Example.com",
      role: "marketer",
      password: "long-enough-password",
    });
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(email: "someone@example.com", password: "long-enough-password") { email role } }`,
      }),
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/mosaic_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0] ?? "";
    expect((await app.gql<{ me: { role: string } }>("{ me { role } }", {}, { cookie })).data?.me.role).toBe("marketer");
    await app.gql("mutation { logout }", {}, { cookie });
    const after = await app.gql("{ me { role } }", {}, { cookie });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives one message for a wrong password and for an unknown email", async () => {
    const wrong = await app.gql(`mutation { login(email: "nobody@example.com", password: "whatever-it-is") { id } }`);
    expect(wrong.errors?.[0]).toMatchObject({
      message: "Wrong email or password",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("accepts an API token as a Bearer header, and refuses a made-up one", async () => {
    const cookie = await app.signIn("analyst");
    const created = await app.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "script") { token } }`,
      {},
      { cookie },
    );
    const token = created.data?.createApiToken.token ?? "";
    expect(token).toMatch(/^mos_pat_/);
    const me = await app.gql<{ me: { role: string } }>("{ me { role } }", {}, { token });
    expect(me.data?.me.role).toBe("analyst");
    const forged = await app.gql("{ me { role } }", {}, { token: "mos_pat_forged" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("roles", () => {
  it("refuses admin mutations to an analyst and a marketer", async () => {
    for (const role of ["analyst", "marketer"] as const) {
      const cookie = await app.signIn(role);
      const source = await app.gql(`mutation { createSource(name: "Nope ${role}") { id } }`, {}, { cookie });
      expect(source.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const user = await app.gql(
        `mutation { createUser(email: "x-${role}@example.com", role: admin, password: "long-password") { id } }`,
        {},
        { cookie },
      );
      expect(user.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const count = await app.server.services.db.query(`SELECT count(*)::int AS n FROM sources WHERE name LIKE 'Nope%'`);
    expect(count[0].n).toBe(0);
  });

  it("lets an admin create a source and see its write key, but hides the key from an analyst", async () => {
    const admin = await app.signIn("admin");
    const created = await app.gql<{ createSource: { writeKey: string } }>(
      `mutation { createSource(name: "Web", kind: website) { writeKey } }`,
      {},
      { cookie: admin },
    );
    expect(created.data?.createSource.writeKey).toMatch(/^wk_/);
    const analyst = await app.signIn("analyst");
    const listed = await app.gql(`{ sources { name writeKey } }`, {}, { cookie: analyst });
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const names = await app.gql<{ sources: { name: string }[] }>(`{ sources { name } }`, {}, { cookie: analyst });
    expect(names.data?.sources.map((s) => s.name)).toContain("Web");
  });

  it("lets a marketer save an audience, and an analyst only read it", async () => {
    const marketer = await app.signIn("marketer");
    // Rules are checked against the workspace's catalog, built from its data: a profile with the trait first.
    await insertProfile(app.server.services.db, app.workspaceId, { traits: { country: "US" } });
    const rules = { combinator: "and", rules: [{ field: "traits.country", operator: "=", value: "US" }] };
    const saved = await app.gql<{ createSegment: { id: string } }>(
      `mutation($rules: JSONObject!) { createSegment(input: { name: "US", rules: $rules }) { id } }`,
      { rules },
      { cookie: marketer },
    );
    expect(saved.errors).toBeUndefined();
    const analyst = await app.signIn("analyst");
    const del = await app.gql(
      `mutation($id: ID!) { deleteSegment(id: $id) }`,
      { id: saved.data?.createSegment.id },
      { cookie: analyst },
    );
    expect(del.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await app.gql<{ segments: { name: string }[] }>(`{ segments { name } }`, {}, { cookie: analyst });
    expect(read.data?.segments.map((s) => s.name)).toEqual(["US"]);
  });
});

describe("bad input", () => {
  it.each([
    [
      "an invalid email",
      `mutation { createUser(email: "not-an-email", role: analyst, password: "long-password") { id } }`,
      "email",
    ],
    [
      "a short password",
      `mutation { createUser(email: "ok@example.com", role: analyst, password: "short") { id } }`,
      "password",
    ],
    ["an empty source name", `mutation { createSource(name: "   ") { id } }`, "name"],
  ])("names the field for %s", async (_case, query, field) => {
    const admin = await app.signIn("admin");
    const result = await app.gql(query, {}, { cookie: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("reports a duplicate user as a conflict on email and keeps the first", async () => {
    const admin = await app.signIn("admin");
    const make = () =>
      app.gql(
        `mutation { createUser(email: "dup@example.com", role: analyst, password: "long-password") { id } }`,
        {},
        { cookie: admin },
      );
    expect((await make()).errors).toBeUndefined();
    expect((await make()).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "email" });
  });

  it("rejects a malformed rule tree with the path of the problem", async () => {
    const marketer = await app.signIn("marketer");
    const result = await app.gql(
      `mutation($rules: JSONObject!) { createSegment(input: { name: "Bad", rules: $rules }) { id } }`,
      { rules: { combinator: "xor", rules: [] } },
      { cookie: marketer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/rules\.combinator/);
  });
});
