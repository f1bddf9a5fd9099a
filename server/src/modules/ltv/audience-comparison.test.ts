import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { insertProfile } from "../../../test/fixtures.js";
import { rule } from "../audiences/cases.fixture.js";
import { checkAudienceIds } from "./audience-comparison.js";

let app: TestApp;
let marketer: string;
const audience = { de: "", fr: "", nobody: "" };

type Ltv = { orders: number; revenue: number; pAlive: number | null; predicted: number | null };

async function customer(country: string, ltv: Ltv | null) {
  const db = app.server.services.db;
  const id = await insertProfile(db, app.workspaceId, { traits: { country } });
  if (ltv)
    await db.query(
      `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at, p_alive,
         predicted_value_12m) VALUES ($1, $2, $3, $4, '2026-01-01', '2026-02-01', $5, $6)`,
      [id, app.workspaceId, ltv.orders, ltv.revenue, ltv.pAlive, ltv.predicted],
    );
}

async function create(name: string, country: string): Promise<string> {
  const result = await app.gql<{ createSegment: { id: string } }>(
    `mutation ($name: String!, $rules: JSONObject!) { createSegment(input: { name: $name, rules: $rules }) { id } }`,
    { name, rules: { combinator: "and", rules: [rule("traits.country", "=", country)] } },
    { cookie: marketer },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSegment.id;
}

const QUERY = `query ($ids: [ID!]!) { audienceLtvComparison(audienceIds: $ids) { currency audiences {
  audienceId name members customers revenue averageValue averagePredictedValue12m averagePAlive repeatPurchaseRate } } }`;

beforeAll(async () => {
  app = await startTestApp();
  marketer = await app.signIn("marketer");
  // DE: 3 customers (100 ×1, 300 ×3, 200 ×2) and one member who never ordered.
  await customer("DE", { orders: 1, revenue: 100, pAlive: 1, predicted: 20 });
  await customer("DE", { orders: 3, revenue: 300, pAlive: 0.5, predicted: 60 });
  await customer("DE", { orders: 2, revenue: 200, pAlive: 0.3, predicted: null });
  await customer("DE", null);
  // FR: one customer without a prediction.
  await customer("FR", { orders: 1, revenue: 50, pAlive: null, predicted: null });
  await customer("US", { orders: 9, revenue: 9000, pAlive: 0.9, predicted: 900 });
  audience.de = await create("Germany", "DE");
  audience.fr = await create("France", "FR");
  audience.nobody = await create("Nobody", "XX");
});
afterAll(async () => app.close());

describe("audienceLtvComparison", () => {
  it("gives each audience's members, customers and value, in the order asked", async () => {
    const { data, errors } = await app.gql<{
      audienceLtvComparison: { currency: string; audiences: Array<Record<string, unknown>> };
    }>(QUERY, { ids: [audience.fr, audience.de, audience.nobody] }, { cookie: marketer });
    expect(errors).toBeUndefined();
    expect(data?.audienceLtvComparison.currency).toBe("USD");
    const [fr, de, nobody] = data?.audienceLtvComparison.audiences ?? [];
    expect(de).toMatchObject({ audienceId: audience.de, name: "Germany", members: 4, customers: 3, revenue: 600 });
    expect(de?.averageValue).toBeCloseTo(200, 9);
    expect(de?.averagePredictedValue12m).toBeCloseTo(40, 9);
    expect(de?.averagePAlive).toBeCloseTo(0.6, 9);
    expect(de?.repeatPurchaseRate).toBeCloseTo(2 / 3, 9);
    expect(fr).toEqual({
      audienceId: audience.fr,
      name: "France",
      members: 1,
      customers: 1,
      revenue: 50,
      averageValue: 50,
      averagePredictedValue12m: null,
      averagePAlive: null,
      repeatPurchaseRate: 0,
    });
    expect(nobody).toEqual({
      audienceId: audience.nobody,
      name: "Nobody",
      members: 0,
      customers: 0,
      revenue: 0,
      averageValue: null,
      averagePredictedValue12m: null,
      averagePAlive: null,
      repeatPurchaseRate: null,
    });
  });

  it("is open to analysts too", async () => {
    const analyst = await app.signIn("analyst");
    const { data } = await app.gql<{ audienceLtvComparison: { audiences: unknown[] } }>(
      QUERY,
      { ids: [audience.de, audience.fr] },
      { cookie: analyst },
    );
    expect(data?.audienceLtvComparison.audiences).toHaveLength(2);
  });

  it.each([
    ["one audience", () => [audience.de], /give 2 to 5/],
    ["six audiences", () => Array.from({ length: 6 }, () => randomUUID()), /give 2 to 5/],
    ["the same audience twice", () => [audience.de, audience.de], /twice/],
    ["an id that is not a UUID", () => [audience.de, "nope"], /"nope" is not an audience id/],
    ["an unknown audience", () => [audience.de, "00000000-0000-4000-8000-000000000000"], /no saved audience/],
  ])("names audienceIds when given %s", async (_case, ids, reason) => {
    const { data, errors } = await app.gql(QUERY, { ids: ids() }, { cookie: marketer });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "audienceIds" });
    expect(errors?.[0]?.message).toMatch(reason);
  });

  it("refuses another workspace's audience as unknown", async () => {
    const db = app.server.services.db;
    const [other] = (await db.query(`INSERT INTO workspaces (slug, name) VALUES ($1, 'Other') RETURNING id`, [
      `other-${randomUUID().slice(0, 8)}`,
    ])) as Array<{ id: string }>;
    const [foreign] = (await db.query(
      `INSERT INTO segments (workspace_id, name, description, rules) VALUES ($1, 'Theirs', '', $2) RETURNING id`,
      [other?.id, { combinator: "and", rules: [] }],
    )) as Array<{ id: string }>;
    const { errors } = await app.gql(QUERY, { ids: [audience.de, foreign?.id] }, { cookie: marketer });
    expect(errors?.[0]?.message).toMatch(/no saved audience/);
  });
});

describe("checkAudienceIds", () => {
  it("lower-cases the ids so that one audience written twice in two cases is caught", () => {
    const id = randomUUID();
    expect(() => checkAudienceIds([id, id.toUpperCase()])).toThrow(/twice/);
    expect(checkAudienceIds([id.toUpperCase(), randomUUID()])[0]).toBe(id);
  });
});
