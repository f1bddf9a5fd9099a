import { dateRange, shiftTime, type SequenceRule } from "@mosaic/shared";
import type { CompileContext, LeafSql } from "./compile-context.js";
import { eventFilters } from "./event-leaves.js";
import { eventMatch } from "./event-rows.sql.js";
import { setLeaf } from "./set-leaf.js";
import { rangeSql } from "./value-condition.sql.js";

/**
 * sequence: step 1, then step 2, ... each strictly later than the one before, all within `within` of step 1.
 *
 * Set-based, in one pass per step over the events of all steps, sorted per profile by time: working back from
 * the last step, `done` is the earliest time the remaining steps can be completed from a row (the earliest
 * completion after the next step's first later occurrence, i.e. the minimum `done` of the later rows of the next
 * step, since completion times never decrease with the start). A step-1 row matches when done ≤ its time +
 * `within`. Taking the earliest next step is optimal, so a completion is found whenever one exists.
 */
export function sequenceLeaf(ctx: CompileContext, rule: SequenceRule, path: string): LeafSql | null {
  const { steps, within, window } = rule.value;
  const checked = steps.map((step, i) => eventFilters(ctx, step.event, step.where, `${path}.value.steps.${i}`));
  if (checked.some((c) => !c.ok)) return null;
  const before = ctx.issues.length;
  checked.forEach((c) => c.filters("e"));
  if (ctx.issues.length !== before) return null;
  const range = window ? dateRange(window, ctx.now) : { from: null, to: null };
  const last = steps.length;

  /** The conditions on an event row (alias `e`) that may be step i. */
  const stepWhere = (i: number, e: string, forProfile: boolean) => {
    // Later steps happen after the window opens and at most `within` after it closes.
    const time =
      i === 0
        ? range.from || range.to
          ? [rangeSql(ctx, `${e}.timestamp`, range)]
          : []
        : [
            ...(range.from ? [`${e}.timestamp > ${ctx.params.time(range.from)}`] : []),
            ...(range.to ? [`${e}.timestamp < ${ctx.params.time(shiftTime(range.to, within, 1))}`] : []),
          ];
    return [
      `${e}.workspace_id = ${ctx.workspace}`,
      eventMatch(ctx, e, steps[i]?.event ?? ""),
      ...time,
      ...(checked[i]?.filters(e) ?? []),
      ...(forProfile ? [`${e}.profile_id = p.id`] : []),
    ];
  };

  // Two steps (the common case): a step-1 row starts a match when the same profile has a step-2 row after it and
  // within the span: a semi-join PostgreSQL runs as one hash join over the two events' index ranges, where the
  // general form below sorts both and runs a window over them.
  const pair = (forProfile: boolean) => {
    const span = ctx.params.add(`${within.amount} ${within.unit}`, "interval");
    const second = [
      ...stepWhere(1, "b", false),
      "b.profile_id = a.profile_id",
      "b.timestamp > a.timestamp",
      `b.timestamp <= a.timestamp + ${span}`,
    ];
    return `SELECT a.profile_id, a.timestamp AS started_at FROM events a WHERE ${[
      ...stepWhere(0, "a", forProfile),
      `EXISTS (SELECT 1 FROM events b WHERE ${second.join(" AND ")})`,
    ].join(" AND ")}`;
  };

  const rows = (forProfile: boolean) => {
    const span = ctx.params.add(`${within.amount} ${within.unit}`, "interval");
    const occurrences = steps.map(
      (_, i) =>
        `SELECT e.profile_id, e.timestamp AS ts, ${i + 1} AS step FROM events e WHERE ${stepWhere(i, "e", forProfile).join(" AND ")}`,
    );
    let level = `SELECT o.profile_id, o.ts, o.step, CASE WHEN o.step = ${last} THEN o.ts END AS done FROM (\n      ${occurrences.join("\n      UNION ALL ")}) o`;
    for (let step = last - 1; step >= 1; step--) {
      level = `SELECT x.profile_id, x.ts, x.step, CASE WHEN x.step = ${step}
        THEN min(CASE WHEN x.step = ${step + 1} THEN x.done END) OVER (PARTITION BY x.profile_id ORDER BY x.ts
          RANGE BETWEEN '1 microsecond' FOLLOWING AND UNBOUNDED FOLLOWING)
        ELSE x.done END AS done
      FROM (${level}) x`;
    }
    return `SELECT s.profile_id, s.ts AS started_at FROM (${level}) s WHERE s.step = 1 AND s.done <= s.ts + ${span}`;
  };

  return setLeaf(ctx, {
    rows: last === 2 && ctx.strategy === "auto" ? pair : rows,
    onePerProfile: false,
    check: { kind: "any", negate: false, display: "min(r.started_at)" },
  });
}
