import type { ProfileHook } from "../identity/index.js";
import type { SqlRunner } from "../audiences/index.js";

async function markPending(db: SqlRunner, workspaceId: string, profileIds: Iterable<string>) {
  const ids = [...new Set(profileIds)];
  if (ids.length === 0) return;
  await db.query(
    `INSERT INTO segment_pending_profiles (profile_id, workspace_id) SELECT unnest($2::uuid[]), $1::uuid`,
    [workspaceId, ids],
  );
}

/**
 * Ingestion only notes which profiles changed (one append, no lock on anything shared), inside its own
 * transaction; the membership worker re-evaluates the saved audiences for them about a second later.
 * Merged-away profiles are noted too, so their memberships are removed and the sizes corrected.
 */
export const membershipHook: ProfileHook = {
  async afterBatch(client, change) {
    await markPending(client, change.workspaceId, [
      ...change.events.map((e) => e.profileId),
      ...change.merged.flatMap((m) => [m.loserId, m.holderId]),
    ]);
  },
  async afterSplit(client, change) {
    await markPending(client, change.workspaceId, [change.restoredProfileId, change.fromProfileId]);
  },
};
