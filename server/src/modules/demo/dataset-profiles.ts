import type { DemoDataset, JsonObject, SegmentMessage, SourceKey } from "./demo-types.js";

export type IdentityType = "anonymous_id" | "user_id" | "email" | "phone";

/** Where a trait value came from, as the identity pipeline records it (`profiles.trait_meta`, trait history). */
export type TraitWrite = { key: string; value: unknown; at: number; source: SourceKey; messageId: string };

export type DerivedProfile = {
  personKey: string;
  traits: JsonObject;
  /** The write behind each current trait. */
  traitMeta: Map<string, TraitWrite>;
  /** Every write that changed a trait (or set it first), in time order. */
  history: TraitWrite[];
  firstSeenAt: number;
  lastSeenAt: number;
  messages: number;
};

export type DerivedIdentity = {
  personKey: string;
  type: IdentityType;
  value: string;
  /** Source of the first message that carried it. */
  source: SourceKey;
  firstSeenAt: number;
  lastSeenAt: number;
};

/** Identifiers a message carries, normalised the way they are stored: email lower-case, blanks dropped. */
export function messageIdentifiers(message: SegmentMessage): Array<[IdentityType, string]> {
  const found: Array<[IdentityType, string]> = [];
  const add = (type: IdentityType, raw: unknown, normalise: (s: string) => string = (s) => s.trim()) => {
    if (typeof raw !== "string") return;
    const value = normalise(raw);
    if (value) found.push([type, value]);
  };
  add("anonymous_id", message.anonymousId);
  add("user_id", message.userId);
  // The demo's aliases link an install's anonymous id to the user id (what the mobile libraries send).
  if (message.type === "alias") add("anonymous_id", message.previousId);
  if (message.type === "identify") {
    add("email", message.traits.email, (s) => s.trim().toLowerCase());
    add("phone", message.traits.phone);
  }
  return found;
}

function applyTraits(profile: DerivedProfile, traits: JsonObject, at: number, source: SourceKey, messageId: string) {
  for (const [key, value] of Object.entries(traits)) {
    if (value === undefined) continue;
    const write = { key, value, at, source, messageId };
    // Same rule as ingestion: a write that does not change the value refreshes provenance, not history.
    if (!Object.hasOwn(profile.traits, key) || JSON.stringify(profile.traits[key]) !== JSON.stringify(value))
      profile.history.push(write);
    profile.traits[key] = value;
    profile.traitMeta.set(key, write);
  }
}

/**
 * What the identity pipeline will one day compute, here from the ground truth (the person key on each
 * message): one profile per person with traits merged last-write-wins by message timestamp, first/last seen,
 * and the identities each person's messages carry. Throws if one identifier would belong to two people.
 */
export function deriveProfiles(dataset: DemoDataset): { profiles: DerivedProfile[]; identities: DerivedIdentity[] } {
  const known = new Set(dataset.people.map((p) => p.key));
  const times = dataset.messages.map((m, i) => {
    const t = Date.parse(m.message.timestamp);
    if (!Number.isFinite(t)) throw new RangeError(`message ${i}: timestamp "${m.message.timestamp}" is not a date`);
    return t;
  });
  // Stable: equal timestamps keep their order in the dataset.
  const order = times.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);

  const profiles = new Map<string, DerivedProfile>();
  const identities = new Map<string, DerivedIdentity>();
  for (const i of order) {
    const item = dataset.messages[i];
    const t = times[i];
    if (!item || t === undefined) continue;
    if (!known.has(item.personKey)) throw new RangeError(`message ${i}: unknown person "${item.personKey}"`);
    let profile = profiles.get(item.personKey);
    if (!profile) {
      profile = {
        personKey: item.personKey,
        traits: {},
        traitMeta: new Map(),
        history: [],
        firstSeenAt: t,
        lastSeenAt: t,
        messages: 0,
      };
      profiles.set(item.personKey, profile);
    }
    profile.lastSeenAt = t;
    profile.messages++;
    if (item.message.type === "identify")
      applyTraits(profile, item.message.traits, t, item.source, item.message.messageId);
    for (const [type, value] of messageIdentifiers(item.message)) {
      const key = `${type}\u0000${value}`;
      const identity = identities.get(key);
      if (!identity) {
        identities.set(key, {
          personKey: item.personKey,
          type,
          value,
          source: item.source,
          firstSeenAt: t,
          lastSeenAt: t,
        });
      } else if (identity.personKey !== item.personKey) {
        throw new RangeError(`${type} "${value}" belongs to both ${identity.personKey} and ${item.personKey}`);
      } else identity.lastSeenAt = t;
    }
  }
  // People in dataset order; someone who never sent a message has no profile.
  const ordered = dataset.people.flatMap((p) => profiles.get(p.key) ?? []);
  return { profiles: ordered, identities: [...identities.values()] };
}
