import type { CompiledRules } from "./compiled-rules.js";
import { SEEN_PRECISION_MS, type IdentityGraph, type IdentityNode, type ProfileNode } from "./identity-graph.js";
import { identifierKey, type Identifier } from "./identifiers.js";
import { MAX_IDENTIFIERS_PER_PROFILE, MAX_MERGES_PER_PROFILE } from "./identity-rules.schema.js";
import { applyTraits, mergeTraits, type TraitChange, type TraitState } from "./traits.js";

export type ResolverMessage = {
  identifiers: Identifier[];
  /** alias previousId: resolved to a known user_id if one exists, else taken as an anonymous_id. */
  aliasOf: string | null;
  /** Message timestamp, epoch ms. */
  at: number;
  messageId: string;
  sourceId: string | null;
  eventId: string;
  /** identify traits to apply last-write-wins, or null. */
  traits: Record<string, unknown> | null;
};

export type ResolveContext = { rules: CompiledRules; now: number; newId: () => string };

export type MergeRule = "shared-identifier" | "alias";

export type MergeRecord = {
  id: string;
  winnerId: string;
  loserId: string;
  rule: MergeRule;
  linkedBy: Array<Identifier & { side: "winner" | "loser" }>;
  messageId: string;
  sourceId: string | null;
  at: number;
  /** The loser as it was just before the merge: what a split restores. */
  loser: {
    createdAt: number;
    firstSeenAt: number;
    lastSeenAt: number;
    mergeCount: number;
    traits: TraitState;
    identities: Identifier[];
    stored: string[];
    eventIds: string[];
    history: number[];
  };
  winnerTraits: TraitState;
};

export type HistoryRow = TraitChange & { profileId: string };

export type PlannedIdentity = IdentityNode & { profileId: string };

export type ResolutionPlan = {
  /** The final profile of each message, in input order. */
  assignments: string[];
  /** Surviving profiles whose row this batch creates or rewrites. */
  profiles: ProfileNode[];
  /** Identities to insert, on their final profile. */
  newIdentities: PlannedIdentity[];
  /** Stored identities whose seen times moved. */
  seenIdentities: PlannedIdentity[];
  merges: MergeRecord[];
  /** Stored profiles that lost a merge, with the profile that now holds their rows. */
  storedLosers: Array<{ loserId: string; holderId: string }>;
  history: HistoryRow[];
};

/** An identifier with its graph key, computed once per message. */
type Keyed = Identifier & { key: string };

const byRank = (rules: CompiledRules) => (a: Identifier, b: Identifier) => rules.rank(a.type) - rules.rank(b.type);

/** Segment's flat matching with limits and priority, one message at a time, over an in-memory graph. */
export class Resolver {
  private readonly redirects = new Map<string, string>();
  private readonly plan: Pick<ResolutionPlan, "assignments" | "merges" | "storedLosers" | "history"> = {
    assignments: [],
    merges: [],
    storedLosers: [],
    history: [],
  };
  private createdSeq = 0;

  constructor(
    private readonly graph: IdentityGraph,
    private readonly ctx: ResolveContext,
  ) {}

  resolve(message: ResolverMessage): string {
    const { graph } = this;
    let ids = this.candidates(message);
    let profiles: ProfileNode[] = [];
    let fresh: Keyed[] = [];
    // Rule 3: when a limit would be exceeded, drop the lowest-priority identifier and match again.
    for (;;) {
      profiles = [];
      fresh = [];
      for (const id of ids) {
        const owner = graph.owner.get(id.key);
        const profile = owner === undefined ? undefined : graph.profiles.get(owner);
        if (!profile) fresh.push(id);
        else if (!profiles.includes(profile)) profiles.push(profile);
      }
      // Nothing changes on a profile that already holds every identifier: no limit can be crossed.
      const unchanged = profiles.length <= 1 && fresh.length === 0;
      if (unchanged || ids.length <= 1 || this.fits(profiles, ids, fresh, message.at)) break;
      ids = ids.slice(0, -1);
    }

    const target = profiles.length === 0 ? this.create(message) : oldest(profiles);
    for (const loser of profiles) {
      if (loser !== target) this.merge(target, loser, ids, message);
    }
    for (const id of ids) this.attach(target, id, message.at);
    if (message.at < target.firstSeenAt || message.at > target.lastSeenAt) {
      target.firstSeenAt = Math.min(target.firstSeenAt, message.at);
      target.lastSeenAt = Math.max(target.lastSeenAt, message.at);
      target.changed = true;
    }
    target.eventIds.push(message.eventId);
    if (message.traits && Object.keys(message.traits).length > 0) this.applyTraits(target, message, message.traits);
    this.plan.assignments.push(target.id);
    return target.id;
  }

