import type pg from "pg";
import { graphFromStored, type IdentityGraph, type StoredIdentity, type StoredProfile } from "./identity-graph.js";
import type { Identifier } from "./identifiers.js";
import type { TraitMeta } from "./traits.js";

type IdentityRow = { type: string; value: string; profile_id: string; first_ms: number; last_ms: number };
type ProfileRow = {
  id: string;
  created_ms: number;
  first_ms: number;
  last_ms: number;
  merge_count: number;
  traits: Record<string, unknown>;
  trait_meta: TraitMeta;
};

/** Timestamps come back as epoch ms (with microseconds as the fraction): no date parsing per row. */
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The reachable part of the graph for a batch, in two statements: every identity of every profile that holds one of
 * the identifiers, then those profiles. (Identities and profiles are distributed differently on Citus, so they are
 * not joined.)
 */
export async function loadGraph(
  client: pg.ClientBase,
  workspaceId: string,
  identifiers: Identifier[],
): Promise<{ graph: IdentityGraph; identities: StoredIdentity[] }> {
  if (identifiers.length === 0) return { graph: graphFromStored([], []), identities: [] };
  const { rows: identityRows } = await client.query<IdentityRow>(
    // One primary-key probe per identifier (LATERAL … LIMIT 1) and one index lookup for the profiles: a hash join
    // would read every identity of the workspace per batch, which the planner prefers as soon as the table is hot.
    `WITH hit AS MATERIALIZED (
       SELECT DISTINCT h.profile_id
         FROM unnest($2::text[], $3::text[]) AS k(type, value)
         CROSS JOIN LATERAL (
           SELECT profile_id FROM identities
            WHERE workspace_id = $1 AND type = k.type AND value = k.value LIMIT 1) h)
     SELECT i.type, i.value, i.profile_id, ${ms("i.first_seen_at")} AS first_ms, ${ms("i.last_seen_at")} AS last_ms
       FROM identities i
      WHERE i.workspace_id = $1 AND i.profile_id = ANY(ARRAY(SELECT profile_id FROM hit))`,
    [workspaceId, identifiers.map((i) => i.type), identifiers.map((i) => i.value)],
  );
  const profileIds = [...new Set(identityRows.map((r) => r.profile_id))];
  const { rows: profileRows } =
    profileIds.length === 0
      ? { rows: [] }
      : await client.query<ProfileRow>(
          `SELECT id, ${ms("created_at")} AS created_ms, ${ms("first_seen_at")} AS first_ms,
                  ${ms("last_seen_at")} AS last_ms, merge_count, traits, trait_meta
             FROM profiles WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
          [workspaceId, profileIds],
        );
  const identities = identityRows.map((r): StoredIdentity => ({
    type: r.type,
    value: r.value,
    profileId: r.profile_id,
    firstSeenAt: r.first_ms,
    lastSeenAt: r.last_ms,
  }));
  const profiles = profileRows.map((r): StoredProfile => ({
    id: r.id,
    createdAt: r.created_ms,
    firstSeenAt: r.first_ms,
    lastSeenAt: r.last_ms,
    mergeCount: r.merge_count,
    traits: r.traits,
    traitMeta: r.trait_meta,
  }));
  return { graph: graphFromStored(profiles, identities), identities };
}
