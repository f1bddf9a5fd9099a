import { ANY_PAGE_EVENT, ANY_SCREEN_EVENT, type TimeRange } from "@mosaic/shared";
import type { CompileContext } from "./compile-context.js";
import { rangeSql } from "./value-condition.sql.js";
import type { ValueRollup } from "./value-rollup.js";

/**
 * What an event rule reads, per profile:
 * - "count": n (events);
 * - "numbers": n (events whose property is a JSON number), total, low, high of that property;
 * - "times": first_at, last_at.
 */
export type EventMeasure = { kind: "count" } | { kind: "numbers"; property: string } | { kind: "times" };

export type EventRowsSpec = {
  event: string;
  range: TimeRange;
  /** Property filters, compiled on the alias `e` (events); any filter forces the raw events. */
  filters: (alias: string) => string[];
  hasFilters: boolean;
  /** The filters are one equality / "in" on a property whose per-day values are ready (value-rollup.ts). */
  rollup: ValueRollup | null;
  measure: EventMeasure;
};

const DAY = 86_400_000;
const dayStart = (t: Date) => new Date(Math.floor(t.getTime() / DAY) * DAY);
const nextDayStart = (t: Date) => new Date(Math.ceil(t.getTime() / DAY) * DAY);
const isoDay = (t: Date) => t.toISOString().slice(0, 10);

/**
 * `e.event = $x`, or the type for the any-page / any-screen pseudo events: the same keys the aggregates use.
 * The type is written as a literal (a fixed word, not a name from the request) so that PostgreSQL can match
 * the partial index events_page_screen_time.
 */
export function eventMatch(ctx: CompileContext, alias: string, event: string): string {
  if (event === ANY_PAGE_EVENT) return `${alias}.type = 'page'`;
  if (event === ANY_SCREEN_EVENT) return `${alias}.type = 'screen'`;
  return `${alias}.event = ${ctx.params.add(event, "text")}`;
}

function rawColumns(ctx: CompileContext, measure: EventMeasure): string {
  switch (measure.kind) {
    case "count":
      return "1 AS n";
    case "times":
      return "e.timestamp AS first_at, e.timestamp AS last_at";
    case "numbers": {
      const value = `e.properties -> ${ctx.params.add(measure.property, "text")}`;
      const number = `CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric END`;
      return `CASE WHEN jsonb_typeof(${value}) = 'number' THEN 1 ELSE 0 END AS n, ${number} AS total, ${number} AS low, ${number} AS high`;
    }
  }
}

const forOne = (alias: string, forProfile: boolean) => (forProfile ? [`${alias}.profile_id = p.id`] : []);

function rawRows(ctx: CompileContext, spec: EventRowsSpec, range: TimeRange, forProfile: boolean): string {
  const where = [
    `e.workspace_id = ${ctx.workspace}`,
    eventMatch(ctx, "e", spec.event),
    ...(range.from || range.to ? [rangeSql(ctx, "e.timestamp", range)] : []),
    ...spec.filters("e"),
    ...forOne("e", forProfile),
  ];
  return `SELECT e.profile_id, ${rawColumns(ctx, spec.measure)} FROM events e WHERE ${where.join(" AND ")}`;
}

/**
 * The profiles with at least one event in a time window, from profile_event_stats (one row per profile and event:
 * first and last time), for "performed at least once" / "not performed" in a window. Exact, not approximate:
 * - [from, ∞): last_at ≥ from; (−∞, to): first_at < to;
 * - [from, to): from ≤ last_at < to proves an event in the window (last_at is one); last_at < from or
 *   first_at ≥ to rules it out; only a profile with events on both sides of `to` (last_at ≥ to, first_at < to:
 *   timestamps in the future of a relative window, which are rare) is checked against its own raw events.
 * An index range on (workspace_id, event, last_at) answers the common part without reading events: "no page view
 * in the last 7 days" reads one row per recent visitor instead of every recent page view.
 * At most one row per profile (the two parts are disjoint on last_at). Audience mode only: it carries no count.
 */
