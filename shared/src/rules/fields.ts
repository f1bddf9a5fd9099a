/**
 * Field names, as react-querybuilder's field picker lists them:
 * - `traits.<key>`: a profile trait (`traits.country`); the key is any top-level key of profiles.traits;
 * - `computed.<name>`: a computed or predicted trait (`computed.lifetime_value`), see computed-traits.ts;
 * - `identifiers.<type>`: an identifier of the profile (`identifiers.email`);
 * - `event`: a behaviour rule whose value is a structured object (count, first/last time, aggregate);
 * - `sequence`: events performed in order within a time span;
 * - `audience`: membership of another saved audience.
 * The part after the prefix is matched against the workspace's catalog on the server, never used as SQL.
 */
export const TRAIT_PREFIX = "traits.";
export const COMPUTED_PREFIX = "computed.";
export const IDENTIFIER_PREFIX = "identifiers.";
export const EVENT_FIELD = "event";
export const SEQUENCE_FIELD = "sequence";
export const AUDIENCE_FIELD = "audience";

/** Pseudo event names: any page view, any screen view (every page or screen call, whatever its name). */
export const ANY_PAGE_EVENT = "$page";
export const ANY_SCREEN_EVENT = "$screen";

export type FieldRef =
  | { kind: "trait"; key: string }
  | { kind: "computed"; key: string }
  | { kind: "identifier"; key: string }
  | { kind: "event" }
  | { kind: "sequence" }
  | { kind: "audience" }
  | { kind: "unknown" };

export function parseField(field: string): FieldRef {
  if (field.startsWith(TRAIT_PREFIX) && field.length > TRAIT_PREFIX.length)
    return { kind: "trait", key: field.slice(TRAIT_PREFIX.length) };
  if (field.startsWith(COMPUTED_PREFIX) && field.length > COMPUTED_PREFIX.length)
    return { kind: "computed", key: field.slice(COMPUTED_PREFIX.length) };
  if (field.startsWith(IDENTIFIER_PREFIX) && field.length > IDENTIFIER_PREFIX.length)
    return { kind: "identifier", key: field.slice(IDENTIFIER_PREFIX.length) };
  if (field === EVENT_FIELD) return { kind: "event" };
  if (field === SEQUENCE_FIELD) return { kind: "sequence" };
  if (field === AUDIENCE_FIELD) return { kind: "audience" };
  return { kind: "unknown" };
}
