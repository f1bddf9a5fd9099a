import type pg from "pg";
import { moveProfileRows } from "./profile-rows.js";
import type { ResolutionPlan } from "./resolver.js";

const iso = (ms: number) => new Date(ms).toISOString();
const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes a resolution plan set-based: a fixed number of statements whatever the batch size (more only when the
 * batch merges profiles). Runs inside the caller's transaction, under the identity locks of every profile touched.
 */
export async function writePlan(
  client: pg.ClientBase,
  workspaceId: string,
  sourceId: string | null,
  plan: ResolutionPlan,
): Promise<void> {
  const historyIds = await allocate(client, "profile_trait_history_id_seq", plan.history.length);
  if (plan.merges.length > 0) await writeMerges(client, workspaceId, plan, historyIds);

  const fresh = plan.profiles.filter((p) => p.isNew);
  if (fresh.length > 0) {
    // clock_timestamp() per row keeps the batch's creation order in created_at ("the oldest wins" later on).
    await client.query({
      name: "mosaic_insert_profiles",
      text: `INSERT INTO profiles (id, workspace_id, traits, trait_meta, first_seen_at, last_seen_at, merge_count, created_at)
       SELECT u.id, $1, u.traits, u.meta, u.first_seen, u.last_seen, u.merges, clock_timestamp()
         FROM unnest($2::uuid[], $3::jsonb[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[], $7::int4[])
           AS u(id, traits, meta, first_seen, last_seen, merges)`,
      values: [
        workspaceId,
        fresh.map((p) => p.id),
        fresh.map((p) => json(p.traits.traits)),
        fresh.map((p) => json(p.traits.meta)),
        fresh.map((p) => iso(p.firstSeenAt)),
        fresh.map((p) => iso(p.lastSeenAt)),
        fresh.map((p) => p.mergeCount),
      ],
    });
  }

  const stored = plan.profiles.filter((p) => !p.isNew);
  if (stored.length > 0) {
    await client.query({
      name: "mosaic_update_profiles",
      text: `UPDATE profiles p
          SET traits = coalesce(u.traits, p.traits), trait_meta = coalesce(u.meta, p.trait_meta),
              first_seen_at = u.first_seen, last_seen_at = u.last_seen, merge_count = u.merges, updated_at = now()
         FROM unnest($2::uuid[], $3::jsonb[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[], $7::int4[])
           AS u(id, traits, meta, first_seen, last_seen, merges)
        WHERE p.workspace_id = $1 AND p.id = u.id AND p.id = ANY($2::uuid[])`,
      values: [
        workspaceId,
        stored.map((p) => p.id),
        stored.map((p) => (p.traitsChanged ? json(p.traits.traits) : null)),
        stored.map((p) => (p.traitsChanged ? json(p.traits.meta) : null)),
        stored.map((p) => iso(p.firstSeenAt)),
        stored.map((p) => iso(p.lastSeenAt)),
        stored.map((p) => p.mergeCount),
      ],
    });
  }

  const inserted = plan.newIdentities;
  if (inserted.length > 0) {
    // The conflict branch only adopts an identity whose profile row is gone; under the locks nothing else can race.
    await client.query({
      name: "mosaic_insert_identities",
      text: `INSERT INTO identities (workspace_id, type, value, profile_id, source_id, first_seen_at, last_seen_at)
       SELECT $1, u.type, u.value, u.profile_id, $2, u.first_seen, u.last_seen
         FROM unnest($3::text[], $4::text[], $5::uuid[], $6::timestamptz[], $7::timestamptz[])
           AS u(type, value, profile_id, first_seen, last_seen)
       ON CONFLICT (workspace_id, type, value) DO UPDATE SET profile_id = EXCLUDED.profile_id`,
      values: [
        workspaceId,
        sourceId,
        inserted.map((i) => i.type),
        inserted.map((i) => i.value),
        inserted.map((i) => i.profileId),
        inserted.map((i) => iso(i.firstSeenAt)),
        inserted.map((i) => iso(i.lastSeenAt)),
      ],
    });
  }

  const seen = plan.seenIdentities;
  if (seen.length > 0) {
    await client.query({
      name: "mosaic_touch_identities",
      text: `UPDATE identities i SET first_seen_at = u.first_seen, last_seen_at = u.last_seen
         FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS u(type, value, first_seen, last_seen)
        WHERE i.workspace_id = $1 AND i.type = u.type AND i.value = u.value`,
      values: [
        workspaceId,
        seen.map((i) => i.type),
        seen.map((i) => i.value),
        seen.map((i) => iso(i.firstSeenAt)),
        seen.map((i) => iso(i.lastSeenAt)),
      ],
    });
  }

  if (plan.history.length > 0) {
    await client.query({
      name: "mosaic_insert_trait_history",
      text: `INSERT INTO profile_trait_history (profile_id, id, workspace_id, key, value, at, source_id, message_id, applied)
       SELECT u.profile_id, u.id, $1, u.key, u.value, u.at, u.source_id, u.message_id, u.applied
         FROM unnest($2::uuid[], $3::bigint[], $4::text[], $5::jsonb[], $6::timestamptz[], $7::uuid[], $8::text[], $9::bool[])
           AS u(profile_id, id, key, value, at, source_id, message_id, applied)`,
      values: [
        workspaceId,
        plan.history.map((h) => h.profileId),
        historyIds,
        plan.history.map((h) => h.key),
        plan.history.map((h) => json(h.value ?? null)),
        plan.history.map((h) => h.at),
        plan.history.map((h) => h.sourceId),
        plan.history.map((h) => h.messageId),
        plan.history.map((h) => h.applied),
      ],
    });
  }
}

