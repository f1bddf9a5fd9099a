import type { CompiledRules } from "./compiled-rules.js";
import { IDENTIFIER_TYPE } from "./identity-rules.schema.js";
import { normalizeIdentifier } from "./normalize.js";

export type Identifier = { type: string; value: string };

/** What identity resolution reads from a message (also rebuilt from stored events for the dry run). */
export type IdentitySource = {
  userId: string | null;
  anonymousId: string | null;
  /** The person's traits: identify traits. Group traits describe the group and are not passed here. */
  traits: Record<string, unknown> | null;
  context: Record<string, unknown>;
  /** alias: the id being linked to userId, either a former user id or an anonymous id. */
  previousId: string | null;
};

export type ExtractedIdentity = { identifiers: Identifier[]; aliasOf: string | null };

const MAX_EXTERNAL_IDS = 50;

export const identifierKey = (type: string, value: string) => `${type}\u0000${value}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The identifiers a message carries, normalised, without blocked values and without repeats:
 * userId, anonymousId, email and phone (traits, then context.traits), context.externalIds and the
 * workspace's trait identifiers.
 */
export function extractIdentifiers(message: IdentitySource, rules: CompiledRules): ExtractedIdentity {
  const found: Identifier[] = [];
  const seen = new Set<string>();
  const add = (type: string, raw: unknown) => {
    const value = normalizeIdentifier(type, raw, rules.rules.normalization);
    if (value === null || rules.isBlocked(type, value)) return;
    const key = identifierKey(type, value);
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ type, value });
  };

  add("user_id", message.userId);
  add("anonymous_id", message.anonymousId);
  const contextTraits = isRecord(message.context.traits) ? message.context.traits : null;
  const traitSources = [message.traits, contextTraits].filter((t): t is Record<string, unknown> => t !== null);
  for (const traits of traitSources) {
    add("email", traits.email);
    add("phone", traits.phone);
  }
  const externalIds = message.context.externalIds;
  if (Array.isArray(externalIds)) {
    for (const item of externalIds.slice(0, MAX_EXTERNAL_IDS)) {
      if (!isRecord(item) || typeof item.type !== "string") continue;
      const type = item.type.trim().toLowerCase();
      if (IDENTIFIER_TYPE.test(type)) add(type, item.id);
    }
  }
  for (const { trait, type } of rules.rules.traitIdentifiers) {
    for (const traits of traitSources) add(type, traits[trait]);
  }

  // The alias is an id of either kind: normalised as ids are.
  const previous = normalizeIdentifier("user_id", message.previousId, rules.rules.normalization);
  const aliasOf =
    previous !== null && !rules.isBlocked("user_id", previous) && !rules.isBlocked("anonymous_id", previous)
      ? previous
      : null;
  return { identifiers: found, aliasOf };
}
