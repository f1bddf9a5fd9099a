import type { DataSource } from "typeorm";
import { badInput } from "../../engine/errors.js";
import { checkFirst, decodeCursor, toConnection } from "../../engine/graphql/connection.js";
import { Event } from "./event.entity.js";
import { UUID } from "../../engine/ids.js";

export const EVENT_TYPES = ["track", "identify", "page", "screen", "group", "alias"] as const;

export type EventFilter = {
  first: number;
  after?: string | null;
  event?: string | null;
  type?: string | null;
};

type EventRow = {
  id: string;
  profile_id: string;
  workspace_id: string;
  source_id: string | null;
  message_id: string;
  type: string;
  event: string | null;
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  anonymous_id: string | null;
  user_id: string | null;
  timestamp: Date;
  received_at: Date;
};

const COLUMNS = `e.id::text AS id, e.profile_id, e.workspace_id, e.source_id, e.message_id, e.type, e.event,
  e.properties, e.context, e.anonymous_id, e.user_id, e.timestamp, e.received_at`;

function toEvent(row: EventRow): Event {
  return Object.assign(new Event(), {
    id: row.id,
    profileId: row.profile_id,
    workspaceId: row.workspace_id,
    sourceId: row.source_id,
    messageId: row.message_id,
    type: row.type,
    event: row.event,
    properties: row.properties,
    context: row.context,
    anonymousId: row.anonymous_id,
    userId: row.user_id,
    timestamp: row.timestamp,
    receivedAt: row.received_at,
  });
}

const keyOf = (e: Event) => [e.timestamp.toISOString(), e.id];

/** Builds the WHERE fragments shared by the feed and the per-profile timeline (newest first). */
function filters(filter: EventFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.type) {
    if (!(EVENT_TYPES as readonly string[]).includes(filter.type))
      throw badInput("type", `must be one of ${EVENT_TYPES.join(", ")}`);
    where.push(`e.type = $${params.push(filter.type)}`);
  }
  if (filter.event) {
    if (filter.event.length > 200) throw badInput("event", "must be at most 200 characters");
    where.push(`e.event = $${params.push(filter.event)}`);
  }
  if (filter.after) {
    const [ts, id] = decodeCursor(filter.after, ["date", "string"]);
    if (!/^\d{1,19}$/.test(String(id))) throw badInput("after", "is not a valid cursor");
    where.push(`(e.timestamp, e.id) < ($${params.push(ts)}::timestamptz, $${params.push(id)}::bigint)`);
  }
  return where;
}

export class EventService {
  constructor(private readonly db: DataSource) {}

  /** The workspace's newest events across all profiles. */
  async feed(workspaceId: string, filter: EventFilter & { profileId?: string | null }) {
    const first = checkFirst(filter.first);
    const params: unknown[] = [workspaceId];
    const where = ["e.workspace_id = $1", ...filters(filter, params)];
    if (filter.profileId && !UUID.test(filter.profileId)) throw badInput("profileId", "is not a profile id (a UUID)");
    if (filter.profileId) where.push(`e.profile_id = $${params.push(filter.profileId)}::uuid`);
    const rows: EventRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM events e WHERE ${where.join(" AND ")}
        ORDER BY e.timestamp DESC, e.id DESC LIMIT ${first + 1}`,
      params,
    );
    return toConnection(rows.map(toEvent), first, keyOf);
  }

  /** One page of events for each profile, in one query (a LATERAL join), for the profile DataLoader. */
  async pagesForProfiles(workspaceId: string, profileIds: readonly string[], filter: EventFilter) {
    const first = checkFirst(filter.first);
    const params: unknown[] = [workspaceId, [...profileIds]];
    const where = ["e.workspace_id = $1", "e.profile_id = p.id", ...filters(filter, params)];
    const rows: EventRow[] = await this.db.query(
      `SELECT x.* FROM unnest($2::uuid[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS} FROM events e WHERE ${where.join(" AND ")}
            ORDER BY e.timestamp DESC, e.id DESC LIMIT ${first + 1}
         ) x`,
      params,
    );
    const byProfile = new Map<string, Event[]>();
    for (const row of rows) {
      const list = byProfile.get(row.profile_id) ?? [];
      list.push(toEvent(row));
      byProfile.set(row.profile_id, list);
    }
    return profileIds.map((id) => toConnection(byProfile.get(id) ?? [], first, keyOf));
  }

  /** Distinct event names by a skip scan of events_name_time: cheap even over tens of millions of rows. */
  async eventNames(workspaceId: string): Promise<string[]> {
    const rows: { event: string }[] = await this.db.query(
      `WITH RECURSIVE names AS (
         (SELECT event FROM events WHERE workspace_id = $1 AND event IS NOT NULL ORDER BY event LIMIT 1)
         UNION ALL
         SELECT (SELECT e.event FROM events e WHERE e.workspace_id = $1 AND e.event > names.event
                  ORDER BY e.event LIMIT 1)
           FROM names WHERE names.event IS NOT NULL
       )
       SELECT event FROM names WHERE event IS NOT NULL LIMIT 500`,
      [workspaceId],
    );
    return rows.map((r) => r.event);
  }
}
