import type { RuleGroup } from "@mosaic/shared";
import { z } from "zod";
import { compileAudience, compileForProfiles, queryRows, type Catalog, type SqlRunner } from "../audiences/index.js";

/** Full refreshes and real-time updates of one audience serialise on this lock, so sizes add up. */
const LOCK_CLASS = 727003;

export type RefreshCounts = { entered: number; exited: number };

const counts = z.object({ entered: z.number(), exited: z.number(), size: z.number().nullable() });

/**
 * Writes the difference between `target` (a query of member ids, `$1` the workspace) and the stored members:
 * deletes and inserts members and logs each as an exit or entry at `$at`, all in one statement. `scope`
 * restricts the stored members compared (a real-time update looks only at the profiles it evaluated).
 */
function diffSql(target: string, segment: string, at: string, scope: string, full: boolean): string {
  return `
    WITH target AS MATERIALIZED (${target}),
    gone AS (
      DELETE FROM segment_members m
      WHERE m.segment_id = ${segment} ${scope}
        AND NOT EXISTS (SELECT 1 FROM target t WHERE t.id = m.profile_id)
      RETURNING m.profile_id
    ),
    added AS (
      INSERT INTO segment_members (segment_id, profile_id, workspace_id, entered_at)
      SELECT ${segment}, t.id, $1::uuid, ${at} FROM target t
      WHERE NOT EXISTS (SELECT 1 FROM segment_members m WHERE m.segment_id = ${segment} AND m.profile_id = t.id)
      ORDER BY t.id
      RETURNING profile_id
    ),
    logged AS (
      INSERT INTO segment_membership_changes (profile_id, segment_id, workspace_id, kind, at)
      SELECT profile_id, ${segment}, $1::uuid, 'exited', ${at} FROM gone
      UNION ALL
      SELECT profile_id, ${segment}, $1::uuid, 'entered', ${at} FROM added
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM added)::int AS entered, (SELECT count(*) FROM gone)::int AS exited,
           ${full ? "(SELECT count(*) FROM target)::int" : "NULL::int"} AS size,
           (SELECT count(*) FROM logged)::int AS logged`;
}

async function lockSegment(db: SqlRunner, segmentId: string) {
  await db.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS}, hashtext($1))`, [segmentId]);
}

async function recordSize(db: SqlRunner, workspaceId: string, segmentId: string, at: Date, full: boolean) {
  await db.query(
    `INSERT INTO segment_size_history (segment_id, workspace_id, at, size)
     SELECT id, workspace_id, $3, size FROM segments WHERE workspace_id = $1 AND id = $2 AND size IS NOT NULL`,
    [workspaceId, segmentId, at],
  );
  if (full) await db.query(`UPDATE segments SET refreshed_at = $2 WHERE id = $1`, [segmentId, at]);
}

/**
 * Re-evaluates a saved audience over the whole workspace, set-based, inside the caller's transaction: the
 * compiled query feeds one INSERT / DELETE diff, then the size and a size point.
 */
export async function refreshMembershipIn(
  db: SqlRunner,
  segment: { id: string; workspaceId: string; rules: RuleGroup },
  catalog: Catalog,
  now: Date,
): Promise<RefreshCounts & { size: number }> {
  const compiled = compileAudience(segment.rules, catalog, { workspaceId: segment.workspaceId, now });
  const n = compiled.params.length;
  await lockSegment(db, segment.id);
  const [row] = await queryRows(
    db,
    diffSql(compiled.sql, `$${n + 1}::uuid`, `$${n + 2}::timestamptz`, "", true),
    [...compiled.params, segment.id, now.toISOString()],
    counts,
  );
  const size = row?.size ?? 0;
  await db.query(`UPDATE segments SET size = $2 WHERE id = $1`, [segment.id, size]);
  await recordSize(db, segment.workspaceId, segment.id, now, true);
  return { entered: row?.entered ?? 0, exited: row?.exited ?? 0, size };
}

/**
 * Re-evaluates a saved audience for some profiles only (those whose data just changed), inside the caller's
 * transaction. Profiles that no longer exist (merged away) leave it; the size moves by the difference.
 */
export async function refreshMembersIn(
  db: SqlRunner,
  segment: { id: string; workspaceId: string; rules: RuleGroup },
  catalog: Catalog,
  profileIds: readonly string[],
  now: Date,
): Promise<RefreshCounts> {
  const probe = compileForProfiles(segment.rules, catalog, { workspaceId: segment.workspaceId, now, profileIds });
  const n = probe.params.length;
  const target = `SELECT e.id FROM (${probe.sql}) e WHERE e.member`;
  await lockSegment(db, segment.id);
  const [row] = await queryRows(
    db,
    diffSql(target, `$${n + 1}::uuid`, `$${n + 2}::timestamptz`, `AND m.profile_id = ANY(${probe.ids})`, false),
    [...probe.params, segment.id, now.toISOString()],
    counts,
  );
  const result = { entered: row?.entered ?? 0, exited: row?.exited ?? 0 };
  if (result.entered === 0 && result.exited === 0) return result;
  await db.query(`UPDATE segments SET size = size + $2 WHERE id = $1 AND size IS NOT NULL`, [
    segment.id,
    result.entered - result.exited,
  ]);
  await recordSize(db, segment.workspaceId, segment.id, now, false);
  return result;
}
