import DataLoader from "dataloader";
import type { MergeService } from "../identity/index.js";
import type { ActivityFilter, ProfileInsightsService, TraitHistoryFilter } from "./profile-insights.service.js";

/** Per-request batches for the profile page's fields: one query per field, whatever the number of profiles. */
export function createProfileLoaders(
  services: { profileInsights: ProfileInsightsService; merges: MergeService },
  workspaceId: string,
) {
  const insights = services.profileInsights;
  const keyed = <K, L>(make: (key: K) => L) => {
    const loaders = new Map<string, L>();
    return (key: K) => {
      const id = JSON.stringify(key);
      let loader = loaders.get(id);
      if (!loader) {
        loader = make(key);
        loaders.set(id, loader);
      }
      return loader;
    };
  };
  return {
    lifetimeValue: new DataLoader((ids: readonly string[]) => insights.lifetimeValues(workspaceId, ids)),
    traitSources: new DataLoader((ids: readonly string[]) => insights.traitSources(workspaceId, ids)),
    merges: new DataLoader((ids: readonly string[]) => services.merges.listForProfiles(workspaceId, ids)),
    eventNames: new DataLoader((ids: readonly string[]) => insights.eventNames(workspaceId, ids)),
    traitHistory: keyed(
      (filter: TraitHistoryFilter) =>
        new DataLoader((ids: readonly string[]) => insights.traitHistoryPages(workspaceId, ids, filter)),
    ),
    activity: keyed(
      (filter: ActivityFilter) =>
        new DataLoader((ids: readonly string[]) => insights.activity(workspaceId, ids, filter)),
    ),
  };
}
