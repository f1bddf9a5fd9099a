import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/app.js";
import { loadExplorerPeople, type Person } from "./explorer.fixture.js";

let app: TestApp;
let cookie: string;
let people: Person[];
let audienceId: string;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("analyst");
  ({ people, audienceId } = await loadExplorerPeople(app));
});
afterAll(async () => app.close());

type Page = {
  exploreProfiles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string }; values: Record<string, unknown> }>;
  };
};

const EXPLORE = `query($first: Int!, $after: String, $search: String, $rules: JSONObject, $audienceId: ID,
  $sort: ExplorerSortInput, $columns: [String!]) {
  exploreProfiles(first: $first, after: $after, search: $search, rules: $rules, audienceId: $audienceId,
    sort: $sort, columns: $columns) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } values }
  }
}`;

const explore = (variables: Record<string, unknown>, auth: { cookie?: string } = { cookie }) =>
  app.gql<Page>(EXPLORE, { first: 50, ...variables }, auth);

/** Every page of a view, following endCursor; the ids in order and the totals each page reported. */
async function allPages(variables: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let n = 0; n < 50; n++) {
    const result: Awaited<ReturnType<typeof explore>> = await explore({ ...variables, first, after });
    expect(result.errors).toBeUndefined();
    const page = result.data?.exploreProfiles;
    if (!page) throw new Error("no page");
    totals.add(page.totalCount);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totals: [...totals] };
}

const byId = (a: Person, b: Person) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const country = (value: string) => ({ combinator: "and", rules: [{ field: "traits.country", operator: "=", value }] });

