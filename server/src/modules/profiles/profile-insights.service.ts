import type { DataSource } from "typeorm";
import { badInput, notFound } from "../../engine/errors.js";
import { checkFirst, decodeCursor, toConnection } from "../../engine/graphql/connection.js";
import { UUID } from "../../engine/ids.js";
import type {
  ProfileActivity,
  ProfileEventName,
  ProfileLifetimeValue,
  ProfileLocation,
  TraitChangeType,
  TraitSource,
} from "./profile-insights.types.js";

export type TraitHistoryFilter = { first: number; after?: string | null; key?: string | null };
export type ActivityFilter = { days: number; event?: string | null };

export const MAX_ACTIVITY_DAYS = 731;
const MAX_MERGE_CHAIN = 1000;
/** PostgreSQL's text of a timestamptz (at::text): full microsecond precision for keyset paging. */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function groupBy<T>(ids: readonly string[], rows: T[], idOf: (row: T) => string): T[][] {
  const byId = new Map<string, T[]>();
  for (const row of rows) {
    const list = byId.get(idOf(row));
    if (list) list.push(row);
    else byId.set(idOf(row), [row]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

type LtvRow = {
  profile_id: string;
  orders: number;
  revenue: string;
  first_order_on: string;
  last_order_on: string;
  p_alive: number | null;
  expected_purchases_52w: number | null;
  predicted_value_12m: number | null;
  currency: string | null;
  updated_at: Date;
};

type TraitSourceRow = {
  profile_id: string;
  key: string;
  at: string | null;
  source_id: string | null;
  source_name: string | null;
  message_id: string | null;
};

type HistoryRow = {
  profile_id: string;
  id: string;
  key: string;
  value: unknown;
  at: Date;
  at_key: string;
  source_id: string | null;
  source_name: string | null;
  message_id: string | null;
  applied: boolean;
  recorded_at: Date;
};

/**
 * Per-profile read models of the profile page: lifetime value, trait provenance and history, event names, daily
 * activity and where a merged-away id lives now. Every list method answers for many profiles in one query, in the
 * order of the ids given (DataLoader batches).
 */
export class ProfileInsightsService {
  constructor(private readonly db: DataSource) {}

  async lifetimeValues(workspaceId: string, ids: readonly string[]): Promise<Array<ProfileLifetimeValue | null>> {
    const rows: LtvRow[] = await this.db.query(
      `SELECT l.profile_id, l.orders, l.revenue::text AS revenue, l.first_order_at::text AS first_order_on,
              l.last_order_at::text AS last_order_on, l.p_alive, l.expected_purchases_52w, l.predicted_value_12m,
              m.currency, l.updated_at
         FROM profile_ltv l LEFT JOIN ltv_models m ON m.id = l.model_id
        WHERE l.workspace_id = $1 AND l.profile_id = ANY($2::uuid[])`,
      [workspaceId, [...ids]],
    );
    return groupBy(ids, rows, (r) => r.profile_id).map(([row]) =>
      row
        ? {
            orders: row.orders,
            revenue: Number(row.revenue),
            firstOrderOn: row.first_order_on,
            lastOrderOn: row.last_order_on,
            pAlive: row.p_alive,
            expectedPurchases12m: row.expected_purchases_52w,
            predictedValue12m: row.predicted_value_12m,
            currency: row.currency,
            updatedAt: row.updated_at,
          }
        : null,
    );
  }

  /** Provenance of every current trait, from profiles.trait_meta, keys in alphabetical order. */
  async traitSources(workspaceId: string, ids: readonly string[]): Promise<TraitSource[][]> {
    const rows: TraitSourceRow[] = await this.db.query(
      `SELECT p.id AS profile_id, m.key, m.value->>'at' AS at, m.value->>'sourceId' AS source_id,
              s.name AS source_name, m.value->>'messageId' AS message_id
         FROM profiles p CROSS JOIN LATERAL jsonb_each(p.trait_meta) AS m(key, value)
         LEFT JOIN sources s ON s.id::text = m.value->>'sourceId'
        WHERE p.workspace_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY p.id, m.key`,
      [workspaceId, [...ids]],
    );
    return groupBy(ids, rows, (r) => r.profile_id).map((list) =>
      list.map((r) => ({
        key: r.key,
        at: r.at && !Number.isNaN(Date.parse(r.at)) ? new Date(r.at) : null,
        sourceId: r.source_id,
        sourceName: r.source_name,
        messageId: r.message_id,
      })),
    );
  }

  /** Every value received for the profiles' traits (or one trait), newest message first, one page per profile. */
  async traitHistoryPages(workspaceId: string, ids: readonly string[], filter: TraitHistoryFilter) {
    const first = checkFirst(filter.first);
    const params: unknown[] = [workspaceId, [...ids]];
    const where = ["h.profile_id = p.id", "h.workspace_id = $1"];
    if (filter.key != null) {
      if (filter.key.length > 200) throw badInput("key", "must be at most 200 characters");
      where.push(`h.key = $${params.push(filter.key)}`);
    }
    if (filter.after) {
      const [atKey, id] = decodeCursor(filter.after, ["string", "string"]);
      if (!TIMESTAMP_TEXT.test(String(atKey)) || !/^\d{1,19}$/.test(String(id)))
        throw badInput("after", "is not a valid cursor");
      where.push(`(h.at, h.id) < ($${params.push(atKey)}::timestamptz, $${params.push(id)}::bigint)`);
    }
    const rows: HistoryRow[] = await this.db.query(
      `SELECT x.* FROM unnest($2::uuid[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT h.profile_id, h.id::text AS id, h.key, h.value, h.at, h.at::text AS at_key, h.source_id,
                  s.name AS source_name, h.message_id, h.applied, h.recorded_at
             FROM profile_trait_history h LEFT JOIN sources s ON s.id = h.source_id
            WHERE ${where.join(" AND ")}
            ORDER BY h.at DESC, h.id DESC LIMIT ${first + 1}
         ) x`,
      params,
    );
    return groupBy(ids, rows, (r) => r.profile_id).map((list) =>
      toConnection(
        list.map((r) => ({ ...toChange(r), atKey: r.at_key })),
        first,
        (c) => [c.atKey, c.id],
      ),
    );
  }

  /** The distinct event names each profile sent, most frequent first. */
  async eventNames(workspaceId: string, ids: readonly string[]): Promise<ProfileEventName[][]> {
    const rows: Array<{ profile_id: string; event: string; count: number }> = await this.db.query(
      `SELECT profile_id, event, count(*)::int AS count FROM events
        WHERE workspace_id = $1 AND profile_id = ANY($2::uuid[]) AND event IS NOT NULL
        GROUP BY profile_id, event ORDER BY profile_id, count DESC, event`,
      [workspaceId, [...ids]],
    );
    return groupBy(ids, rows, (r) => r.profile_id).map((list) => list.map(({ event, count }) => ({ event, count })));
  }

  /**
   * Events per UTC day over `days` days ending on each profile's last seen day, zero days included; with `event`,
   * only events of that name.
   */
  async activity(
    workspaceId: string,
    ids: readonly string[],
    { days, event }: ActivityFilter,
  ): Promise<Array<ProfileActivity | null>> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_ACTIVITY_DAYS)
      throw badInput("days", `must be between 1 and ${MAX_ACTIVITY_DAYS}`);
    if (event != null && event.length > 200) throw badInput("event", "must be at most 200 characters");
    const rows: Array<{ profile_id: string; day: string; events: number }> = await this.db.query(
      `WITH p AS (
         SELECT id, (last_seen_at AT TIME ZONE 'UTC')::date AS last_day FROM profiles
          WHERE workspace_id = $1 AND id = ANY($2::uuid[])
       ), counts AS (
         SELECT e.profile_id, (e.timestamp AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
           FROM p JOIN events e ON e.profile_id = p.id AND e.workspace_id = $1
            AND e.timestamp >= ((p.last_day - ($3::int - 1))::timestamp AT TIME ZONE 'UTC')
            AND e.timestamp < ((p.last_day + 1)::timestamp AT TIME ZONE 'UTC')
            AND ($4::text IS NULL OR e.event = $4)
          GROUP BY 1, 2
       )
       SELECT p.id AS profile_id, to_char(g.day, 'YYYY-MM-DD') AS day, coalesce(c.n, 0) AS events
         FROM p CROSS JOIN LATERAL generate_series(p.last_day - ($3::int - 1), p.last_day, interval '1 day') AS g(day)
         LEFT JOIN counts c ON c.profile_id = p.id AND c.day = g.day::date
        ORDER BY p.id, g.day`,
      [workspaceId, [...ids], days, event ?? null],
    );
    return groupBy(ids, rows, (r) => r.profile_id).map((list) => {
      const firstDay = list[0];
      const lastDay = list.at(-1);
      if (!firstDay || !lastDay) return null;
      return {
        from: firstDay.day,
        to: lastDay.day,
        total: list.reduce((sum, d) => sum + d.events, 0),
        days: list.map(({ day, events }) => ({ day, events })),
      };
    });
  }

  /** Follows the merges a profile id went through to the live profile that holds its data now. */
  async locate(workspaceId: string, id: string): Promise<ProfileLocation> {
    if (!UUID.test(id)) throw badInput("id", "is not a profile id (a UUID)");
    const chain: Array<{ id: string; merged_at: Date | null; live: boolean }> = await this.db.query(
      `WITH RECURSIVE chain(id, depth, merged_at) AS (
         SELECT $2::uuid, 0, NULL::timestamptz
         UNION ALL
         SELECT m.winner_id, c.depth + 1, m.merged_at FROM chain c
           CROSS JOIN LATERAL (
             SELECT winner_id, merged_at FROM profile_merges
              WHERE workspace_id = $1 AND loser_id = c.id AND undone_at IS NULL
              ORDER BY merged_at DESC LIMIT 1
           ) m
          WHERE c.depth < ${MAX_MERGE_CHAIN}
       )
       SELECT c.id::text AS id, c.merged_at,
              EXISTS (SELECT 1 FROM profiles p WHERE p.workspace_id = $1 AND p.id = c.id) AS live
         FROM chain c ORDER BY c.depth`,
      [workspaceId, id],
    );
    const current = chain.at(-1);
    if (!current?.live) throw notFound(`Profile ${id}`);
    return {
      id,
      currentId: current.id,
      mergedInto: chain.slice(1).map((step) => step.id),
      mergedAt: chain[1]?.merged_at ?? null,
    };
  }
}

function toChange(r: HistoryRow): TraitChangeType {
  return {
    id: r.id,
    key: r.key,
    value: r.value,
    at: r.at,
    sourceId: r.source_id,
    sourceName: r.source_name,
    messageId: r.message_id,
    applied: r.applied,
    recordedAt: r.recorded_at,
  };
}
