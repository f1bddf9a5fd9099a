import { identifierKey } from "./identifiers.js";
import type { TraitMeta, TraitState } from "./traits.js";

/** Times are epoch milliseconds throughout the resolver. */
export type IdentityNode = {
  type: string;
  value: string;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Created by this batch (inserted), as opposed to stored. */
  isNew: boolean;
  /** last_seen_at as stored: it is rewritten only when it moves by SEEN_PRECISION_MS or more. */
  storedLastSeenAt: number;
  /** A stored identity whose first/last seen must be written. */
  changed: boolean;
};

/**
 * identities.last_seen_at is kept to the hour: rewriting the row for every message would cost an UPDATE per
 * identifier per batch for information that limit windows (days) do not need more precisely.
 */
export const SEEN_PRECISION_MS = 3_600_000;

export type ProfileNode = {
  id: string;
  isNew: boolean;
  createdAt: number;
  /** Tie-break for "the oldest wins" among profiles created at the same instant: creation order. */
  createdSeq: number;
  firstSeenAt: number;
  lastSeenAt: number;
  mergeCount: number;
  traits: TraitState;
  identities: Map<string, IdentityNode>;
  /** Stored profiles whose rows now belong here: itself if stored, and every stored profile merged into it. */
  stored: string[];
  /** This batch's events resolved here (their ids are allocated before resolution). */
  eventIds: string[];
  /** Indexes of this batch's trait history rows resolved here. */
  history: number[];
  /** A stored profile whose row must be rewritten; traitsChanged says whether traits are part of it. */
  changed: boolean;
  traitsChanged: boolean;
};

/** The part of the identity graph a batch can reach: its identifiers' profiles, with all their identifiers. */
export type IdentityGraph = { owner: Map<string, string>; profiles: Map<string, ProfileNode> };

/** As loaded for resolution. Times are epoch ms, with microseconds as the fraction (profiles created in one batch differ by microseconds). */
export type StoredIdentity = {
  type: string;
  value: string;
  profileId: string;
  firstSeenAt: number;
  lastSeenAt: number;
};
export type StoredProfile = {
  id: string;
  createdAt: number;
  firstSeenAt: number;
  lastSeenAt: number;
  mergeCount: number;
  traits: Record<string, unknown>;
  traitMeta: TraitMeta;
};

export function emptyGraph(): IdentityGraph {
  return { owner: new Map(), profiles: new Map() };
}

export function graphFromStored(profiles: StoredProfile[], identities: StoredIdentity[]): IdentityGraph {
  const graph = emptyGraph();
  for (const p of profiles) {
    graph.profiles.set(p.id, {
      id: p.id,
      isNew: false,
      createdAt: p.createdAt,
      createdSeq: 0,
      firstSeenAt: p.firstSeenAt,
      lastSeenAt: p.lastSeenAt,
      mergeCount: p.mergeCount,
      traits: { traits: p.traits, meta: p.traitMeta },
      identities: new Map(),
      stored: [p.id],
      eventIds: [],
      history: [],
      changed: false,
      traitsChanged: false,
    });
  }
  for (const i of identities) {
    const profile = graph.profiles.get(i.profileId);
    // An identity whose profile row is missing cannot be resolved to; it is treated as unknown.
    if (!profile) continue;
    const key = identifierKey(i.type, i.value);
    graph.owner.set(key, profile.id);
    profile.identities.set(key, {
      type: i.type,
      value: i.value,
      firstSeenAt: i.firstSeenAt,
      lastSeenAt: i.lastSeenAt,
      storedLastSeenAt: i.lastSeenAt,
      isNew: false,
      changed: false,
    });
  }
  return graph;
}