describe("exploreProfiles", () => {
  it("filters with audience rules and pages by last seen, ties broken by id, with the total on every page", async () => {
    const { ids, totals } = await allPages({ rules: country("US") }, 3);
    const expected = people
      .filter((p) => p.country === "US")
      .sort((a, b) => (a.lastSeen === b.lastSeen ? byId(a, b) : a.lastSeen < b.lastSeen ? 1 : -1));
    expect(ids).toEqual(expected.map((p) => p.id));
    expect(totals).toEqual([8]);
  });

  it("sorts by lifetime value, profiles without one last, across the boundary between the two", async () => {
    const { ids } = await allPages({ sort: { field: "lifetime_value", direction: "desc" } }, 5);
    const withValue = people.filter((p) => p.revenue !== null).sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
    const without = people.filter((p) => p.revenue === null).sort(byId);
    expect(ids).toEqual([...withValue, ...without].map((p) => p.id));
  });

  it("sorts by a numeric trait ascending, profiles without it last", async () => {
    const { ids } = await allPages({ sort: { field: "traits.score", direction: "asc" } }, 4);
    const withScore = people.filter((p) => p.score !== null).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    const without = people.filter((p) => p.score === null).sort((a, b) => -byId(a, b));
    expect(ids).toEqual([...withScore, ...without].map((p) => p.id));
  });

  it("sorts by event count and returns the chosen columns", async () => {
    const result = await explore({
      first: 3,
      sort: { field: "event_count", direction: "desc" },
      columns: ["event_count", "lifetime_value", "traits.country", "first_seen_at"],
    });
    const edges = result.data?.exploreProfiles.edges ?? [];
    const top = people.filter((p) => p.events === 5).sort(byId);
    expect(edges.map((e) => e.node.id)).toEqual(top.slice(0, 3).map((p) => p.id));
    const first = top[0];
    expect(edges[0]?.values).toMatchObject({
      event_count: 5,
      lifetime_value: first?.revenue ?? 0,
      "traits.country": first?.country,
    });
    expect(Object.keys(edges[0]?.values ?? {})).toEqual([
      "event_count",
      "lifetime_value",
      "traits.country",
      "first_seen_at",
    ]);
  });

  it.each([
    ["an email in full", "p7@example.com", [7]],
    ["an email in other case", "P7@Example.com", [7]],
    ["a user id", "U-13", [13]],
    ["an anonymous id", "anon-21", [21]],
    ["part of a name", "first1", [1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]],
  ])("finds profiles by %s", async (_, search, expected) => {
    const result = await explore({ search });
    const ids = result.data?.exploreProfiles.edges.map((e) => e.node.id).sort();
    expect(ids).toEqual(expected.map((i) => people[i]?.id).sort());
    expect(result.data?.exploreProfiles.totalCount).toBe(expected.length);
  });

  it("finds a profile by its id, and lists the members of a saved audience", async () => {
    const one = await explore({ search: people[3]?.id });
    expect(one.data?.exploreProfiles.edges.map((e) => e.node.id)).toEqual([people[3]?.id]);
    const members = await explore({ audienceId, rules: country("US") });
    expect(members.data?.exploreProfiles.edges.map((e) => e.node.id).sort()).toEqual(
      [people[0]?.id, people[3]?.id].sort(),
    );
  });

  it("finds an audience saved after the workspace's catalog was last read", async () => {
    expect((await explore({ audienceId })).errors).toBeUndefined();
    const fresh = randomUUID();
    await app.server.services.db.query(
      `INSERT INTO segments (id, workspace_id, name, rules) VALUES ($1, $2, 'Just saved', $3)`,
      [fresh, app.workspaceId, { combinator: "and", rules: [] }],
    );
    const result = await explore({ audienceId: fresh });
    expect(result.errors).toBeUndefined();
    expect(result.data?.exploreProfiles.edges).toEqual([]);
  });

  const usCursor = async () => (await explore({ first: 2 })).data?.exploreProfiles.pageInfo.endCursor;

  it.each([
    ["an unknown sort field", { sort: { field: "nope" } }, "sort.field"],
    ["SQL in the sort field", { sort: { field: "last_seen_at; DROP TABLE profiles; --" } }, "sort.field"],
    ["SQL in a trait sort", { sort: { field: "traits.score') DESC; DROP TABLE profiles; --" } }, "sort.field"],
    ["a non-numeric trait sort", { sort: { field: "traits.country" } }, "sort.field"],
    ["an unknown direction", { sort: { field: "last_seen_at", direction: "sideways" } }, "sort.direction"],
    ["an unknown column", { columns: ["last_seen_at", "password"] }, "columns[1]"],
    ["SQL in a column", { columns: ["traits.x' OR 1=1 --"] }, "columns[0]"],
    [
      "a filter on an unknown field",
      { rules: { combinator: "and", rules: [{ field: "traits.nope", operator: "=", value: "x" }] } },
      "rules.rules[0].field",
    ],
    ["a malformed rule tree", { rules: { combinator: "xor", rules: [] } }, "rules.combinator"],
    ["a malformed cursor", { after: "not-a-cursor" }, "after"],
    [
      "a cursor with SQL in it",
      { after: Buffer.from('["last_seen_at desc","x\'; --",null]').toString("base64url") },
      "after",
    ],
    ["too large a page", { first: 201 }, "first"],
    ["an audience of no workspace", { audienceId: "00000000-0000-4000-8000-000000000000" }, "audienceId"],
    ["a search too long", { search: "x".repeat(201) }, "search"],
  ])("refuses %s as BAD_USER_INPUT naming the argument", async (_, variables, field) => {
    const result = await explore(variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(result.data).toBeNull();
  });

  it("refuses a cursor made for another sort order, and still serves after all the bad input", async () => {
    const after = await usCursor();
    const result = await explore({ after, sort: { field: "first_seen_at", direction: "desc" } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const [{ count }] = (await app.server.services.db.query(
      `SELECT count(*)::int AS count FROM profiles WHERE workspace_id = $1`,
      [app.workspaceId],
    )) as [{ count: number }];
    expect(count).toBe(24);
    expect((await explore({})).data?.exploreProfiles.totalCount).toBe(24);
  });

  it("needs a signed-in user", async () => {
    const result = await explore({}, {});
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("countProfiles", () => {
  it("counts what exploreProfiles would list, without a page", async () => {
    const result = await app.gql<{ countProfiles: number }>(
      `query($rules: JSONObject, $search: String) { countProfiles(rules: $rules, search: $search) }`,
      { rules: country("DE"), search: "first1" },
      { cookie },
    );
    expect(result.data?.countProfiles).toBe(people.filter((p) => p.country === "DE" && /^1/.test(String(p.i))).length);
  });

  it("refuses a filter on an unknown field, naming it", async () => {
    const result = await app.gql(
      `query($rules: JSONObject) { countProfiles(rules: $rules) }`,
      { rules: { combinator: "and", rules: [{ field: "computed.nope", operator: "=", value: 1 }] } },
      { cookie },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rules.rules[0].field" });
  });
});
