import { LTV_COMPARISON_LIMITS } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { badInput } from "../../engine/errors.js";
import { UUID } from "../../engine/ids.js";

const { min: MIN_COMPARED, max: MAX_COMPARED } = LTV_COMPARISON_LIMITS;

export type AudienceLtv = {
  audienceId: string;
  name: string;
  members: number;
  /** Members with at least one order (a profile_ltv row). */
  customers: number;
  revenue: number;
  /** Historical revenue per customer; null without customers. */
  averageValue: number | null;
  averagePredictedValue12m: number | null;
  averagePAlive: number | null;
  /** Share of the audience's customers with two or more orders; null without customers. */
  repeatPurchaseRate: number | null;
};

/** 2 to 5 different audience ids, each a UUID; the error names `audienceIds` and says what is wrong. */
export function checkAudienceIds(ids: readonly string[]): string[] {
  if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED)
    throw badInput("audienceIds", `give ${MIN_COMPARED} to ${MAX_COMPARED} saved audiences (got ${ids.length})`);
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) throw badInput("audienceIds", `"${bad}" is not an audience id (a UUID)`);
  const distinct = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (distinct.length !== ids.length) throw badInput("audienceIds", "lists the same audience twice");
  return distinct;
}

type Row = {
  id: string;
  name: string;
  members: number;
  customers: number;
  revenue: number;
  average_value: number | null;
  predicted: number | null;
  p_alive: number | null;
  repeat_rate: number | null;
};

/**
 * Lifetime value of the current members of each audience, in the order asked, with one query: members from
 * segment_members, values from profile_ltv (a member without a row has no orders). Averages are per customer,
 * like the workspace overview's, so an audience of mostly non-buyers is not made to look poorer per customer.
 */
export async function compareAudienceLtv(
  db: DataSource,
  workspaceId: string,
  audienceIds: readonly string[],
): Promise<AudienceLtv[]> {
  const ids = checkAudienceIds(audienceIds);
  const rows: Row[] = await db.query(
    `SELECT s.id, s.name, count(m.profile_id)::int AS members, count(l.profile_id)::int AS customers,
            coalesce(sum(l.revenue), 0)::float8 AS revenue, avg(l.revenue)::float8 AS average_value,
            avg(l.predicted_value_12m)::float8 AS predicted, avg(l.p_alive)::float8 AS p_alive,
            avg(CASE WHEN l.orders >= 2 THEN 1 ELSE 0 END) FILTER (WHERE l.profile_id IS NOT NULL)::float8
              AS repeat_rate
       FROM unnest($2::uuid[]) WITH ORDINALITY AS asked(id, position)
       JOIN segments s ON s.id = asked.id AND s.workspace_id = $1
       LEFT JOIN segment_members m ON m.segment_id = s.id
       LEFT JOIN profile_ltv l ON l.profile_id = m.profile_id AND l.workspace_id = $1
      GROUP BY s.id, s.name, asked.position
      ORDER BY asked.position`,
    [workspaceId, ids],
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw badInput("audienceIds", `no saved audience ${missing} in this workspace`);
  return rows.map((r) => ({
    audienceId: r.id,
    name: r.name,
    members: r.members,
    customers: r.customers,
    revenue: r.revenue,
    averageValue: r.average_value,
    averagePredictedValue12m: r.predicted,
    averagePAlive: r.p_alive,
    repeatPurchaseRate: r.repeat_rate,
  }));
}
