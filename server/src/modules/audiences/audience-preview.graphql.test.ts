import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { and, event, rule } from "./cases.fixture.js";
import { ingestShoppers } from "./test-app.fixture.js";

let app: TestApp;
let cookie: string;
let ids: Map<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("analyst");
  const { writeKey } = await app.server.services.sources.create(app.workspaceId, "Web", "website");
  ids = await ingestShoppers(app, writeKey, [
    { userId: "ann", traits: { email: "ann@example.com", country: "DE", plan: "pro" }, orders: [100, 200, 300] },
    { userId: "ben", traits: { email: "ben@example.com", country: "FR", plan: "free" }, orders: [50] },
    { userId: "cid", traits: { country: "DE", plan: "free" }, orders: [], viewed: ["shoes", "shoes"] },
    { userId: "dee", traits: { country: "US" }, orders: [] },
  ]);
  await app.server.services.audiencePreviews.refreshInBackground(app.workspaceId);
});
afterAll(async () => app.close());

const gql = <T>(query: string, variables: Record<string, unknown> = {}) => app.gql<T>(query, variables, { cookie });

const orders = (n: number) => event("performed", { event: "Order Completed", count: { op: "atLeast", n } });
const germans = and(rule("traits.country", "=", "DE"));

describe("audience previews over GraphQL", () => {
  it("lists the catalog built from the ingested data", async () => {
    const { data, errors } = await gql<{ audienceCatalog: Record<string, unknown> }>(`{ audienceCatalog {
      traits { key type seen suggestions } events { name count properties { key type } }
      identifiers { type count } audiences { id name } refreshedAt profileCount } }`);
    expect(errors).toBeUndefined();
    const catalog = data?.audienceCatalog;
    expect(catalog?.profileCount).toBe(4);
    // Too few repeats for value suggestions (names and emails must never be suggested).
    expect(catalog?.traits).toContainEqual({ key: "country", type: "string", seen: 4, suggestions: [] });
    expect(catalog?.events).toContainEqual({
      name: "Order Completed",
      count: 4,
      properties: [{ key: "revenue", type: "number" }],
    });
    expect(catalog?.identifiers).toContainEqual({ type: "email", count: 2 });
    expect(catalog?.refreshedAt).toEqual(expect.any(String));
  });

  it("sizes rules, and each top-level rule on its own", async () => {
    const rules = and(rule("traits.country", "=", "DE"), orders(3));
    const { data } = await gql<{ audienceSize: unknown; audienceGroupSizes: unknown }>(
      `query ($rules: JSONObject!) { audienceSize(rules: $rules) { count total percent }
        audienceGroupSizes(rules: $rules) { index count } }`,
      { rules },
    );
    expect(data?.audienceSize).toEqual({ count: 1, total: 4, percent: 25 });
    expect(data?.audienceGroupSizes).toEqual([
      { index: 0, count: 2 },
      { index: 1, count: 1 },
    ]);
  });

  it("aggregates come from ingestion: total spend and order counts", async () => {
    const spend = and(
      event("aggregate", {
        event: "Order Completed",
        fn: "sum",
        property: "revenue",
        compare: { operator: ">=", value: 600 },
      }),
    );
    const { data } = await gql<{ a: { count: number }; b: { count: number } }>(
      `query ($spend: JSONObject!, $buyers: JSONObject!) { a: audienceSize(rules: $spend) { count }
        b: audienceSize(rules: $buyers) { count } }`,
      { spend, buyers: and(orders(1)) },
    );
    expect(data).toEqual({ a: { count: 1 }, b: { count: 2 } });
  });

  it("samples members as profiles", async () => {
    const { data } = await gql<{ audienceSample: Array<{ id: string; email: string | null }> }>(
      `query ($rules: JSONObject!) { audienceSample(rules: $rules, limit: 5) { id email } }`,
      { rules: and(orders(1)) },
    );
    expect(data?.audienceSample.map((p) => p.id).sort()).toEqual([ids.get("ann"), ids.get("ben")].sort());
  });

  it("shows the SQL with its parameters", async () => {
    const { data } = await gql<{ audienceSql: { sql: string; params: string[]; readable: string } }>(
      `query ($rules: JSONObject!) { audienceSql(rules: $rules) { sql params readable } }`,
      { rules: germans },
    );
    expect(data?.audienceSql.params).toEqual([app.workspaceId, '{"country":"DE"}']);
    expect(data?.audienceSql.sql).toContain("$2::jsonb");
    expect(data?.audienceSql.readable).toContain(`'{"country":"DE"}'::jsonb`);
  });

  it("breaks members down by a catalog trait, no value as null", async () => {
    const { data } = await gql<{ audienceBreakdown: unknown }>(
      `query ($rules: JSONObject!) { audienceBreakdown(rules: $rules, trait: "plan") { value count } }`,
      { rules: and() },
    );
    expect(data?.audienceBreakdown).toEqual([
      { value: "free", count: 2 },
      { value: "pro", count: 1 },
      { value: null, count: 1 },
    ]);
  });

  it("explains one profile against rules or a saved audience", async () => {
    const { data } = await gql<{ explainAudience: { profileId: string; member: boolean; trace: { holds: boolean } } }>(
      `query ($p: ID!, $rules: JSONObject) { explainAudience(profileId: $p, rules: $rules) { profileId member trace } }`,
      { p: ids.get("ben"), rules: and(orders(3)) },
    );
    expect(data?.explainAudience).toMatchObject({ profileId: ids.get("ben"), member: false, trace: { holds: false } });

    const created = await gql<{ createSegment: { id: string } }>(
      `mutation ($rules: JSONObject!) { createSegment(input: { name: "Germans", rules: $rules }) { id } }`,
      { rules: germans },
      // analysts may not save; explain below reads it as an analyst
    );
    expect(created.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const marketer = await app.signIn("marketer");
    const saved = await app.gql<{ createSegment: { id: string } }>(
      `mutation ($rules: JSONObject!) { createSegment(input: { name: "Germans", rules: $rules }) { id } }`,
      { rules: germans },
      { cookie: marketer },
    );
    const bySaved = await gql<{ explainAudience: { member: boolean } }>(
      `query ($p: ID!, $id: ID) { explainAudience(profileId: $p, id: $id) { member } }`,
      { p: ids.get("cid"), id: saved.data?.createSegment.id },
    );
    expect(bySaved.data?.explainAudience.member).toBe(true);
  });
});

type Failure = { code?: string; field?: string };
const failure = (result: { errors?: Array<{ extensions?: Failure }> }): Failure => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});