  finish(): ResolutionPlan {
    const final = (id: string) => {
      let current = id;
      for (let next = this.redirects.get(current); next; next = this.redirects.get(current)) current = next;
      return current;
    };
    const survivors = [...this.graph.profiles.values()];
    const identities = survivors.flatMap((p) => [...p.identities.values()].map((i) => ({ ...i, profileId: p.id })));
    return {
      assignments: this.plan.assignments.map(final),
      profiles: survivors.filter((p) => p.isNew || p.changed),
      newIdentities: identities.filter((i) => i.isNew),
      seenIdentities: identities.filter((i) => !i.isNew && i.changed),
      merges: this.plan.merges,
      storedLosers: this.plan.storedLosers.map((s) => ({ loserId: s.loserId, holderId: final(s.loserId) })),
      history: this.plan.history.map((h) => ({ ...h, profileId: final(h.profileId) })),
    };
  }

  private candidates(message: ResolverMessage): Keyed[] {
    const ids = message.identifiers.map((id) => ({ ...id, key: identifierKey(id.type, id.value) }));
    if (message.aliasOf !== null) {
      const asUser = this.graph.owner.has(identifierKey("user_id", message.aliasOf));
      const type = asUser ? "user_id" : "anonymous_id";
      const key = identifierKey(type, message.aliasOf);
      if (!ids.some((i) => i.key === key)) ids.push({ type, value: message.aliasOf, key });
    }
    return ids.length > 1 ? ids.sort(byRank(this.ctx.rules)) : ids;
  }

  /** Rule 2 (per-type limits) and the hard limits, for the profile this message would produce. */
  private fits(profiles: ProfileNode[], ids: Keyed[], fresh: Keyed[], at: number): boolean {
    if (profiles.length > 1) {
      const merges = profiles.reduce((n, p) => n + p.mergeCount, profiles.length - 1);
      const identities = profiles.reduce((n, p) => n + p.identities.size, fresh.length);
      if (merges > MAX_MERGES_PER_PROFILE || identities > MAX_IDENTIFIERS_PER_PROFILE) return false;
    }
    const incoming = new Set(ids.map((i) => i.key));
    const after = new Map<string, number>();
    const largestBefore = new Map<string, number>();
    for (const profile of profiles) {
      const counts = new Map<string, number>();
      for (const [key, identity] of profile.identities) {
        const { windowMs } = this.ctx.rules.limitOf(identity.type);
        const counted = windowMs === null || incoming.has(key) || identity.lastSeenAt >= at - windowMs;
        if (counted) counts.set(identity.type, (counts.get(identity.type) ?? 0) + 1);
      }
      for (const [type, n] of counts) {
        after.set(type, (after.get(type) ?? 0) + n);
        largestBefore.set(type, Math.max(largestBefore.get(type) ?? 0, n));
      }
    }
    for (const id of fresh) after.set(id.type, (after.get(id.type) ?? 0) + 1);
    for (const [type, n] of after) {
      // A profile already over a limit (the rules were tightened) still resolves; it only may not grow.
      if (n > this.ctx.rules.limitOf(type).max && n > (largestBefore.get(type) ?? 0)) return false;
    }
    return true;
  }

  private create(message: ResolverMessage): ProfileNode {
    const profile: ProfileNode = {
      id: this.ctx.newId(),
      isNew: true,
      createdAt: this.ctx.now,
      createdSeq: ++this.createdSeq,
      firstSeenAt: message.at,
      lastSeenAt: message.at,
      mergeCount: 0,
      traits: { traits: {}, meta: {} },
      identities: new Map(),
      stored: [],
      eventIds: [],
      history: [],
      changed: true,
      traitsChanged: true,
    };
    this.graph.profiles.set(profile.id, profile);
    return profile;
  }

