import {
  OPERATORS_BY_TYPE,
  dateRange,
  type DateCondition,
  type NumberCondition,
  type TimeRange,
  type ValueCondition,
  type ValueType,
} from "@mosaic/shared";
import type { CompileContext } from "./compile-context.js";
import { likeLiteral } from "./sql-params.js";

/** A boolean condition in its two forms (see LeafSql): `holds` never NULL, `strict` NULL where false. */
export type Condition = { holds: string; strict: string };

const both = (strict: string): Condition => ({ strict: `(${strict})`, holds: `coalesce(${strict}, false)` });
const exact = (sql: string): Condition => ({ strict: sql, holds: sql });

export function operatorFits(type: ValueType, operator: string): boolean {
  return (OPERATORS_BY_TYPE[type] as readonly string[]).includes(operator);
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

function toBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return null;
}

function toText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return null;
}

/** [from, to) on a timestamptz expression. */
export function rangeSql(ctx: CompileContext, expr: string, range: TimeRange): string {
  const parts: string[] = [];
  if (range.from) parts.push(`${expr} >= ${ctx.params.time(range.from)}`);
  if (range.to) parts.push(`${expr} < ${ctx.params.time(range.to)}`);
  return parts.length ? parts.join(" AND ") : "true";
}

export function dateConditionOf(condition: ValueCondition): DateCondition | null {
  switch (condition.operator) {
    case "before":
    case "after":
    case "inLast":
    case "moreThanAgo":
    case "inNext":
      return condition;
    case "between": {
      const [from, to] = condition.value;
      return typeof from === "string" && typeof to === "string" ? { operator: "between", value: [from, to] } : null;
    }
    default:
      return null;
  }
}

type Scalar = "string" | "number" | "date";

/**
 * A condition on a typed scalar SQL expression (NULL when the value is missing or of another type). Returns null
 * after recording an issue when the value does not fit the type.
 */
export function scalarCondition(
  ctx: CompileContext,
  kind: Scalar,
  expr: string,
  condition: ValueCondition,
  path: string,
): Condition | null {
  const p = ctx.params;
  const bad = (what: string) => ctx.issue(`${path}.value`, `must be ${what}`);
  const valueType = kind === "number" ? "numeric" : "text";
  const one = (value: unknown) => {
    const converted = kind === "number" ? toNumber(value) : toText(value);
    return converted === null ? null : p.add(converted, valueType);
  };
  switch (condition.operator) {
    case "exists":
      return exact(`(${expr} IS NOT NULL)`);
    case "notExists":
      return exact(`(${expr} IS NULL)`);
    case "=":
    case "!=": {
      const value = one(condition.value);
      if (value === null) return bad(kind === "number" ? "a number" : "text");
      return both(`${expr} ${condition.operator === "=" ? "=" : "<>"} ${value}`);
    }
    case "<":
    case "<=":
    case ">":
    case ">=":
      return both(`${expr} ${condition.operator} ${p.add(condition.value, "numeric")}`);
    case "in":
    case "notIn": {
      const values = kind === "number" ? condition.value.map(toNumber) : condition.value.map((v) => toText(v));
      const kept = values.filter((v): v is string | number => v !== null);
      if (kept.length !== values.length) return bad(kind === "number" ? "a list of numbers" : "a list of text values");
      const list = p.add(kept, kind === "number" ? "numeric[]" : "text[]");
      return both(condition.operator === "in" ? `${expr} = ANY(${list})` : `${expr} <> ALL(${list})`);
    }
    case "contains":
    case "doesNotContain":
    case "beginsWith":
    case "endsWith": {
      const text = toText(condition.value);
      if (text === null) return bad("text");
      const literal = likeLiteral(text);
      const pattern =
        condition.operator === "beginsWith"
          ? `${literal}%`
          : condition.operator === "endsWith"
            ? `%${literal}`
            : `%${literal}%`;
      // Case-insensitive, as marketers expect of "contains"; `=` stays exact.
      const negated = condition.operator === "doesNotContain" ? " NOT" : "";
      return both(`${expr}${negated} ILIKE ${p.add(pattern, "text")}`);
    }
    case "between":
    case "notBetween": {
      if (kind === "date") {
        const date = dateConditionOf(condition);
        if (!date || condition.operator === "notBetween") return bad("two dates");
        return both(rangeSql(ctx, expr, dateRange(date, ctx.now)));
      }
      const [low, high] = condition.value.map(toNumber);
      if (low === null || high === null || low === undefined || high === undefined) return bad("two numbers");
      const not = condition.operator === "notBetween" ? " NOT" : "";
      return both(`${expr}${not} BETWEEN ${p.add(low, "numeric")} AND ${p.add(high, "numeric")}`);
    }
    case "before":
    case "after":
    case "inLast":
    case "moreThanAgo":
    case "inNext":
      return both(rangeSql(ctx, expr, dateRange(condition, ctx.now)));
  }
}

