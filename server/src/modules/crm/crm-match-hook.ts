import type { ProfileHook } from "../identity/index.js";
import { rematchProfiles } from "./crm-store.js";

/**
 * Keeps CRM matches on the identity graph: after a merge the records of the merged-away profile follow its
 * identifiers to the winner; after a split those of the restored profile's identifiers go back to it.
 */
export const crmMatchHook: ProfileHook = {
  async afterBatch(client, change) {
    if (change.merged.length === 0) return;
    await rematchProfiles(
      client,
      change.workspaceId,
      change.merged.flatMap((m) => [m.loserId, m.holderId]),
    );
  },
  async afterSplit(client, change) {
    await rematchProfiles(client, change.workspaceId, [change.restoredProfileId, change.fromProfileId]);
  },
};
