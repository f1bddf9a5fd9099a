import { ruleGroupSchema } from "@mosaic/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { compileAudience, inlineParams } from "./audience.compiler.js";
import { and, not, or, rule } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog, refreshCatalog } from "./catalog.service.js";
import { NOW, loadDataset, type Dataset } from "./dataset.fixture.js";
import { explainProfile } from "./explain.js";
import { compileForProfiles } from "./membership-probe.js";
import { traitIndexExpression, traitIndexName } from "./trait-indexes.js";
import { TraitIndexService } from "./trait-indexes.service.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let data: Dataset;
let plain: Catalog;
let indexed: Catalog;

/** Values under `country` that are not the string the rule names: none of them may ever match `= "US"`. */
const ODD_COUNTRIES: Array<[string, unknown]> = [
  ["number", 5],
  ["true", true],
  ["JSON null", null],
  ["array", ["US"]],
  ["object", { code: "US" }],
  ["lower case", "us"],
  ["empty string", ""],
];

beforeAll(async () => {
  db = await createTestDatabase();
  data = await loadDataset(db.dataSource);
  for (const [name, country] of ODD_COUNTRIES)
    await db.dataSource.query(
      `INSERT INTO profiles (workspace_id, traits, first_seen_at, last_seen_at)
       VALUES ($1, jsonb_build_object('name', $2::text, 'country', $3::jsonb, 'plan', 'free'), now(), now())`,
      [data.workspaceId, name, JSON.stringify(country)],
    );
  await refreshCatalog(db.dataSource, data.workspaceId);
  plain = await loadCatalog(db.dataSource, data.workspaceId);
  await new TraitIndexService(db.dataSource).ensure(data.workspaceId);
  indexed = await loadCatalog(db.dataSource, data.workspaceId);
});
afterAll(async () => {
  await db.drop();
});

const t = (key: string, operator: string, value: unknown = null) => rule(`traits.${key}`, operator, value);

