import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { and, event } from "./cases.fixture.js";
import { ingestShoppers } from "./test-app.fixture.js";

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const { writeKey } = await app.server.services.sources.create(app.workspaceId, "Web", "website");
  await ingestShoppers(app, writeKey, [
    { userId: "ann", traits: { country: "DE" }, orders: [100], viewed: ["shoes", "bags", "shoes"] },
    { userId: "ben", traits: { country: "FR" }, orders: [], viewed: ["shoes", "bags"] },
    { userId: "cid", traits: { country: "DE" }, orders: [], viewed: ["bags", "bags"] },
  ]);
  // The server's background catalog refresh chooses the property and backfills it.
  await app.server.services.audiencePreviews.refreshInBackground(app.workspaceId);
});
afterAll(async () => app.close());

const LIST = `{ indexedProperties { event key status error createdAt readyAt } }`;

describe("indexed properties over GraphQL", () => {
  it.each(["admin", "analyst"] as const)("lists the rolled-up properties and their status for an %s", async (role) => {
    const cookie = await app.signIn(role);
    const { data, errors } = await app.gql<{ indexedProperties: Array<Record<string, unknown>> }>(LIST, {}, { cookie });
    expect(errors).toBeUndefined();
    expect(data?.indexedProperties).toEqual([
      {
        event: "Product Viewed",
        key: "category",
        status: "ready",
        error: null,
        createdAt: expect.any(String),
        readyAt: expect.any(String),
      },
    ]);
  });

  it("refuses marketers", async () => {
    const cookie = await app.signIn("marketer");
    const { data, errors } = await app.gql(LIST, {}, { cookie });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses anonymous callers", async () => {
    const { errors } = await app.gql(LIST, {});
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("sizes a filtered rule from the rollup, kept current by ingestion after the backfill", async () => {
    const cookie = await app.signIn("analyst");
    const rules = and(
      event("performed", {
        event: "Product Viewed",
        where: [{ property: "category", operator: "=", value: "shoes" }],
        count: { op: "atLeast", n: 2 },
        window: { operator: "inLast", value: { amount: 14, unit: "days" } },
      }),
    );
    const size = async () => {
      const { data } = await app.gql<{ audienceSize: { count: number }; audienceSql: { sql: string } }>(
        `query ($rules: JSONObject!) { audienceSize(rules: $rules) { count } audienceSql(rules: $rules) { sql } }`,
        { rules },
        { cookie },
      );
      expect(data?.audienceSql.sql).toContain("profile_event_day_values");
      return data?.audienceSize.count;
    };
    expect(await size()).toBe(1);
    const { writeKey } = await app.server.services.sources.create(app.workspaceId, "App", "website");
    await ingestShoppers(app, writeKey, [{ userId: "cid", traits: {}, orders: [], viewed: ["shoes", "shoes"] }]);
    expect(await size()).toBe(2);
  });
});