/** A number comparison (event aggregates); never records issues, the schema already checked the value. */
export function numberCondition(ctx: CompileContext, expr: string, condition: NumberCondition): string {
  const p = ctx.params;
  switch (condition.operator) {
    case "between":
      return `${expr} BETWEEN ${p.add(condition.value[0], "numeric")} AND ${p.add(condition.value[1], "numeric")}`;
    case "notBetween":
      return `${expr} NOT BETWEEN ${p.add(condition.value[0], "numeric")} AND ${p.add(condition.value[1], "numeric")}`;
    case "=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return `${expr} ${condition.operator} ${p.add(condition.value, "numeric")}`;
    case "!=":
      return `${expr} <> ${p.add(condition.value, "numeric")}`;
  }
}

/** The same comparison in JS: does the value of an empty set (0) satisfy it? */
export function numberHolds(value: number, condition: NumberCondition): boolean {
  switch (condition.operator) {
    case "=":
      return value === condition.value;
    case "!=":
      return value !== condition.value;
    case "<":
      return value < condition.value;
    case "<=":
      return value <= condition.value;
    case ">":
      return value > condition.value;
    case ">=":
      return value >= condition.value;
    case "between":
      return value >= condition.value[0] && value <= condition.value[1];
    case "notBetween":
      return value < condition.value[0] || value > condition.value[1];
  }
}

/**
 * A condition on one key of a jsonb object (profiles.traits, events.properties). The key is a parameter.
 * Values of another JSON type than the catalog's read as missing, so a stray string never fails a cast.
 * `=` and array `contains` compile to containment (`@>`), which the GIN index on traits answers.
 */
export function jsonCondition(
  ctx: CompileContext,
  container: string,
  key: string,
  type: ValueType,
  condition: ValueCondition,
  path: string,
): Condition | null {
  const p = ctx.params;
  if (!operatorFits(type, condition.operator))
    return ctx.issue(
      `${path}.operator`,
      `"${condition.operator}" does not apply to a ${type} value; use one of ${OPERATORS_BY_TYPE[type].join(", ")}`,
    );
  // Built on use: a parameter the statement never references would fail ("could not determine data type").
  const raw = () => `(${container} -> ${p.add(key, "text")})`;
  const text = () => `(${container} ->> ${p.add(key, "text")})`;
  const contains = (value: unknown) => exact(`${container} @> ${p.add(JSON.stringify({ [key]: value }), "jsonb")}`);

  switch (condition.operator) {
    case "exists":
      return { strict: `jsonb_typeof(${raw()}) <> 'null'`, holds: `coalesce(jsonb_typeof(${raw()}) <> 'null', false)` };
    case "notExists":
      return exact(`NOT coalesce(jsonb_typeof(${raw()}) <> 'null', false)`);
    default:
      break;
  }
  if (type === "boolean") {
    const value = toBoolean(condition.value);
    if (value === null) return ctx.issue(`${path}.value`, "must be true or false");
    if (condition.operator === "=") return contains(value);
    return both(`(jsonb_typeof(${raw()}) = 'boolean' AND ${raw()} <> ${p.add(JSON.stringify(value), "jsonb")})`);
  }
  if (type === "array") {
    const element = condition.value;
    if (typeof element !== "string" && typeof element !== "number" && typeof element !== "boolean")
      return ctx.issue(`${path}.value`, "must be one value");
    if (condition.operator === "contains") return contains([element]);
    return both(`(jsonb_typeof(${raw()}) = 'array' AND NOT ${raw()} @> ${p.add(JSON.stringify([element]), "jsonb")})`);
  }
  if (condition.operator === "=" && (type === "string" || type === "number")) {
    const value = type === "number" ? toNumber(condition.value) : toText(condition.value);
    if (value === null) return ctx.issue(`${path}.value`, type === "number" ? "must be a number" : "must be text");
    return contains(value);
  }
  const typed =
    type === "number"
      ? `(CASE WHEN jsonb_typeof(${raw()}) = 'number' THEN ${text()}::numeric END)`
      : type === "date"
        ? `mosaic_try_timestamptz(CASE WHEN jsonb_typeof(${raw()}) = 'string' THEN ${text()} END)`
        : `(CASE WHEN jsonb_typeof(${raw()}) = 'string' THEN ${text()} END)`;
  return scalarCondition(
    ctx,
    type === "number" ? "number" : type === "date" ? "date" : "string",
    typed,
    condition,
    path,
  );
}