async function query(sql: string, params: unknown[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.dataSource.query(sql, params);
  return rows.map((r) => r.id).sort();
}

async function members(catalog: Catalog, tree: unknown): Promise<string[]> {
  const compiled = compileAudience(ruleGroupSchema.parse(tree), catalog, { workspaceId: data.workspaceId, now: NOW });
  const ids = await query(compiled.sql, compiled.params);
  const rows: Array<{ id: string; name: string | null }> = await db.dataSource.query(
    `SELECT id, traits ->> 'name' AS name FROM profiles WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => r.name ?? data.nameOf(r.id)).sort();
}

/** Every compiled form (audience, raw events, count, inlined, per-profile, explain) of one tree, as member ids. */
async function everyForm(catalog: Catalog, input: unknown): Promise<Record<string, string[]>> {
  const tree = ruleGroupSchema.parse(input);
  const options = { workspaceId: data.workspaceId, now: NOW };
  const all = await query(`SELECT id FROM profiles WHERE workspace_id = $1`, [data.workspaceId]);
  const compiled = compileAudience(tree, catalog, options);
  const raw = compileAudience(tree, catalog, { ...options, strategy: "raw" });
  const [count]: Array<{ count: number }> = await db.dataSource.query(compiled.countSql, compiled.params);
  const probe = compileForProfiles(tree, catalog, { ...options, profileIds: all });
  const probed: Array<{ id: string; member: boolean }> = await db.dataSource.query(probe.sql, probe.params);
  const explained: string[] = [];
  for (const profileId of all)
    if ((await explainProfile(db.dataSource, tree, catalog, { ...options, profileId }))?.member)
      explained.push(profileId);
  return {
    audience: await query(compiled.sql, compiled.params),
    raw: await query(raw.sql, raw.params),
    count: [String(count?.count)],
    inlined: await query(inlineParams(compiled.sql, compiled.params), []),
    perProfile: probed
      .filter((r) => r.member)
      .map((r) => r.id)
      .sort(),
    explain: explained.sort(),
  };
}

const RULES: Array<[string, unknown]> = [
  ["=", and(t("country", "=", "US"))],
  ["= a value nobody has", and(t("country", "=", "NL"))],
  ["= the empty string", and(t("country", "=", ""))],
  ["= a number from the builder reads as text", and(t("country", "=", 5))],
  ["!= (needs a string value)", and(t("country", "!=", "US"))],
  ["in", and(t("country", "in", ["DE", "FR"]))],
  ["in, as builder text", and(t("country", "in", "DE, US"))],
  ["notIn", and(t("country", "notIn", ["US"]))],
  ["contains", and(t("country", "contains", "u"))],
  ["doesNotContain", and(t("country", "doesNotContain", "u"))],
  ["beginsWith", and(t("plan", "beginsWith", "f"))],
  ["endsWith", and(t("plan", "endsWith", "o"))],
  ["exists", and(t("country", "exists"))],
  ["notExists", and(t("country", "notExists"))],
  ["two indexed traits", and(t("country", "=", "US"), t("plan", "in", ["free", "pro"]))],
  ["OR", or(t("country", "=", "DE"), t("plan", "=", "pro"))],
  ["NOT =", not(t("country", "=", "US"))],
  ["NOT !=", not(t("country", "!=", "US"))],
  ["NOT notIn", not(t("country", "notIn", ["US", "DE"]))],
  ["beside an event rule", and(t("country", "=", "US"), rule("event", "performed", { event: "Order Completed" }))],
];

describe("indexed trait rules", () => {
  it("indexes the low-cardinality string traits, and tells the compiler", () => {
    expect(plain.indexedTraits).toEqual([]);
    expect(indexed.indexedTraits).toEqual(["country", "plan"]);
  });

  it("= ignores every other JSON type and a missing key", async () => {
    expect(await members(indexed, and(t("country", "=", "US")))).toEqual(["alice", "carol", "frank"]);
    expect(await members(indexed, and(t("country", "!=", "US")))).toEqual([
      "bob",
      "dave",
      "empty string",
      "gina",
      "lower case",
    ]);
  });

  it.each(RULES)("%s: the same members with and without the index, in every compiled form", async (_name, tree) => {
    const expected = await everyForm(plain, tree);
    expect(expected.perProfile).toEqual(expected.audience);
    expect(await everyForm(indexed, tree)).toEqual(expected);
  });

  it("writes the index's own expression for an indexed trait and containment otherwise", () => {
    const options = { workspaceId: data.workspaceId, now: NOW };
    const tree = ruleGroupSchema.parse(and(t("country", "=", "US")));
    expect(compileAudience(tree, indexed, options).sql).toContain(traitIndexExpression("p.traits", "country"));
    expect(compileAudience(tree, plain, options).sql).toContain("p.traits @>");
    const age = ruleGroupSchema.parse(and(t("age", "=", 34)));
    expect(compileAudience(age, { ...indexed, indexedTraits: ["age"] }, options).sql).toContain("p.traits @>");
  });

  // `<>` and `<> ALL` are no btree conditions: != and notIn keep their answers but filter the profiles.
  it("PostgreSQL answers = and in from the index", async () => {
    const options = { workspaceId: data.workspaceId, now: NOW };
    for (const [key, tree] of [
      ["country", and(t("country", "=", "US"))],
      ["plan", and(t("plan", "in", ["free", "pro"]))],
      ["", and(t("country", "=", "US"), t("plan", "in", ["free", "pro"]))],
    ] as const) {
      const compiled = compileAudience(ruleGroupSchema.parse(tree), indexed, options);
      const plan = await db.dataSource.transaction(async (m) => {
        // Seven profiles: a sequential scan is cheaper; switched off, any index that fits will be used.
        await m.query(`SET LOCAL enable_seqscan = off`);
        const rows: Array<{ "QUERY PLAN": string }> = await m.query(`EXPLAIN ${compiled.sql}`, compiled.params);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
      // With two indexed rules either index may lead; the other rule filters.
      const expected = key ? [traitIndexName(key)] : [traitIndexName("country"), traitIndexName("plan")];
      expect(
        expected.some((name) => plan.includes(name)),
        `${compiled.sql}\n${plan}`,
      ).toBe(true);
    }
  });
});