export function presenceSource(ctx: CompileContext, event: string, range: TimeRange): EventSource {
  const { from, to } = range;
  const rows = (forProfile: boolean) => {
    const base = [
      `s.workspace_id = ${ctx.workspace}`,
      `s.event = ${ctx.params.add(event, "text")}`,
      ...forOne("s", forProfile),
    ];
    const select = (where: string[]) =>
      `SELECT s.profile_id FROM profile_event_stats s WHERE ${[...base, ...where].join(" AND ")}`;
    if (!to) return select(from ? [`s.last_at >= ${ctx.params.time(from)}`] : []);
    const before = ctx.params.time(to);
    if (!from) return select([`s.first_at < ${before}`]);
    const after = ctx.params.time(from);
    const straddling = [
      `e.workspace_id = ${ctx.workspace}`,
      `e.profile_id = s.profile_id`,
      eventMatch(ctx, "e", event),
      rangeSql(ctx, "e.timestamp", range),
    ];
    return [
      select([`s.last_at >= ${after}`, `s.last_at < ${before}`]),
      select([
        `s.last_at >= ${before}`,
        `s.first_at < ${before}`,
        `EXISTS (SELECT 1 FROM events e WHERE ${straddling.join(" AND ")})`,
      ]),
    ].join("\n    UNION ALL ");
  };
  return { rows, onePerProfile: true };
}

/** A window this short is read from the raw events: the covering index answers it without visiting the heap. */
const SHORT_WINDOW_MS = 32 * DAY;

export type EventSource = {
  /** SELECT profile_id, <measure columns>; `forProfile` restricts it to the outer profile p. */
  rows: (forProfile: boolean) => string;
  /** At most one row per profile (all-time aggregates): no GROUP BY needed. */
  onePerProfile: boolean;
  /**
   * Some rows count negatively (a whole day of the rollup minus the raw events of its part outside the window), so
   * a profile has events only when its rows sum above zero, not whenever it has a row.
   */
  signed?: boolean;
};

/**
 * Where an event rule reads its rows (profile_id + measure columns; a profile may have several rows, which the
 * rule aggregates):
 * - strategy "raw": the events table, through the covering index (workspace_id, event, timestamp);
 * - a count with one filter on a rolled-up property, whatever the window: whole UTC days of the value(s) from
 *   profile_event_day_values plus the raw events of the partial days at either end (the covering index cannot
 *   check properties, so the raw form reads every event of the window from the heap);
 * - other property filters: the raw events;
 * - all time: profile_event_stats (count, first / last time) or profile_event_numbers, one row per profile;
 * - a count over a window of up to 32 days: the raw events, index-only (events are insert-only, so their pages
 *   stay all-visible, unlike the rollup's recent days, which ingestion keeps updating);
 * - longer windows and property totals over a window: whole UTC days from profile_event_days (or
 *   profile_event_day_numbers) plus the raw events of the partial days at either end.
 */