  private merge(winner: ProfileNode, loser: ProfileNode, ids: Keyed[], message: ResolverMessage) {
    const linkedBy: MergeRecord["linkedBy"] = [];
    for (const { type, value, key } of ids) {
      const owner = this.graph.owner.get(key);
      if (owner === winner.id) linkedBy.push({ type, value, side: "winner" });
      if (owner === loser.id) linkedBy.push({ type, value, side: "loser" });
    }
    const viaAlias = message.aliasOf !== null && linkedBy.some((l) => l.value === message.aliasOf);
    this.plan.merges.push({
      id: this.ctx.newId(),
      winnerId: winner.id,
      loserId: loser.id,
      rule: viaAlias ? "alias" : "shared-identifier",
      linkedBy,
      messageId: message.messageId,
      sourceId: message.sourceId,
      at: this.ctx.now,
      loser: {
        createdAt: loser.createdAt,
        firstSeenAt: loser.firstSeenAt,
        lastSeenAt: loser.lastSeenAt,
        mergeCount: loser.mergeCount,
        traits: loser.traits,
        identities: [...loser.identities.values()].map(({ type, value }) => ({ type, value })),
        stored: [...loser.stored],
        eventIds: [...loser.eventIds],
        history: [...loser.history],
      },
      winnerTraits: winner.traits,
    });

    winner.traits = mergeTraits(winner.traits, loser.traits).state;
    for (const [key, identity] of loser.identities) {
      winner.identities.set(key, identity);
      this.graph.owner.set(key, winner.id);
    }
    winner.stored.push(...loser.stored);
    winner.eventIds.push(...loser.eventIds);
    winner.history.push(...loser.history);
    winner.firstSeenAt = Math.min(winner.firstSeenAt, loser.firstSeenAt);
    winner.lastSeenAt = Math.max(winner.lastSeenAt, loser.lastSeenAt);
    winner.mergeCount += loser.mergeCount + 1;
    winner.changed = true;
    winner.traitsChanged = true;
    this.graph.profiles.delete(loser.id);
    this.redirects.set(loser.id, winner.id);
    if (!loser.isNew) this.plan.storedLosers.push({ loserId: loser.id, holderId: winner.id });
  }

  private attach(profile: ProfileNode, { type, value, key }: Keyed, at: number) {
    const existing = profile.identities.get(key);
    if (existing) {
      if (at < existing.firstSeenAt) existing.changed = true;
      existing.firstSeenAt = Math.min(existing.firstSeenAt, at);
      existing.lastSeenAt = Math.max(existing.lastSeenAt, at);
      if (existing.lastSeenAt - existing.storedLastSeenAt >= SEEN_PRECISION_MS) existing.changed = true;
      return;
    }
    // Past the hard limit the message still resolves; the identifier is simply not kept.
    if (profile.identities.size >= MAX_IDENTIFIERS_PER_PROFILE) return;
    profile.identities.set(key, {
      type,
      value,
      firstSeenAt: at,
      lastSeenAt: at,
      storedLastSeenAt: at,
      isNew: true,
      changed: false,
    });
    this.graph.owner.set(key, profile.id);
  }

  private applyTraits(profile: ProfileNode, message: ResolverMessage, traits: Record<string, unknown>) {
    const provenance = {
      at: new Date(message.at).toISOString(),
      sourceId: message.sourceId,
      messageId: message.messageId,
    };
    const { state, changes } = applyTraits(profile.traits, traits, provenance);
    profile.traits = state;
    profile.changed = true;
    profile.traitsChanged = true;
    for (const change of changes) {
      profile.history.push(this.plan.history.push({ ...change, profileId: profile.id }) - 1);
    }
  }
}

/** Stored profiles are older than any created by this batch, whatever the clocks say. */
function oldest(profiles: ProfileNode[]): ProfileNode {
  return profiles.reduce((a, b) => {
    if (a.isNew !== b.isNew) return a.isNew ? b : a;
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? a : b;
    if (a.createdSeq !== b.createdSeq) return a.createdSeq < b.createdSeq ? a : b;
    return a.id < b.id ? a : b;
  });
}

export function resolveBatch(graph: IdentityGraph, messages: ResolverMessage[], ctx: ResolveContext): ResolutionPlan {
  const resolver = new Resolver(graph, ctx);
  for (const message of messages) resolver.resolve(message);
  return resolver.finish();
}