describe("bad input", () => {
  const size = (rules: unknown) =>
    gql(`query ($rules: JSONObject!) { audienceSize(rules: $rules) { count } }`, { rules });

  it.each([
    [
      "an unknown event",
      and(rule("traits.country", "=", "DE"), event("performed", { event: "Nope" })),
      "rules.rules[1].value.event",
    ],
    ["an unknown trait", and(rule("traits.nope", "=", "x")), "rules.rules[0].field"],
    ["an unknown operator", and(rule("traits.country", "like", "x")), "rules.rules[0].operator"],
    ["a malformed tree", { combinator: "xor", rules: [] }, "rules.combinator"],
    [
      "an unknown property filter",
      and(event("performed", { event: "Order Completed", where: [{ property: "nope", operator: "=", value: 1 }] })),
      "rules.rules[0].value.where[0].property",
    ],
  ])("names the rule at fault: %s", async (_name, rules, field) => {
    expect(failure(await size(rules))).toEqual({ code: "BAD_USER_INPUT", field });
  });

  it("needs exactly one of id and rules to explain", async () => {
    const p = ids.get("ann");
    const neither = await gql(`query ($p: ID!) { explainAudience(profileId: $p) { member } }`, { p });
    expect(failure(neither).code).toBe("BAD_USER_INPUT");
    const unknown = await gql(`query ($r: JSONObject) { explainAudience(profileId: "0000", rules: $r) { member } }`, {
      r: and(),
    });
    expect(failure(unknown)).toEqual({ code: "BAD_USER_INPUT", field: "profileId" });
  });

  it("refuses a breakdown by a trait that is not in the catalog, and out-of-range limits", async () => {
    const byNope = await gql(
      `{ audienceBreakdown(rules: { combinator: "and", rules: [] }, trait: "x' OR 1=1") { count } }`,
    );
    expect(failure(byNope)).toEqual({ code: "BAD_USER_INPUT", field: "trait" });
    const tooMany = await gql(`{ audienceSample(rules: { combinator: "and", rules: [] }, limit: 100000) { id } }`);
    expect(failure(tooMany)).toEqual({ code: "BAD_USER_INPUT", field: "limit" });
  });

  it("needs a signed-in user", async () => {
    const anonymous = await app.gql(`{ audienceCatalog { profileCount } }`);
    expect(failure(anonymous).code).toBe("UNAUTHENTICATED");
  });
});

describe("injection attempts are rejected or inert", () => {
  const evil = "x'); DROP TABLE profiles; --";
  const count = async (rules: unknown) =>
    gql<{ audienceSize: { count: number } }>(`query ($rules: JSONObject!) { audienceSize(rules: $rules) { count } }`, {
      rules,
    });

  it("through field names, event names, property keys and operators: rejected", async () => {
    for (const rules of [
      and(rule(`traits.${evil}`, "=", "DE")),
      and(rule(`identifiers.${evil}`, "exists")),
      and(event("performed", { event: evil })),
      and(event("performed", { event: "Order Completed", where: [{ property: evil, operator: "=", value: 1 }] })),
      and(rule("traits.country", `= 'DE' OR 1=1 --`, "DE")),
    ])
      expect(failure(await count(rules)).code).toBe("BAD_USER_INPUT");
  });

  it("through values: inert (matched literally)", async () => {
    const { data } = await count(
      and(rule("traits.country", "in", [evil, "DE"]), rule("traits.plan", "doesNotContain", "%' OR '1'='1")),
    );
    expect(data?.audienceSize.count).toBe(2);
    const [{ n }] = (await app.server.services.db.query(`SELECT count(*)::int AS n FROM profiles`)) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(4);
  });
});
