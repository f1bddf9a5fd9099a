import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/app.js";
import { loadExplorerPeople, type Person } from "./explorer.fixture.js";

let app: TestApp;
let cookie: string;
let people: Person[];

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("marketer");
  ({ people } = await loadExplorerPeople(app));
  await app.server.services.db.query(`UPDATE profiles SET traits = traits || $1 WHERE id = $2`, [
    { country: "=cmd|' /C calc'!A0" },
    people[1]?.id,
  ]);
});
afterAll(async () => app.close());

function exportUrl(params: Array<[string, string]>) {
  return `${app.url}/api/exports/profiles?${new URLSearchParams(params).toString()}`;
}

describe("GET /api/exports/profiles", () => {
  it("streams the filtered set in the view's order with the chosen columns, and the total first", async () => {
    const rules = { combinator: "and", rules: [{ field: "traits.plan", operator: "=", value: "pro" }] };
    const response = await fetch(
      exportUrl([
        ["rules", JSON.stringify(rules)],
        ["sort", "lifetime_value"],
        ["direction", "desc"],
        ["columns", "traits.country"],
        ["columns", "lifetime_value"],
        ["columns", "traits.email"],
      ]),
      { headers: { cookie } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("x-total-count")).toBe("12");
    const rows: string[][] = parse(await response.text());
    expect(rows[0]).toEqual(["id", "email", "traits.country", "lifetime_value"]);
    const pro = people.filter((p) => p.i % 2 === 0).sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
    expect(rows.slice(1)).toEqual(pro.map((p) => [p.id, p.email, p.country, String(p.revenue)]));
  });

  it("defuses cells a spreadsheet would run as formulas", async () => {
    const response = await fetch(
      exportUrl([
        ["search", "p1@example.com"],
        ["columns", "traits.country"],
      ]),
      {
        headers: { cookie },
      },
    );
    const rows: string[][] = parse(await response.text());
    expect(rows[1]?.[2]).toBe("'=cmd|' /C calc'!A0");
  });

  it.each([
    [[["sort", "id; DROP TABLE profiles"]], "sort.field"],
    [[["columns", "secret"]], "columns[0]"],
    [[["rules", "{not json"]], "rules"],
    [
      [["rules", JSON.stringify({ combinator: "and", rules: [{ field: "nope", operator: "=", value: 1 }] })]],
      "rules.rules[0].field",
    ],
    [
      [
        ["search", "a"],
        ["search", "b"],
      ],
      "search",
    ],
  ] as Array<[Array<[string, string]>, string]>)("answers 400 naming the field for %j", async (params, field) => {
    const response = await fetch(exportUrl(params), { headers: { cookie } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_USER_INPUT", field } });
  });

  it("needs a signed-in user", async () => {
    const response = await fetch(exportUrl([]));
    expect(response.status).toBe(401);
  });
});
