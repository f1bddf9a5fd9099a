import type { RuleGroup } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { z } from "zod";
import { badInput } from "../../engine/errors.js";
import { checkFirst, decodeCursor, toConnection } from "../../engine/graphql/connection.js";
import { UUID } from "../../engine/ids.js";
import {
  compileAudience,
  loadCatalog,
  parseRuleTree,
  queryRows,
  withRulePaths,
  withTimeout,
  PREVIEW_TIMEOUT_MS,
} from "../audiences/index.js";
import { toProfile, type ProfileRow } from "../profiles/profile.service.js";
import type { Profile } from "../profiles/profile.entity.js";
import { refreshMembershipIn } from "./membership-refresh.js";
import { MembershipChangeKind } from "./membership.types.js";
import { Segment } from "./segment.entity.js";

export type MembershipChange = { profile: Profile; segment: Segment; kind: MembershipChangeKind; at: Date };
export type OverlapRegion = { audienceIds: string[]; count: number };

const changeRow = z.object({ profile_id: z.string(), segment_id: z.string(), kind: z.string(), at: z.date() });
const toKind = (kind: string) => (kind === "exited" ? MembershipChangeKind.EXITED : MembershipChangeKind.ENTERED);

/** Reads of the materialised membership, the edit impact, the overlap, and the scheduled full refresh. */
export class MembershipService {
  constructor(
    private readonly db: DataSource,
    private readonly log: (line: string) => void = console.error,
  ) {}

  /** Re-evaluates one saved audience now, in its own transaction. */
  async refresh(segment: Segment): Promise<Segment> {
    const rules = parseRuleTree(segment.rules);
    await this.db.transaction(async (m) => {
      const catalog = await loadCatalog(this.db, segment.workspaceId);
      withRulePaths("rules", () =>
        compileAudience(rules, catalog, { workspaceId: segment.workspaceId, now: new Date() }),
      );
      await refreshMembershipIn(m, { id: segment.id, workspaceId: segment.workspaceId, rules }, catalog, new Date());
    });
    return this.db.getRepository(Segment).findOneByOrFail({ id: segment.id });
  }

  /** Every saved audience of every workspace, one transaction each: time-window rules move with the clock. */
  async refreshAll(): Promise<number> {
    const segments = await this.db.getRepository(Segment).find({ order: { workspaceId: "ASC", name: "ASC" } });
    let refreshed = 0;
    for (const segment of segments) {
      try {
        await this.refresh(segment);
        refreshed += 1;
      } catch (error) {
        this.log(`Scheduled refresh of audience ${segment.id} failed: ${String(error)}`);
      }
    }
    return refreshed;
  }

