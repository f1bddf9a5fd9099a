import type { ProfileHook } from "../identity/index.js";
import { applyEventAggregates, foldMergedAggregates, rebuildAggregatesIn } from "./aggregates.js";

/**
 * Keeps the per-profile aggregates (and the catalog's event names and property keys) current inside the
 * ingestion and split transactions. A merge folds the loser's aggregates into its holder's, then the batch's
 * events are added, all under the shared lock: batches run side by side even when they merge. A split moves
 * only some events, so both profiles are rebuilt from their events.
 */
export const aggregateHook: ProfileHook = {
  async afterBatch(client, change) {
    await foldMergedAggregates(client, change.workspaceId, change.merged);
    await applyEventAggregates(
      client,
      change.events.map((e) => ({ workspaceId: change.workspaceId, ...e })),
    );
  },
  async afterSplit(client, change) {
    await rebuildAggregatesIn(client, change.workspaceId, {
      profileIds: [change.restoredProfileId, change.fromProfileId],
    });
  },
};