/** Ids taken from a table's own sequence ahead of the insert, so merge records can name rows of this batch. */
export async function allocate(client: pg.ClientBase, sequence: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ ids: string[] }>({
    name: "mosaic_allocate_ids",
    text: `SELECT array_agg(nextval($1::regclass))::text[] AS ids FROM generate_series(1, $2)`,
    values: [sequence, count],
  });
  return rows[0]?.ids ?? [];
}

async function writeMerges(client: pg.ClientBase, workspaceId: string, plan: ResolutionPlan, historyIds: string[]) {
  const records = plan.merges.map((m) => ({
    id: m.id,
    winner_id: m.winnerId,
    loser_id: m.loserId,
    rule: m.rule,
    linked_by: m.linkedBy,
    source_id: m.sourceId,
    message_id: m.messageId,
    merged_at: iso(m.at),
    loser_created_at: iso(m.loser.createdAt),
    loser_first_seen_at: iso(m.loser.firstSeenAt),
    loser_last_seen_at: iso(m.loser.lastSeenAt),
    loser_merge_count: m.loser.mergeCount,
    loser_traits: m.loser.traits.traits,
    loser_trait_meta: m.loser.traits.meta,
    loser_identities: m.loser.identities,
    stored: m.loser.stored,
    event_ids: m.loser.eventIds,
    history_ids: m.loser.history.map((i) => historyIds[i]),
    winner_traits: m.winnerTraits.traits,
    winner_trait_meta: m.winnerTraits.meta,
  }));
  // The snapshot reads the stored rows before anything moves: all records first, then the moves.
  await client.query(
    `INSERT INTO profile_merges (id, workspace_id, winner_id, loser_id, rule, linked_by, source_id, message_id, merged_at,
       loser_created_at, loser_first_seen_at, loser_last_seen_at, loser_merge_count, loser_traits, loser_trait_meta,
       loser_identities, loser_event_ids, loser_history_ids, winner_traits, winner_trait_meta)
     SELECT m.id, $1, m.winner_id, m.loser_id, m.rule, m.linked_by, m.source_id, m.message_id, m.merged_at,
            coalesce((SELECT p.created_at FROM profiles p WHERE p.id = m.loser_id), m.loser_created_at),
            m.loser_first_seen_at, m.loser_last_seen_at, m.loser_merge_count, m.loser_traits,
            m.loser_trait_meta, m.loser_identities,
            coalesce((SELECT array_agg(e.id ORDER BY e.id) FROM events e WHERE e.profile_id = ANY(m.stored)), '{}')
              || m.event_ids,
            coalesce((SELECT array_agg(h.id ORDER BY h.id) FROM profile_trait_history h WHERE h.profile_id = ANY(m.stored)), '{}')
              || m.history_ids,
            m.winner_traits, m.winner_trait_meta
       FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, winner_id uuid, loser_id uuid, rule text, linked_by jsonb,
            source_id uuid, message_id text, merged_at timestamptz, loser_created_at timestamptz,
            loser_first_seen_at timestamptz, loser_last_seen_at timestamptz, loser_merge_count int, loser_traits jsonb,
            loser_trait_meta jsonb, loser_identities jsonb, stored uuid[], event_ids bigint[], history_ids bigint[],
            winner_traits jsonb, winner_trait_meta jsonb)`,
    [workspaceId, json(records)],
  );

  const moves = plan.storedLosers.map((s) => ({ from: s.loserId, to: s.holderId }));
  if (moves.length === 0) return;
  await moveProfileRows(client, "events", moves);
  await moveProfileRows(client, "profile_trait_history", moves);
  await client.query(
    `UPDATE identities i SET profile_id = m.to_id
       FROM unnest($2::uuid[], $3::uuid[]) AS m(from_id, to_id)
      WHERE i.workspace_id = $1 AND i.profile_id = m.from_id AND i.profile_id = ANY($2::uuid[])`,
    [workspaceId, moves.map((m) => m.from), moves.map((m) => m.to)],
  );
  await client.query(`DELETE FROM profiles WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [
    workspaceId,
    moves.map((m) => m.from),
  ]);
}
