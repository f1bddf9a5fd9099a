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

  const rows = (forProfile: boolean) => {
    const span = ctx.params.add(`${within.amount} ${within.unit}`, "interval");
    const occurrences = steps.map((step, i) => {
      // Later steps happen after the window opens and at most `within` after it closes.
      const time =
        i === 0
          ? range.from || range.to
            ? [rangeSql(ctx, "e.timestamp", range)]
            : []
          : [
              ...(range.from ? [`e.timestamp > ${ctx.params.time(range.from)}`] : []),
              ...(range.to ? [`e.timestamp < ${ctx.params.time(shiftTime(range.to, within, 1))}`] : []),
            ];
      const where = [
        `e.workspace_id = ${ctx.workspace}`,
        eventMatch(ctx, "e", step.event),
        ...time,
        ...(checked[i]?.filters("e") ?? []),
        ...(forProfile ? ["e.profile_id = p.id"] : []),
      ];
      return `SELECT e.profile_id, e.timestamp AS ts, ${i + 1} AS step FROM events e WHERE ${where.join(" AND ")}`;
    });
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
    rows,
    onePerProfile: false,
    check: { kind: "any", negate: false, display: "min(r.started_at)" },
  });
}
