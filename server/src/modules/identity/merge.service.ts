import type { DataSource } from "typeorm";
import { AppError, badInput, notFound } from "../../engine/errors.js";
import type { Identifier } from "./identifiers.js";
import { workspaceLockKey } from "./identity-locks.js";
import { inTransaction } from "./pg-transaction.js";
import type { ProfileHooks } from "./profile-hooks.js";
import { moveProfileRows } from "./profile-rows.js";
import { revertTraits, type TraitMeta } from "./traits.js";
import { UUID } from "../../engine/ids.js";

type MergeRow = {
  id: string;
  winner_id: string;
  loser_id: string;
  rule: string;
  linked_by: Array<Identifier & { side: string }>;
  source_id: string | null;
  message_id: string | null;
  merged_at: Date;
  loser_created_at: Date;
  loser_first_seen_at: Date;
  loser_last_seen_at: Date;
  loser_merge_count: number;
  loser_traits: Record<string, unknown>;
  loser_trait_meta: TraitMeta;
  loser_identities: Identifier[];
  loser_event_ids: string[];
  loser_history_ids: string[];
  winner_traits: Record<string, unknown>;
  winner_trait_meta: TraitMeta;
  undone_at: Date | null;
};

type ListRow = Pick<
  MergeRow,
  "id" | "winner_id" | "loser_id" | "rule" | "linked_by" | "source_id" | "message_id" | "merged_at" | "undone_at"
> & { loser_events: number; source_name: string | null; merged_key: string };

export type MergeSummary = {
  id: string;
  winnerId: string;
  loserId: string;
  rule: string;
  linkedBy: Array<Identifier & { side: string }>;
  sourceId: string | null;
  sourceName: string | null;
  messageId: string | null;
  mergedAt: Date;
  undoneAt: Date | null;
  loserEvents: number;
  /** merged_at at full (microsecond) precision, for keyset paging: a Date would round it to milliseconds. */
  mergedKey: string;
};

/** Where the next page starts: the last merge of the previous one. */
export type MergeCursor = { mergedKey: string; id: string };

export type SplitResult = { mergeId: string; restoredProfileId: string; fromProfileId: string };

const MAX_CHAIN = 1000;
/** PostgreSQL's ISO text of a timestamptz, as merged_at::text gives it. */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function toSummary(r: ListRow): MergeSummary {
  return {
    id: r.id,
    winnerId: r.winner_id,
    loserId: r.loser_id,
    rule: r.rule,
    linkedBy: r.linked_by,
    sourceId: r.source_id,
    sourceName: r.source_name,
    messageId: r.message_id,
    mergedAt: r.merged_at,
    undoneAt: r.undone_at,
    loserEvents: r.loser_events,
    mergedKey: r.merged_key,
  };
}

/** The merge history of a workspace and its undo. */
export class MergeService {
  constructor(
    private readonly db: DataSource,
    private readonly hooks: ProfileHooks,
  ) {}

  /** Newest first; with a profile id, the merges that profile absorbed or lost. */
  async list(
    workspaceId: string,
    options: { profileId?: string; first?: number; after?: MergeCursor } = {},
  ): Promise<MergeSummary[]> {
    const first = options.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput("first", "must be from 1 to 500");
    if (options.profileId !== undefined && !UUID.test(options.profileId))
      throw badInput("profileId", "is not a profile id (a UUID)");
    const params: unknown[] = [workspaceId];
    const byProfile = options.profileId
      ? ` AND (m.winner_id = $${params.push(options.profileId)} OR m.loser_id = $${params.length})`
      : "";
    const after = options.after;
    if (after && (!UUID.test(after.id) || !TIMESTAMP_TEXT.test(after.mergedKey)))
      throw badInput("after", "is not a valid cursor");
    const afterKey = after
      ? ` AND (m.merged_at, m.id) < ($${params.push(after.mergedKey)}::timestamptz, $${params.push(after.id)}::uuid)`
      : "";
    const rows: ListRow[] = await this.db.query(
      `SELECT m.id, m.winner_id, m.loser_id, m.rule, m.linked_by, m.source_id, m.message_id, m.merged_at,
              m.merged_at::text AS merged_key, m.undone_at, cardinality(m.loser_event_ids)::int AS loser_events,
              s.name AS source_name
         FROM profile_merges m LEFT JOIN sources s ON s.id = m.source_id
        WHERE m.workspace_id = $1${byProfile}${afterKey}
        ORDER BY m.merged_at DESC, m.id DESC LIMIT ${first}`,
      params,
    );
    return rows.map(toSummary);
  }

  /** The merges each profile absorbed or lost, newest first (at most `first` each), in one query for all of them. */
  async listForProfiles(workspaceId: string, profileIds: readonly string[], first = 100): Promise<MergeSummary[][]> {
    const rows: Array<ListRow & { profile_id: string }> = await this.db.query(
      `SELECT p.id::text AS profile_id, x.* FROM unnest($2::uuid[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT m.id, m.winner_id, m.loser_id, m.rule, m.linked_by, m.source_id, m.message_id, m.merged_at,
                  m.merged_at::text AS merged_key, m.undone_at, cardinality(m.loser_event_ids)::int AS loser_events,
                  s.name AS source_name
             FROM profile_merges m LEFT JOIN sources s ON s.id = m.source_id
            WHERE m.workspace_id = $1 AND (m.winner_id = p.id OR m.loser_id = p.id)
            ORDER BY m.merged_at DESC, m.id DESC LIMIT ${first}
         ) x`,
      [workspaceId, [...profileIds]],
    );
    const byProfile = new Map<string, MergeSummary[]>();
    for (const row of rows) byProfile.set(row.profile_id, [...(byProfile.get(row.profile_id) ?? []), toSummary(row)]);
    return profileIds.map((id) => byProfile.get(id) ?? []);
  }

