import type { DataSource } from "typeorm";
import { badInput } from "../../engine/errors.js";

export type Overview = {
  profileCount: number;
  identifiedProfileCount: number;
  eventCount: number;
  sourceCount: number;
  segmentCount: number;
  lastEventAt: Date | null;
};

export type DayCount = { day: string; count: number };

export class OverviewService {
  constructor(private readonly db: DataSource) {}

  async overview(workspaceId: string): Promise<Overview> {
    const [row] = (await this.db.query(
      `SELECT
         (SELECT count(*) FROM profiles WHERE workspace_id = $1)::int AS profile_count,
         (SELECT count(DISTINCT profile_id) FROM identities WHERE workspace_id = $1 AND type IN ('user_id', 'email'))::int
           AS identified_count,
         (SELECT count(*) FROM events WHERE workspace_id = $1)::bigint AS event_count,
         (SELECT count(*) FROM sources WHERE workspace_id = $1)::int AS source_count,
         (SELECT count(*) FROM segments WHERE workspace_id = $1)::int AS segment_count,
         (SELECT max(timestamp) FROM events WHERE workspace_id = $1) AS last_event_at`,
      [workspaceId],
    )) as [
      {
        profile_count: number;
        identified_count: number;
        event_count: string;
        source_count: number;
        segment_count: number;
        last_event_at: Date | null;
      },
    ];
    return {
      profileCount: row.profile_count,
      identifiedProfileCount: row.identified_count,
      eventCount: Number(row.event_count),
      sourceCount: row.source_count,
      segmentCount: row.segment_count,
      lastEventAt: row.last_event_at,
    };
  }

  /**
   * Events per UTC day for the `days` days ending at the newest event (demo data ends in the past,
   * so "the last 30 days of activity" is more useful than "the last 30 calendar days").
   */
  async eventsPerDay(workspaceId: string, days: number): Promise<DayCount[]> {
    if (!Number.isInteger(days) || days < 1 || days > 730) throw badInput("days", "must be between 1 and 730");
    const rows: { day: string; count: string }[] = await this.db.query(
      `WITH bounds AS (
         SELECT date_trunc('day', coalesce(max(timestamp), now()) AT TIME ZONE 'UTC') AS last_day
           FROM events WHERE workspace_id = $1
       ),
       days AS (
         SELECT generate_series(last_day - make_interval(days => $2 - 1), last_day, interval '1 day') AS day FROM bounds
       )
       SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(e.id) AS count
         FROM days d
         LEFT JOIN events e ON e.workspace_id = $1
          AND e.timestamp >= d.day AT TIME ZONE 'UTC' AND e.timestamp < (d.day + interval '1 day') AT TIME ZONE 'UTC'
        GROUP BY d.day ORDER BY d.day`,
      [workspaceId, days],
    );
    return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  }
}
