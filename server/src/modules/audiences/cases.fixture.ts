import { ruleGroupSchema } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { expect } from "vitest";
import { compileAudience, inlineParams } from "./audience.compiler.js";
import type { Catalog } from "./catalog.js";
import { PEOPLE, NOW, type Dataset, type Person } from "./dataset.fixture.js";
import { explainProfile } from "./explain.js";
import { compileForProfiles } from "./membership-probe.js";

/** One table row: a name, a rule tree (or the rules of an AND group) and the expected members. */
export type Case = [name: string, tree: unknown, expected: Person[]];

export const and = (...rules: unknown[]) => ({ combinator: "and", rules });
export const or = (...rules: unknown[]) => ({ combinator: "or", rules });
export const not = (...rules: unknown[]) => ({ combinator: "and", not: true, rules });
export const rule = (field: string, operator: string, value: unknown = null) => ({ field, operator, value });
export const event = (operator: string, value: Record<string, unknown>) => rule("event", operator, value);
export const last = (amount: number, unit = "days") => ({ operator: "inLast", value: { amount, unit } });

/**
 * Checks a case every way the answer can be reached: the audience query (aggregates), the same over raw events
 * only, the count, the analysts' SQL with the values written in, explain on every profile, and the real-time
 * form evaluated for all profiles at once.
 */
export async function checkCase(db: DataSource, data: Dataset, catalog: Catalog, input: unknown, expected: Person[]) {
  const tree = ruleGroupSchema.parse(input);
  const options = { workspaceId: data.workspaceId, now: NOW };
  const members = async (sql: string, params: unknown[]) => {
    const rows: Array<{ id: string }> = await db.query(sql, params);
    return rows.map((r) => data.nameOf(r.id)).sort();
  };
  const want = [...expected].sort();

  const compiled = compileAudience(tree, catalog, options);
  expect(await members(compiled.sql, compiled.params), compiled.sql).toEqual(want);
  const raw = compileAudience(tree, catalog, { ...options, strategy: "raw" });
  expect(await members(raw.sql, raw.params), `raw: ${raw.sql}`).toEqual(want);
  const [count]: Array<{ count: number }> = await db.query(compiled.countSql, compiled.params);
  expect(count?.count).toBe(want.length);
  expect(await members(inlineParams(compiled.sql, compiled.params), [])).toEqual(want);

  const forProfiles = compileForProfiles(tree, catalog, { ...options, profileIds: PEOPLE.map((p) => data.ids[p]) });
  const evaluated: Array<{ id: string; member: boolean }> = await db.query(forProfiles.sql, forProfiles.params);
  expect(evaluated).toHaveLength(PEOPLE.length);
  expect(
    evaluated
      .filter((r) => r.member)
      .map((r) => data.nameOf(r.id))
      .sort(),
    forProfiles.sql,
  ).toEqual(want);

  for (const person of PEOPLE) {
    const explanation = await explainProfile(db, tree, catalog, { ...options, profileId: data.ids[person] });
    expect({ person, member: explanation?.member }).toEqual({ person, member: want.includes(person) });
  }
}
