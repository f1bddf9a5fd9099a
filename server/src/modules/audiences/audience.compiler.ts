import type { RuleGroup } from "@mosaic/shared";
import { AudienceRuleError } from "./audience.errors.js";
import type { Catalog } from "./catalog.js";
import { CompileContext, type CompileMode, type CompileOptions } from "./compile-context.js";
import type { SqlValue } from "./sql-params.js";
import { compileGroup, planSql, type PlanNode } from "./tree.compiler.js";

/**
 * One audience as SQL: `sql` selects the member profile ids, `countSql` counts them; both take `params`.
 * Names (traits, events, properties) are parameters too; only fixed SQL written here is text.
 */
export type CompiledAudience = { sql: string; countSql: string; params: SqlValue[] };

export function compilePlan(
  tree: RuleGroup,
  catalog: Catalog,
  options: CompileOptions,
  mode: CompileMode,
): { ctx: CompileContext; plan: PlanNode } {
  const ctx = new CompileContext(catalog, options, mode);
  const plan = compileGroup(ctx, tree, "");
  if (ctx.issues.length || !plan) throw new AudienceRuleError(ctx.issues);
  return { ctx, plan };
}

/**
 * When no condition reads the profile row and the top-level AND requires membership of a set (an event count,
 * an identifier...), that set drives the query and profiles is not read at all: the other sets join on its ids.
 * Looking up every matching profile by primary key would otherwise cost more than the rule itself. The sets are
 * already limited to the workspace; this relies on a profile's events and aggregates going when it goes (merges
 * copy and delete them).
 */
function driverOf(ctx: CompileContext, plan: PlanNode): { plan: PlanNode; from: string } | null {
  if (ctx.readsProfile || plan.type !== "group" || plan.not || plan.combinator !== "and") return null;
  const index = plan.children.findIndex((child) => child.type === "leaf" && child.sql.set !== undefined);
  const leaf = plan.children[index];
  if (!leaf || leaf.type !== "leaf" || !leaf.sql.set) return null;
  const { sql, join } = leaf.sql.set;
  ctx.joins.splice(ctx.joins.indexOf(join), 1);
  const children = plan.children.map((child, i) =>
    i === index && child.type === "leaf" ? { ...child, sql: { holds: "true", value: null } } : child,
  );
  return { plan: { ...plan, children }, from: `FROM (${sql}) p(id)` };
}

type SetRef = { sql: string; join: string; alias: string };

/**
 * Sets of which every member of `node` is in at least one (under no NOT): a positive set leaf is its own set, an
 * AND needs one of its children's, an OR the union of all its children's. Null when there is no such bound (a
 * trait-only branch, a NOT), and then every profile has to be looked at.
 */
function requiredSets(node: PlanNode): SetRef[] | null {
  switch (node.type) {
    case "leaf":
      return node.sql.set ? [node.sql.set] : null;
    case "audience":
      return node.rule.operator === "memberOf" ? requiredSets(node.child) : null;
    case "group": {
      if (node.not || node.children.length === 0) return null;
      const each = node.children.map(requiredSets);
      if (node.combinator === "and") return each.find((sets) => sets !== null) ?? null;
      return each.every((sets) => sets !== null) ? each.flat() : null;
    }
  }
}

/** At most this many sets are joined to drive a query; beyond, reading every profile is no worse. */
const MAX_DRIVING_SETS = 4;

/**
 * When the rules read the profile row (traits) or combine sets under an OR, but every member must still be in
 * one of a few event / identifier sets ("(country = US and ≥ 3 orders) or big spender"), those sets drive the
 * query: FULL JOINed on the profile id (each computed once, and its alias still says whether the profile is in
 * it), then each profile found is looked up by primary key, instead of a pass over every profile joined to every
 * set. Exact: a profile outside all of them satisfies no branch.
 */
function setDriver(ctx: CompileContext, plan: PlanNode): string | null {
  const sets = requiredSets(plan);
  if (!sets || sets.length > MAX_DRIVING_SETS) return null;
  const ids: string[] = [];
  const from = sets.map((set, i) => {
    ctx.joins.splice(ctx.joins.indexOf(set.join), 1);
    const alias = set.alias;
    const on = ids.length === 1 ? ids[0] : `coalesce(${ids.join(", ")})`;
    ids.push(`${alias}.profile_id`);
    return i === 0 ? `FROM (${set.sql}) ${alias}` : `FULL JOIN (${set.sql}) ${alias} ON ${alias}.profile_id = ${on}`;
  });
  const id = ids.length === 1 ? ids[0] : `coalesce(${ids.join(", ")})`;
  return [...from, `JOIN profiles p ON p.id = ${id}`].join("\n");
}

/** Throws AudienceRuleError (BAD_USER_INPUT, naming the rule path) when the tree does not fit the catalog. */
export function compileAudience(tree: RuleGroup, catalog: Catalog, options: CompileOptions): CompiledAudience {
  const compiled = compilePlan(tree, catalog, options, "audience");
  const { ctx } = compiled;
  const driver = driverOf(ctx, compiled.plan);
  const sets = driver ? null : setDriver(ctx, compiled.plan);
  const condition = planSql(driver?.plan ?? compiled.plan);
  const from = [driver?.from ?? sets ?? "FROM profiles p", ...ctx.joins].join("\n");
  const filters = [
    ...(driver ? [] : [`p.workspace_id = ${ctx.workspace}`]),
    ...(condition === "true" ? [] : [condition]),
  ];
  const where = filters.length ? `WHERE ${filters.join("\n  AND ")}` : "";
  return {
    sql: `SELECT p.id\n${from}\n${where}`,
    countSql: `SELECT count(*)::int AS count\n${from}\n${where}`,
    params: ctx.params.values,
  };
}

function literal(value: SqlValue): string {
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The SQL with its parameters written in as literals, for analysts to read and run elsewhere ("show SQL").
 * Only for display: the application always runs the parameterised form.
 */
export function inlineParams(sql: string, params: readonly SqlValue[]): string {
  return sql.replace(/\$(\d+)(?=::)/g, (match, n: string) => {
    const value = params[Number(n) - 1];
    return value === undefined ? match : literal(value);
  });
}
