import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { and, event, rule } from "../audiences/cases.fixture.js";
import { ingestShoppers } from "../audiences/test-app.fixture.js";

let app: TestApp;
let cookie: string;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("marketer");
  const { writeKey } = await app.server.services.sources.create(app.workspaceId, "Web", "website");
  await ingestShoppers(app, writeKey, [
    { userId: "ann", traits: { country: "DE" }, orders: [100, 200, 300] },
    { userId: "ben", traits: { country: "FR" }, orders: [50] },
  ]);
  await app.server.services.audiencePreviews.refreshInBackground(app.workspaceId);
});
afterAll(async () => app.close());

const CREATE = `mutation ($name: String!, $rules: JSONObject!) {
  createSegment(input: { name: $name, rules: $rules }) { id name } }`;
const UPDATE = `mutation ($id: ID!, $rules: JSONObject!) {
  updateSegment(id: $id, input: { name: "Self", rules: $rules }) { id } }`;

type Result = {
  data?: { createSegment?: { id: string } } | null;
  errors?: Array<{ extensions?: { code?: string; field?: string } }>;
};
const failure = (r: Result) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });

describe("saved audiences are checked against the catalog", () => {
  it.each([
    [
      "an unknown event",
      and(rule("traits.country", "=", "DE"), event("performed", { event: "Nope" })),
      "rules.rules[1].value.event",
    ],
    ["an unknown trait", and(rule("traits.nope", "=", "x")), "rules.rules[0].field"],
    ["a bad operator", and(rule("traits.country", "like", "x")), "rules.rules[0].operator"],
    [
      "an unknown audience",
      and(rule("audience", "memberOf", "9b2f4c3e-0000-4000-8000-000000000000")),
      "rules.rules[0].value",
    ],
  ])("refuses %s, naming the rule", async (_name, rules, field) => {
    const result: Result = await app.gql(CREATE, { name: `bad ${field}`, rules }, { cookie });
    expect(failure(result)).toEqual({ code: "BAD_USER_INPUT", field });
  });

  it("saves valid rules, and refuses an audience that refers to itself", async () => {
    const created: Result = await app.gql(
      CREATE,
      { name: "Self", rules: and(rule("traits.country", "=", "DE")) },
      { cookie },
    );
    const id = created.data?.createSegment?.id;
    expect(id).toEqual(expect.any(String));
    const cyclic: Result = await app.gql(UPDATE, { id, rules: and(rule("audience", "memberOf", id)) }, { cookie });
    expect(failure(cyclic)).toEqual({ code: "BAD_USER_INPUT", field: "rules.rules[0].value" });
  });
});