  /**
   * Undoes a merge: the loser comes back with its id, row, identities, events, trait history and traits as they were
   * when it was merged; the profile that holds them now (the winner, or whatever the winner was merged into since)
   * gives them up and gets back the traits the merge had taken from the loser, unless they changed since.
   * Identities and events that reached the merged profile after the merge stay where they are.
   */
  async splitMerge(workspaceId: string, mergeId: string, userId: string | null = null): Promise<SplitResult> {
    if (!UUID.test(mergeId)) throw badInput("mergeId", "is not a merge id (a UUID)");
    return inTransaction(this.db, async (client) => {
      // Exclusive on the workspace: no ingestion of this workspace runs while rows move back.
      await client.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [workspaceLockKey(workspaceId)]);
      const { rows } = await client.query<MergeRow>(
        `SELECT *, loser_event_ids::text[] AS loser_event_ids, loser_history_ids::text[] AS loser_history_ids
           FROM profile_merges WHERE workspace_id = $1 AND id = $2`,
        [workspaceId, mergeId],
      );
      const merge = rows[0];
      if (!merge) throw notFound(`Merge ${mergeId}`);
      if (merge.undone_at) throw new AppError("CONFLICT", `mergeId: merge ${mergeId} was already split`, "mergeId");

      let holder = merge.winner_id;
      for (let step = 0; step < MAX_CHAIN; step++) {
        const next = await client.query<{ winner_id: string }>(
          `SELECT winner_id FROM profile_merges
            WHERE workspace_id = $1 AND loser_id = $2 AND undone_at IS NULL ORDER BY merged_at DESC LIMIT 1`,
          [workspaceId, holder],
        );
        const winner = next.rows[0]?.winner_id;
        if (!winner) break;
        holder = winner;
      }
      const current = await client.query<{ traits: Record<string, unknown>; trait_meta: TraitMeta }>(
        `SELECT traits, trait_meta FROM profiles WHERE workspace_id = $1 AND id = $2 FOR UPDATE`,
        [workspaceId, holder],
      );
      const held = current.rows[0];
      if (!held) throw new AppError("CONFLICT", `the profile holding merge ${mergeId}'s rows no longer exists`);

      await client.query(
        `INSERT INTO profiles (id, workspace_id, traits, trait_meta, first_seen_at, last_seen_at, merge_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          merge.loser_id,
          workspaceId,
          merge.loser_traits,
          merge.loser_trait_meta,
          merge.loser_first_seen_at,
          merge.loser_last_seen_at,
          merge.loser_merge_count,
          merge.loser_created_at,
        ],
      );
      const move = [{ from: holder, to: merge.loser_id }];
      await moveProfileRows(client, "events", move, merge.loser_event_ids);
      await moveProfileRows(client, "profile_trait_history", move, merge.loser_history_ids);
      await client.query(
        `UPDATE identities i SET profile_id = $3
           FROM unnest($4::text[], $5::text[]) AS k(type, value)
          WHERE i.workspace_id = $1 AND i.profile_id = $2 AND i.type = k.type AND i.value = k.value`,
        [
          workspaceId,
          holder,
          merge.loser_id,
          merge.loser_identities.map((i) => i.type),
          merge.loser_identities.map((i) => i.value),
        ],
      );

      const traits = revertTraits(
        { traits: held.traits, meta: held.trait_meta },
        { traits: merge.winner_traits, meta: merge.winner_trait_meta },
        { traits: merge.loser_traits, meta: merge.loser_trait_meta },
      );
      await client.query(
        `UPDATE profiles p SET traits = $3, trait_meta = $4,
                merge_count = greatest(p.merge_count - $5, 0), updated_at = now(),
                first_seen_at = coalesce(s.first, p.first_seen_at), last_seen_at = coalesce(s.last, p.last_seen_at)
           FROM (SELECT min(timestamp) AS first, max(timestamp) AS last FROM events WHERE profile_id = $2) s
          WHERE p.workspace_id = $1 AND p.id = $2`,
        [workspaceId, holder, traits.traits, traits.meta, merge.loser_merge_count + 1],
      );
      await this.hooks.afterSplit(client, {
        workspaceId,
        restoredProfileId: merge.loser_id,
        fromProfileId: holder,
        eventIds: merge.loser_event_ids,
      });
      await client.query(
        `UPDATE profile_merges SET undone_at = now(), undone_by = $3 WHERE winner_id = $1 AND id = $2`,
        [merge.winner_id, mergeId, userId],
      );
      return { mergeId, restoredProfileId: merge.loser_id, fromProfileId: holder };
    });
  }
}
