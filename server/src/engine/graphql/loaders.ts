import DataLoader from "dataloader";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../services.js";
import type { EventFilter } from "../../modules/events/event.service.js";
import { createProfileLoaders } from "../../modules/profiles/profile-loaders.js";

/** Per-request batching, so a page of profiles costs one query per relation, never one per profile. */
export function createLoaders(services: Services, viewer: Viewer | null) {
  const workspaceId = viewer?.workspaceId ?? "";
  const eventPages = new Map<string, ReturnType<typeof eventPageLoader>>();
  function eventPageLoader(filter: EventFilter) {
    return new DataLoader((ids: readonly string[]) => services.events.pagesForProfiles(workspaceId, ids, filter));
  }
  return {
    identities: new DataLoader((ids: readonly string[]) => services.profiles.identitiesByProfile(ids)),
    profileAudiences: new DataLoader((ids: readonly string[]) => services.memberships.audiencesOf(workspaceId, ids)),
    profile: createProfileLoaders(services, workspaceId),
    sourceStats: new DataLoader((ids: readonly string[]) => services.sources.statsFor(ids)),
    eventPage(filter: EventFilter) {
      const key = JSON.stringify([filter.first, filter.after ?? null, filter.event ?? null, filter.type ?? null]);
      let loader = eventPages.get(key);
      if (!loader) {
        loader = eventPageLoader(filter);
        eventPages.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