  /** Current members, newest entry first. */
  async members(segment: Segment, args: { first: number; after?: string | null }) {
    const first = checkFirst(args.first);
    const params: unknown[] = [segment.id];
    let after = "";
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ["date", "string"]);
      if (!UUID.test(String(id))) throw badInput("after", "is not a valid cursor");
      after = ` AND (m.entered_at, m.profile_id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`;
    }
    const rows: Array<ProfileRow & { entered_at: Date }> = await this.db.query(
      `SELECT p.*, m.entered_at FROM segment_members m JOIN profiles p ON p.id = m.profile_id
        WHERE m.segment_id = $1${after} ORDER BY m.entered_at DESC, m.profile_id DESC LIMIT ${first + 1}`,
      params,
    );
    const entered = new Map(rows.map((r) => [r.id, r.entered_at]));
    const connection = toConnection(rows.map(toProfile), first, (p) => [
      (entered.get(p.id) ?? new Date(0)).toISOString(),
      p.id,
    ]);
    return { ...connection, totalCount: segment.size ?? 0 };
  }

  /** The size over the last `days`, at most one point per hour (the last of each). */
  async sizeHistory(segment: Segment, days: number): Promise<Array<{ at: Date; size: number }>> {
    if (!Number.isInteger(days) || days < 1 || days > 3660) throw badInput("days", "must be from 1 to 3660");
    return queryRows(
      this.db,
      `SELECT at, size FROM (
         SELECT DISTINCT ON (date_trunc('hour', at)) at, size FROM segment_size_history
          WHERE segment_id = $1 AND at >= now() - make_interval(days => $2)
          ORDER BY date_trunc('hour', at), at DESC, id DESC) h
        ORDER BY at`,
      [segment.id, days],
      z.object({ at: z.date(), size: z.number() }),
    );
  }

  /** Entries and exits, newest first, of one audience or of one profile. */
  async changes(
    workspaceId: string,
    of: { segmentId: string } | { profileId: string },
    first: number,
  ): Promise<MembershipChange[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput("first", "must be from 1 to 500");
    const [column, id] = "segmentId" in of ? ["segment_id", of.segmentId] : ["profile_id", of.profileId];
    const rows = await queryRows(
      this.db,
      `SELECT c.profile_id, c.segment_id, c.kind, c.at FROM segment_membership_changes c
        WHERE c.workspace_id = $1 AND c.${column} = $2
          AND EXISTS (SELECT 1 FROM profiles p WHERE p.id = c.profile_id)
        ORDER BY c.at DESC, c.id DESC LIMIT $3`,
      [workspaceId, id, first],
      changeRow,
    );
    const [profiles, segments] = await Promise.all([
      this.profilesById(rows.map((r) => r.profile_id)),
      this.segmentsById(
        workspaceId,
        rows.map((r) => r.segment_id),
      ),
    ]);
    return rows.flatMap((r) => {
      const profile = profiles.get(r.profile_id);
      const segment = segments.get(r.segment_id);
      return profile && segment ? [{ profile, segment, kind: toKind(r.kind), at: r.at }] : [];
    });
  }

  /** For each profile id, the saved audiences it is in now (for a DataLoader). */
  async audiencesOf(workspaceId: string, profileIds: readonly string[]) {
    const rows = await queryRows(
      this.db,
      `SELECT profile_id, segment_id, entered_at FROM segment_members
        WHERE workspace_id = $1 AND profile_id = ANY($2::uuid[]) ORDER BY entered_at DESC`,
      [workspaceId, [...profileIds]],
      z.object({ profile_id: z.string(), segment_id: z.string(), entered_at: z.date() }),
    );
    const segments = await this.segmentsById(
      workspaceId,
      rows.map((r) => r.segment_id),
    );
    return profileIds.map((id) =>
      rows.flatMap((r) => {
        const segment = segments.get(r.segment_id);
        return r.profile_id === id && segment ? [{ segment, enteredAt: r.entered_at }] : [];
      }),
    );
  }

  /** Who would enter, leave and stay if the audience had `rules` (against its materialised members). */
  async impact(segment: Segment, rules: RuleGroup) {
    const catalog = await loadCatalog(this.db, segment.workspaceId);
    const audiences = catalog.audiences.map((a) => (a.id === segment.id ? { ...a, rules } : a));
    const compiled = withRulePaths("rules", () =>
      compileAudience(rules, { ...catalog, audiences }, { workspaceId: segment.workspaceId, now: new Date() }),
    );
    const sql = `SELECT count(*) FILTER (WHERE c.profile_id IS NULL)::int AS entering,
        count(*) FILTER (WHERE n.id IS NULL)::int AS leaving,
        count(*) FILTER (WHERE n.id IS NOT NULL AND c.profile_id IS NOT NULL)::int AS staying
      FROM (${compiled.sql}) n
      FULL JOIN (SELECT profile_id FROM segment_members WHERE segment_id = $${compiled.params.length + 1}::uuid) c
        ON c.profile_id = n.id`;
    const [row] = await withTimeout(this.db, PREVIEW_TIMEOUT_MS, (m) =>
      queryRows(
        m,
        sql,
        [...compiled.params, segment.id],
        z.object({ entering: z.number(), leaving: z.number(), staying: z.number() }),
      ),
    );
    return row ?? { entering: 0, leaving: 0, staying: 0 };
  }

  /** Exact Venn regions of 2 or 3 audiences: members of exactly these audiences and of none of the others. */
  async overlap(segments: Segment[]): Promise<OverlapRegion[]> {
    const ids = segments.map((s) => s.id);
    const rows = await queryRows(
      this.db,
      `SELECT ids, count(*)::int AS count FROM (
         SELECT array_agg(segment_id::text ORDER BY segment_id) AS ids FROM segment_members
          WHERE segment_id = ANY($1::uuid[]) GROUP BY profile_id) x
        GROUP BY ids`,
      [ids],
      z.object({ ids: z.array(z.string()), count: z.number() }),
    );
    const counts = new Map(rows.map((r) => [[...r.ids].sort().join(","), r.count]));
    const regions: OverlapRegion[] = [];
    for (let mask = 1; mask < 1 << ids.length; mask++) {
      const audienceIds = ids.filter((_, i) => mask & (1 << i));
      regions.push({ audienceIds, count: counts.get([...audienceIds].sort().join(",")) ?? 0 });
    }
    return regions;
  }

  private async profilesById(ids: string[]): Promise<Map<string, Profile>> {
    if (ids.length === 0) return new Map();
    const rows: ProfileRow[] = await this.db.query(`SELECT * FROM profiles WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((r) => [r.id, toProfile(r)]));
  }

  private async segmentsById(workspaceId: string, ids: string[]): Promise<Map<string, Segment>> {
    if (ids.length === 0) return new Map();
    const segments = await this.db
      .getRepository(Segment)
      .createQueryBuilder("s")
      .where("s.workspace_id = :workspaceId AND s.id = ANY(:ids)", { workspaceId, ids: [...new Set(ids)] })
      .getMany();
    return new Map(segments.map((s) => [s.id, s]));
  }
}
