import {
  COMPUTED_TRAITS,
  OPERATORS_BY_TYPE,
  isComputedTraitName,
  parseField,
  type ComputedRule,
  type ComputedTraitName,
  type IdentifierRule,
  type TraitRule,
} from "@mosaic/shared";
import type { CompileContext, LeafSql } from "./compile-context.js";
import { setLeaf } from "./set-leaf.js";
import { likeLiteral } from "./sql-params.js";
import { traitIndexExpression } from "./trait-indexes.js";
import { jsonCondition, operatorFits, scalarCondition } from "./value-condition.sql.js";

const keyOf = (field: string) => {
  const ref = parseField(field);
  return "key" in ref ? ref.key : "";
};

/** traits.<key>: a condition on profiles.traits, evaluated on the profile row itself. */
export function traitLeaf(ctx: CompileContext, rule: TraitRule, path: string): LeafSql | null {
  const key = keyOf(rule.field);
  const trait = ctx.index.trait(key);
  if (!trait) return ctx.issue(`${path}.field`, `unknown trait "${key}": no profile in this workspace has it`);
  ctx.readsProfile = true;
  // An indexed string trait is compared through the index's own expression (the key a literal, as in the index),
  // `=` included: the same answers as containment, read from the btree instead of rechecking every document.
  const indexed =
    trait.type === "string" &&
    ctx.index.isIndexed(key) &&
    rule.operator !== "exists" &&
    rule.operator !== "notExists" &&
    operatorFits("string", rule.operator);
  const condition = indexed
    ? scalarCondition(ctx, "string", traitIndexExpression("p.traits", key), rule, path)
    : jsonCondition(ctx, "p.traits", key, trait.type, rule, path);
  if (!condition) return null;
  return { ...condition, value: ctx.probe(() => `p.traits -> ${ctx.params.add(key, "text")}`) };
}

/**
 * The SQL of each computed trait. `column` may be NULL (no profile_ltv row, no prediction); `empty` is the value
 * a profile without a row has (no orders: 0 orders, 0 spent), null when unknown.
 */
const COMPUTED_SQL: Readonly<Record<ComputedTraitName, { column: string; empty: number | null; ltv: boolean }>> = {
  lifetime_value: { column: "l.revenue", empty: 0, ltv: true },
  orders: { column: "l.orders", empty: 0, ltv: true },
  average_order_value: { column: "(l.revenue / nullif(l.orders, 0))", empty: null, ltv: true },
  predicted_value_12m: { column: "l.predicted_value_12m::numeric", empty: null, ltv: true },
  expected_orders_12m: { column: "l.expected_purchases_52w::numeric", empty: null, ltv: true },
  p_alive: { column: "l.p_alive::numeric", empty: null, ltv: true },
  first_order_at: { column: "(l.first_order_at::timestamp AT TIME ZONE 'UTC')", empty: null, ltv: true },
  last_order_at: { column: "(l.last_order_at::timestamp AT TIME ZONE 'UTC')", empty: null, ltv: true },
  first_seen_at: { column: "p.first_seen_at", empty: null, ltv: false },
  last_seen_at: { column: "p.last_seen_at", empty: null, ltv: false },
};

/** Does a comparison accept the value of a profile without a row (0)? Decides whether `strict` is safe. */
function acceptsEmpty(rule: ComputedRule, empty: number): boolean {
  const v = rule.value;
  switch (rule.operator) {
    case "=":
      return Number(v) === empty;
    case "!=":
      return Number(v) !== empty;
    case "<":
      return empty < Number(v);
    case "<=":
      return empty <= Number(v);
    case ">":
      return empty > Number(v);
    case ">=":
      return empty >= Number(v);
    case "between":
    case "notBetween": {
      const [low, high] = rule.value;
      const inside = empty >= Number(low) && empty <= Number(high);
      return rule.operator === "between" ? inside : !inside;
    }
    case "in":
      return rule.value.map(Number).includes(empty);
    case "notIn":
      return !rule.value.map(Number).includes(empty);
    default:
      return false;
  }
}

/** computed.<name>: lifetime value, predictions (profile_ltv) and first/last seen (profiles). */
export function computedLeaf(ctx: CompileContext, rule: ComputedRule, path: string): LeafSql | null {
  const name = keyOf(rule.field);
  if (!isComputedTraitName(name))
    return ctx.issue(
      `${path}.field`,
      `unknown computed trait "${name}"; known: ${Object.keys(COMPUTED_TRAITS).join(", ")}`,
    );
  const definition = COMPUTED_TRAITS[name];
  const sql = COMPUTED_SQL[name];
  const unary = rule.operator === "exists" || rule.operator === "notExists";
  if (!operatorFits(definition.type, rule.operator) || (unary && !definition.nullable))
    return ctx.issue(
      `${path}.operator`,
      `"${rule.operator}" does not apply to ${name}; use one of ${OPERATORS_BY_TYPE[definition.type]
        .filter((op) => definition.nullable || (op !== "exists" && op !== "notExists"))
        .join(", ")}`,
    );
  if (sql.ltv) ctx.joinLtv();
  ctx.readsProfile = true;
  const expr = sql.empty === null ? sql.column : `coalesce(${sql.column}, ${sql.empty})`;
  const condition = scalarCondition(ctx, definition.type, expr, rule, path);
  if (!condition) return null;
  // Comparing the bare column is strict, so PostgreSQL may inner-join profile_ltv and use its indexes.
  const strict =
    sql.empty !== null && !acceptsEmpty(rule, sql.empty)
      ? scalarCondition(ctx, definition.type, sql.column, rule, path)?.strict
      : condition.strict;
  return { holds: condition.holds, ...(strict ? { strict } : {}), value: ctx.probe(() => expr) };
}

/** identifiers.<type>: the profile has an identifier of that type (equal to / ending with a value). */
export function identifierLeaf(ctx: CompileContext, rule: IdentifierRule, path: string): LeafSql | null {
  const type = keyOf(rule.field);
  if (!ctx.index.hasIdentifier(type))
    return ctx.issue(`${path}.field`, `unknown identifier type "${type}": no profile in this workspace has one`);
  const typeParam = ctx.params.add(type, "text");
  const match =
    rule.operator === "="
      ? [`lower(i.value) = lower(${ctx.params.add(rule.value, "text")})`]
      : rule.operator === "endsWith"
        ? [`lower(i.value) LIKE ${ctx.params.add(`%${likeLiteral(rule.value.toLowerCase())}`, "text")}`]
        : [];
  return setLeaf(ctx, {
    rows: (forProfile) =>
      `SELECT i.profile_id, i.value FROM identities i WHERE ${[
        `i.workspace_id = ${ctx.workspace}`,
        `i.type = ${typeParam}`,
        ...match,
        ...(forProfile ? ["i.profile_id = p.id"] : []),
      ].join(" AND ")}`,
    onePerProfile: false,
    check: { kind: "any", negate: rule.operator === "notExists", display: "array_agg(r.value ORDER BY r.value)" },
  });
}
