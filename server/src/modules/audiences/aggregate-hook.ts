import type { ProfileHook } from "../identity/index.js";
import { applyEventAggregates, rebuildAggregatesIn } from "./aggregates.js";

/**
 * Keeps the per-profile aggregates (and the catalog's event names and property keys) current inside the
 * ingestion and split transactions. Profiles whose events moved (merge, split) are rebuilt from their events,
 * which already include this batch's; every other profile gets just the batch's events added.
 */
export const aggregateHook: ProfileHook = {
  async afterBatch(client, change) {
    const moved = new Set(change.merged.flatMap((m) => [m.loserId, m.holderId]));
    // The exclusive rebuild lock first: taking it after the shared one could deadlock two merging batches.
    if (moved.size > 0) await rebuildAggregatesIn(client, change.workspaceId, { profileIds: [...moved] });
    await applyEventAggregates(
      client,
      change.events.filter((e) => !moved.has(e.profileId)).map((e) => ({ workspaceId: change.workspaceId, ...e })),
    );
  },
  async afterSplit(client, change) {
    await rebuildAggregatesIn(client, change.workspaceId, {
      profileIds: [change.restoredProfileId, change.fromProfileId],
    });
  },
};