export function eventSource(ctx: CompileContext, spec: EventRowsSpec): EventSource {
  const { from, to } = spec.range;
  const raw = (range: TimeRange) => (forProfile: boolean) => rawRows(ctx, spec, range, forProfile);
  if (ctx.strategy === "raw") return { rows: raw(spec.range), onePerProfile: false };
  if (spec.hasFilters) {
    const rollup = spec.rollup;
    if (!rollup || spec.measure.kind !== "count") return { rows: raw(spec.range), onePerProfile: false };
    return byDay(ctx, spec, (forProfile, days) => {
      const [only, ...more] = rollup.values;
      const values =
        only !== undefined && more.length === 0
          ? `d.value = ${ctx.params.add(only, "text")}`
          : `d.value = ANY(${ctx.params.add(rollup.values, "text[]")})`;
      const where = [
        `d.workspace_id = ${ctx.workspace}`,
        `d.event = ${ctx.params.add(spec.event, "text")}`,
        `d.property = ${ctx.params.add(rollup.property, "text")}`,
        values,
        ...days("d.day"),
        ...forOne("d", forProfile),
      ];
      return `SELECT d.profile_id, d.event_count AS n FROM profile_event_day_values d WHERE ${where.join(" AND ")}`;
    });
  }
  const eventKey = () => ctx.params.add(spec.event, "text");
  if (!from && !to) {
    if (spec.measure.kind === "numbers") {
      const property = spec.measure.property;
      return {
        onePerProfile: true,
        rows: (forProfile) =>
          `SELECT x.profile_id, x.value_count AS n, x.total, x.low, x.high FROM profile_event_numbers x WHERE ${[
            `x.workspace_id = ${ctx.workspace}`,
            `x.event = ${eventKey()}`,
            `x.property = ${ctx.params.add(property, "text")}`,
            ...forOne("x", forProfile),
          ].join(" AND ")}`,
      };
    }
    const columns = spec.measure.kind === "times" ? "s.first_at, s.last_at" : "s.event_count AS n";
    return {
      onePerProfile: true,
      rows: (forProfile) =>
        `SELECT s.profile_id, ${columns} FROM profile_event_stats s WHERE ${[
          `s.workspace_id = ${ctx.workspace}`,
          `s.event = ${eventKey()}`,
          ...forOne("s", forProfile),
        ].join(" AND ")}`,
    };
  }
  const short = from !== null && to !== null && to.getTime() - from.getTime() <= SHORT_WINDOW_MS;
  if (spec.measure.kind === "times" || (spec.measure.kind === "count" && short))
    return { rows: raw(spec.range), onePerProfile: false };
  const measure = spec.measure;
  return byDay(ctx, spec, (forProfile, days) => {
    const where = [
      `d.workspace_id = ${ctx.workspace}`,
      `d.event = ${eventKey()}`,
      ...(measure.kind === "numbers" ? [`d.property = ${ctx.params.add(measure.property, "text")}`] : []),
      ...days("d.day"),
      ...forOne("d", forProfile),
    ];
    return measure.kind === "numbers"
      ? `SELECT d.profile_id, d.value_count AS n, d.total, d.low, d.high FROM profile_event_day_numbers d WHERE ${where.join(" AND ")}`
      : `SELECT d.profile_id, d.event_count AS n FROM profile_event_days d WHERE ${where.join(" AND ")}`;
  });
}

/**
 * The whole UTC days of the window from a per-day rollup (`daily`, given the conditions on its day column), plus
 * the raw events of the partial days at either end; a window inside one day reads only raw events. For counts, a
 * partial day is read the cheaper way: its own part raw, or, when the part outside the window is the shorter (the
 * common "in the last N days" ends late in today, whose events are mostly before now), the day's rollup row minus
 * the raw events of that outside part (usually none: it lies in the future). Exact either way.
 */
function byDay(
  ctx: CompileContext,
  spec: EventRowsSpec,
  daily: (forProfile: boolean, days: (column: string) => string[]) => string,
): EventSource {
  const { from, to } = spec.range;
  let firstDay = from ? nextDayStart(from) : null;
  let endDay = to ? dayStart(to) : null;
  if (firstDay && endDay && firstDay >= endDay)
    return { rows: (forProfile) => rawRows(ctx, spec, spec.range, forProfile), onePerProfile: false };
  const counting = spec.measure.kind === "count";
  const added: TimeRange[] = [];
  const subtracted: TimeRange[] = [];
  if (from && firstDay && from < firstDay) {
    const before = dayStart(from);
    if (counting && from.getTime() - before.getTime() < firstDay.getTime() - from.getTime()) {
      subtracted.push({ from: before, to: from });
      firstDay = before;
    } else added.push({ from, to: firstDay });
  }
  if (to && endDay && endDay < to) {
    const after = nextDayStart(to);
    if (counting && after.getTime() - to.getTime() < to.getTime() - endDay.getTime()) {
      subtracted.push({ from: to, to: after });
      endDay = after;
    } else added.push({ from: endDay, to });
  }
  const start = firstDay;
  const end = endDay;
  const days = (column: string) => [
    ...(start ? [`${column} >= ${ctx.params.add(isoDay(start), "date")}`] : []),
    ...(end ? [`${column} < ${ctx.params.add(isoDay(end), "date")}`] : []),
  ];
  return {
    onePerProfile: false,
    ...(subtracted.length ? { signed: true } : {}),
    rows: (forProfile) =>
      [
        daily(forProfile, days),
        ...added.map((edge) => rawRows(ctx, spec, edge, forProfile)),
        ...subtracted.map((edge) => `SELECT x.profile_id, -x.n AS n FROM (${rawRows(ctx, spec, edge, forProfile)}) x`),
      ].join("\n    UNION ALL "),
  };
}
