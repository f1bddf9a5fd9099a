import type { Logger } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { insertProfile } from "../../../test/fixtures.js";

let app: TestApp;
let cookie: string;
const ids: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("analyst");
  for (let i = 0; i < 30; i++) {
    const day = String(1 + i).padStart(2, "0");
    ids.push(
      await insertProfile(app.server.services.db, app.workspaceId, {
        traits: { firstName: `Person${i}`, lastName: i % 2 ? "Odd" : "Even", email: `p${i}@example.com` },
        identities: [
          ["email", `p${i}@example.com`],
          ["anonymous_id", `anon-${i}`],
        ],
        events: [
          { event: "Page Viewed", type: "page", at: `2026-03-${day}T10:00:00Z` },
          { event: "Order Completed", at: `2026-03-${day}T11:00:00Z`, properties: { revenue: i } },
          { event: "Email Opened", at: `2026-03-${day}T12:00:00Z` },
        ],
      }),
    );
  }
});
afterAll(async () => {
  await app.close();
});

type Page = {
  profiles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; displayName: string; email: string | null } }>;
  };
};

const PAGE = `query($first: Int!, $after: String, $search: String) {
  profiles(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName email } }
  }
}`;

describe("profiles connection", () => {
  it("pages through every profile once, newest activity first, with a total count", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: { data?: Page | null } = await app.gql<Page>(PAGE, { first: 7, after }, { cookie });
      const connection = result.data?.profiles;
      expect(connection?.totalCount).toBe(30);
      seen.push(...(connection?.edges.map((e) => e.node.displayName) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect(seen[0]).toBe("Person29 Odd");
    expect(seen.at(-1)).toBe("Person0 Even");
  });

  it.each([
    ["an email prefix", "P7@EXAMPLE", ["Person7 Odd"]],
    ["an anonymous id", "anon-12", ["Person12 Even"]],
    [
      "part of a name",
      "son2",
      [
        "Person29 Odd",
        "Person28 Even",
        "Person27 Odd",
        "Person26 Even",
        "Person25 Odd",
        "Person24 Even",
        "Person23 Odd",
        "Person22 Even",
        "Person21 Odd",
        "Person20 Even",
        "Person2 Even",
      ],
    ],
    ["nothing that exists", "zzz", []],
    ["LIKE wildcards, taken literally", "%", []],
  ])("searches by %s", async (_what, search, expected) => {
    const result = await app.gql<Page>(PAGE, { first: 50, search }, { cookie });
    expect(result.data?.profiles.edges.map((e) => e.node.displayName)).toEqual(expected);
    expect(result.data?.profiles.totalCount).toBe(expected.length);
  });

  it("finds a profile by its id", async () => {
    const result = await app.gql<Page>(PAGE, { first: 5, search: ids[3] }, { cookie });
    expect(result.data?.profiles.edges.map((e) => e.node.id)).toEqual([ids[3]]);
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 1000 }, "first"],
    [{ first: 5, after: "not-a-cursor" }, "after"],
    [{ first: 5, after: Buffer.from('["x","y"]').toString("base64url") }, "after"],
  ])("rejects %j naming the argument", async (variables, field) => {
    const result = await app.gql(PAGE, variables, { cookie });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

describe("profile", () => {
  it("has identities, traits and paginated, filterable events", async () => {
    const query = `query($id: ID!, $after: String) { profile(id: $id) {
      traits identities { type value }
      events(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { event type } } }
      orders: events(first: 10, event: "Order Completed") { edges { node { properties } } }
    } }`;
    type Result = {
      profile: {
        traits: Record<string, unknown>;
        identities: Array<{ type: string; value: string }>;
        events: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { event: string } }> };
        orders: { edges: Array<{ node: { properties: Record<string, unknown> } }> };
      };
    };
    const first = await app.gql<Result>(query, { id: ids[5] }, { cookie });
    const profile = first.data?.profile;
    expect(profile?.traits.email).toBe("p5@example.com");
    expect(profile?.identities).toEqual([
      { type: "anonymous_id", value: "anon-5" },
      { type: "email", value: "p5@example.com" },
    ]);
    expect(profile?.events.edges.map((e) => e.node.event)).toEqual(["Email Opened", "Order Completed"]);
    expect(profile?.orders.edges).toEqual([{ node: { properties: { revenue: 5 } } }]);
    const second = await app.gql<Result>(query, { id: ids[5], after: profile?.events.pageInfo.endCursor }, { cookie });
    expect(second.data?.profile.events.edges.map((e) => e.node.event)).toEqual(["Page Viewed"]);
    expect(second.data?.profile.events.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ["an unknown id", "00000000-0000-4000-8000-000000000000", "NOT_FOUND"],
    ["a malformed id", "1; DROP TABLE profiles", "BAD_USER_INPUT"],
  ])("answers %s with a clear error", async (_what, id, code) => {
    const result = await app.gql(`query($id: ID!) { profile(id: $id) { id } }`, { id }, { cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("loads a page of profiles with identities and events in a fixed number of queries (no N+1)", async () => {
    const db = app.server.services.db;
    const original = db.logger;
    let queries = 0;
    const counting: Logger = {
      logQuery: () => void queries++,
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    Object.assign(db, { logger: counting });
    try {
      const result = await app.gql(
        `{ profiles(first: 30) { edges { node { identities { type } events(first: 2) { edges { node { event } } } } } } }`,
        {},
        { cookie },
      );
      expect(result.errors).toBeUndefined();
    } finally {
      Object.assign(db, { logger: original });
    }
    // viewer + page + count + identities batch + events batch (whatever N is)
    expect(queries).toBeLessThanOrEqual(6);
  });
});

describe("events feed", () => {
  it("filters by name and type and pages by cursor", async () => {
    type Feed = {
      events: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { event: string; type: string } }> };
    };
    const orders = await app.gql<Feed>(
      `{ events(first: 100, event: "Order Completed") { pageInfo { hasNextPage } edges { node { event type } } } }`,
      {},
      { cookie },
    );
    expect(orders.data?.events.edges).toHaveLength(30);
    const pages = await app.gql<Feed>(
      `{ events(first: 5, type: "page") { pageInfo { hasNextPage } edges { node { event type } } } }`,
      {},
      { cookie },
    );
    expect(pages.data?.events.edges.every((e) => e.node.type === "page")).toBe(true);
    expect(pages.data?.events.pageInfo.hasNextPage).toBe(true);
    const bad = await app.gql(`{ events(first: 5, type: "nonsense") { pageInfo { hasNextPage } } }`, {}, { cookie });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "type" });
    const names = await app.gql<{ eventNames: string[] }>(`{ eventNames }`, {}, { cookie });
    expect(names.data?.eventNames).toEqual(["Email Opened", "Order Completed", "Page Viewed"]);
  });
});
