import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { ingestShoppers } from "./test-app.fixture.js";

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const { writeKey } = await app.server.services.sources.create(app.workspaceId, "Web", "website");
  await ingestShoppers(app, writeKey, [
    { userId: "ann", traits: { email: "ann@example.com", plan: "pro" }, orders: [] },
    { userId: "ben", traits: { email: "ben@example.com", plan: "free" }, orders: [] },
    { userId: "cid", traits: { email: "cid@example.com", plan: "free" }, orders: [] },
    { userId: "dee", traits: { email: "dee@example.com", plan: "pro" }, orders: [] },
  ]);
  await app.server.services.audiencePreviews.refreshInBackground(app.workspaceId);
  await app.server.services.traitIndexes.ensure(app.workspaceId);
});
afterAll(async () => app.close());

const QUERY = `{ traitIndexes { key status error createdAt readyAt } }`;
type Answer = { traitIndexes: Array<Record<string, unknown>> };

describe("traitIndexes over GraphQL", () => {
  it("lists the workspace's indexed traits to admins and analysts", async () => {
    for (const role of ["admin", "analyst"] as const) {
      const { data, errors } = await app.gql<Answer>(QUERY, {}, { cookie: await app.signIn(role) });
      expect(errors).toBeUndefined();
      // Emails are free text: no suggestions in the catalog, so no index.
      expect(data?.traitIndexes).toEqual([
        { key: "plan", status: "ready", error: null, createdAt: expect.any(String), readyAt: expect.any(String) },
      ]);
    }
  });

  it("refuses marketers, who build audiences but do not tune the database", async () => {
    const denied = await app.gql(QUERY, {}, { cookie: await app.signIn("marketer") });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(denied.data).toBeNull();
  });

  it("refuses anonymous callers and unknown arguments", async () => {
    const anonymous = await app.gql(QUERY);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const cookie = await app.signIn("admin");
    const bad = await app.gql(`{ traitIndexes(workspaceId: "x") { key } }`, {}, { cookie });
    expect(bad.errors?.[0]?.message).toMatch(/Unknown argument "workspaceId"/);
  });

  it("feeds the compiler the same ready keys", async () => {
    const catalog = await app.server.services.audiencePreviews.catalog(app.workspaceId);
    expect(catalog.indexedTraits).toEqual(["plan"]);
  });
});
