import {
  dateRange,
  type CountOperator,
  type DateCondition,
  type EventRule,
  type PropertyFilter,
  type TimeRange,
} from "@mosaic/shared";
import type { CompileContext, LeafSql } from "./compile-context.js";
import { eventSource, presenceSource, type EventMeasure, type EventSource } from "./event-rows.sql.js";
import { setLeaf, type Measure } from "./set-leaf.js";
import { jsonCondition, numberCondition, numberHolds, rangeSql } from "./value-condition.sql.js";
import { valueRollup } from "./value-rollup.js";

/** Checks an event name and its property filters against the catalog; the filters compile per alias. */
export function eventFilters(
  ctx: CompileContext,
  event: string,
  where: PropertyFilter[],
  path: string,
): { ok: boolean; filters: (alias: string) => string[] } {
  if (!ctx.index.event(event)) {
    ctx.issue(`${path}.event`, `unknown event "${event}": this workspace has never received it`);
    return { ok: false, filters: () => [] };
  }
  let ok = true;
  where.forEach((filter, i) => {
    if (!ctx.index.property(event, filter.property)) {
      ctx.issue(`${path}.where.${i}.property`, `unknown property "${filter.property}" of event "${event}"`);
      ok = false;
    }
  });
  return {
    ok,
    filters: (alias) =>
      where.flatMap((filter, i) => {
        const property = ctx.index.property(event, filter.property);
        if (!property) return [];
        const condition = jsonCondition(
          ctx,
          `${alias}.properties`,
          filter.property,
          property.type,
          filter,
          `${path}.where.${i}`,
        );
        return condition ? [condition.holds] : [];
      }),
  };
}

/**
 * Compiles the filters once up front, so that a bad one is reported before any SQL is assembled. Its parameters
 * are dropped: a rule read from the value rollup may never use the filters' SQL.
 */
function checkedFilters(ctx: CompileContext, event: string, where: PropertyFilter[], path: string) {
  const checked = eventFilters(ctx, event, where, path);
  const before = ctx.issues.length;
  const params = ctx.params.values.length;
  if (checked.ok) checked.filters("e");
  ctx.params.truncate(params);
  return checked.ok && ctx.issues.length === before ? checked : null;
}

const windowOf = (ctx: CompileContext, window: DateCondition | undefined): TimeRange =>
  window ? dateRange(window, ctx.now) : { from: null, to: null };

function countHolds(op: CountOperator, count: number, n: number): boolean {
  return op === "atLeast" ? count >= n : op === "atMost" ? count <= n : count === n;
}

const COUNT_SQL: Readonly<Record<CountOperator, string>> = { atLeast: ">=", atMost: "<=", exactly: "=" };

/** What explain shows for an existence check on event rows: the number of events, not of rows. */
const COUNT_DISPLAY = "coalesce(sum(r.n), 0)";

const count: Measure = { grouped: "sum(r.n)", row: "r.n", empty: 0, notNull: true };

const NUMBER_MEASURES: Readonly<Record<"sum" | "avg" | "min" | "max", Measure>> = {
  sum: { grouped: "sum(r.total)", row: "r.total", empty: 0 },
  avg: { grouped: "(sum(r.total) / nullif(sum(r.n), 0))", row: "(r.total / nullif(r.n, 0))", empty: null },
  min: { grouped: "min(r.low)", row: "r.low", empty: null },
  max: { grouped: "max(r.high)", row: "r.high", empty: null },
};

/** event: performed / notPerformed / firstPerformed / lastPerformed / aggregate. */
export function eventLeaf(ctx: CompileContext, rule: EventRule, path: string): LeafSql | null {
  const value = rule.value;
  const checked = checkedFilters(ctx, value.event, value.where, `${path}.value`);
  if (!checked) return null;
  const rollup = valueRollup(ctx.index, value.event, value.where);
  const rowsOf = (measure: EventMeasure, range: TimeRange) =>
    eventSource(ctx, {
      event: value.event,
      range,
      filters: checked.filters,
      hasFilters: value.where.length > 0,
      rollup,
      measure,
    });

  // Whether a profile has any event in the window: first / last times answer it without counting (the audience
  // form only; explain and the per-profile form show the number of events).
  const presence = (window: DateCondition | undefined): EventSource => {
    const range = windowOf(ctx, window);
    const timed = range.from !== null || range.to !== null;
    return timed && ctx.mode === "audience" && ctx.strategy === "auto" && value.where.length === 0
      ? presenceSource(ctx, value.event, range)
      : rowsOf({ kind: "count" }, range);
  };

  switch (rule.operator) {
    case "notPerformed":
      return setLeaf(ctx, {
        ...presence(rule.value.window),
        check: { kind: "any", negate: true, display: COUNT_DISPLAY },
      });
    case "performed": {
      const { op, n } = rule.value.count;
      // "At least once" and "never" need no counting, only the existence of a row.
      if (op === "atLeast" && n === 1)
        return setLeaf(ctx, {
          ...presence(rule.value.window),
          check: { kind: "any", negate: false, display: COUNT_DISPLAY },
        });
      if (n === 0 && op !== "atLeast")
        return setLeaf(ctx, {
          ...presence(rule.value.window),
          check: { kind: "any", negate: true, display: COUNT_DISPLAY },
        });
      const source = rowsOf({ kind: "count" }, windowOf(ctx, rule.value.window));
      const limit = ctx.params.add(n, "integer");
      return setLeaf(ctx, {
        ...source,
        check: {
          kind: "measure",
          measure: count,
          test: (m) => `${m} ${COUNT_SQL[op]} ${limit}`,
          testEmpty: countHolds(op, 0, n),
        },
      });
    }
    case "firstPerformed":
    case "lastPerformed": {
      const first = rule.operator === "firstPerformed";
      const range = dateRange(rule.value.when, ctx.now);
      const measure: Measure = first
        ? { grouped: "min(r.first_at)", row: "r.first_at", empty: null, notNull: true }
        : { grouped: "max(r.last_at)", row: "r.last_at", empty: null, notNull: true };
      return setLeaf(ctx, {
        ...rowsOf({ kind: "times" }, { from: null, to: null }),
        check: { kind: "measure", measure, test: (m) => rangeSql(ctx, m, range), testEmpty: false },
      });
    }
    case "aggregate": {
      const { fn, property, compare } = rule.value;
      const known = ctx.index.property(value.event, property);
      if (!known)
        return ctx.issue(`${path}.value.property`, `unknown property "${property}" of event "${value.event}"`);
      if (known.type !== "number")
        return ctx.issue(`${path}.value.property`, `"${property}" is a ${known.type} property, not a number`);
      const source = rowsOf({ kind: "numbers", property }, windowOf(ctx, rule.value.window));
      // All-time rows (profile_event_numbers) exist only with at least one value, so the measure is never NULL.
      const measure = source.onePerProfile ? { ...NUMBER_MEASURES[fn], notNull: true } : NUMBER_MEASURES[fn];
      return setLeaf(ctx, {
        ...source,
        check: {
          kind: "measure",
          measure,
          test: (m) => numberCondition(ctx, m, compare),
          testEmpty: measure.empty !== null && numberHolds(measure.empty, compare),
        },
      });
    }
  }
}
