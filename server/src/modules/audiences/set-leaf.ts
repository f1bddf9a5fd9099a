import type { CompileContext, LeafSql } from "./compile-context.js";

/** A measure over a leaf's rows: its aggregate over all rows of a profile, and its value on one row. */
export type Measure = {
  grouped: string;
  /** The measure of a single row, for sources that have one row per profile (no GROUP BY needed). */
  row: string;
  /** The measure of a profile with no rows: 0 for counts and sums, null (unknown) otherwise. */
  empty: number | null;
  /** The row measure is never NULL, so a comparison needs no coalesce and can use an index. */
  notNull?: boolean;
};

export type SetLeafSpec = {
  /** SELECT profile_id, <measure columns> ...; `forProfile` restricts it to the outer profile p. */
  rows: (forProfile: boolean) => string;
  onePerProfile: boolean;
  /** Some rows count negatively (see EventSource): "any" then means a positive sum of the profile's `n`. */
  signed?: boolean;
  /**
   * "any": the leaf holds when the profile has a row (or has none, when `negate`).
   * "measure": the leaf holds when test(measure) does; `testEmpty` is test(empty), worked out by the caller.
   */
  check:
    | { kind: "any"; negate: boolean; display?: string }
    | { kind: "measure"; measure: Measure; test: (measure: string) => string; testEmpty: boolean };
};

const indent = (sql: string) => sql.replace(/\n/g, "\n    ");

/**
 * A leaf decided by rows of another table. In audience mode it becomes
 * `LEFT JOIN (<profiles that satisfy it>) cN ON cN.profile_id = p.id` and holds when cN matched. When a profile
 * without rows satisfies it ("at most 2 orders", "total spend < 100"), the join is on the complement (profiles
 * with rows that fail it) and the leaf holds when cN did not match, so the set stays as small as the rows.
 * In probe mode a LATERAL subquery computes the profile's measure and the same test decides.
 */
export function setLeaf(ctx: CompileContext, spec: SetLeafSpec): LeafSql {
  const alias = ctx.alias("c");
  const { check } = spec;
  if (ctx.mode === "probe") {
    if (check.kind === "any") {
      const n = spec.signed ? "coalesce(sum(r.n), 0)" : "count(*)";
      const shown = check.display ? `, ${check.display} AS value` : `, ${n} AS value`;
      ctx.joins.push(
        `LEFT JOIN LATERAL (SELECT ${n} AS n${shown} FROM (${indent(spec.rows(true))}) r) ${alias} ON true`,
      );
      return { holds: `${check.negate ? "NOT " : ""}(${alias}.n > 0)`, value: `${alias}.value` };
    }
    ctx.joins.push(
      `LEFT JOIN LATERAL (SELECT ${check.measure.grouped} AS value FROM (${indent(spec.rows(true))}) r) ${alias} ON true`,
    );
    const value = check.measure.empty === null ? `${alias}.value` : `coalesce(${alias}.value, ${check.measure.empty})`;
    return { holds: `coalesce(${check.test(value)}, false)`, value };
  }

  const joined = (set: string, positive: boolean): LeafSql => {
    const join = `LEFT JOIN (${set}) ${alias} ON ${alias}.profile_id = p.id`;
    ctx.joins.push(join);
    return {
      holds: `${alias}.profile_id IS ${positive ? "NOT " : ""}NULL`,
      value: null,
      ...(positive ? { set: { sql: set, join, alias } } : {}),
    };
  };

  if (check.kind === "any") {
    if (spec.signed)
      return joined(
        `SELECT r.profile_id FROM (${indent(spec.rows(false))}) r GROUP BY r.profile_id HAVING sum(r.n) > 0`,
        !check.negate,
      );
    const distinct = spec.onePerProfile ? "" : "DISTINCT ";
    return joined(`SELECT ${distinct}r.profile_id FROM (${indent(spec.rows(false))}) r`, !check.negate);
  }

  const { measure, test, testEmpty } = check;
  const measured = (expr: string) =>
    measure.empty === null || measure.notNull ? expr : `coalesce(${expr}, ${measure.empty})`;
  const rawTest = (expr: string) => test(measured(expr));
  // A NOT NULL measure is compared bare, so PostgreSQL can push the comparison into an index range.
  const accept = (expr: string) =>
    measure.notNull
      ? testEmpty
        ? `NOT (${rawTest(expr)})`
        : rawTest(expr)
      : testEmpty
        ? `NOT coalesce(${rawTest(expr)}, false)`
        : `coalesce(${rawTest(expr)}, false)`;
  const set = spec.onePerProfile
    ? `SELECT r.profile_id FROM (${indent(spec.rows(false))}) r WHERE ${accept(measure.row)}`
    : `SELECT r.profile_id FROM (${indent(spec.rows(false))}) r GROUP BY r.profile_id HAVING ${accept(measure.grouped)}`;
  return joined(set, !testEmpty);
}
