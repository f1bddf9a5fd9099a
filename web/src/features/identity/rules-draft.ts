import type {
  BlockedMatch,
  IdentifierNormalizationInput,
  IdentityRulesInput,
  IdentityRulesQuery,
} from "../../gql/graphql";

export type SavedRules = IdentityRulesQuery["identityRules"]["rules"];

/** One identifier type as the page edits it; `max: null` means the default limit applies. */
export type TypeRow = { type: string; max: number | null; windowDays: number | null };
/** `types` empty means every identifier type. */
export type BlockedRow = { types: string[]; match: BlockedMatch; value: string };
export type TraitRow = { trait: string; type: string };
export type NormalizationDraft = IdentifierNormalizationInput;

/** The page's editable form of the rules: identifier types as one list in priority order. */
export type RulesDraft = {
  types: TypeRow[];
  defaultLimit: number;
  blocked: BlockedRow[];
  traitIdentifiers: TraitRow[];
  normalization: NormalizationDraft;
};

export const IDENTIFIER_TYPE = /^[a-z][a-z0-9_.:-]{0,63}$/;

/** Ranked types first, in priority order; types with only a limit follow, as the server ranks unlisted types last. */
export function toDraft(rules: SavedRules): RulesDraft {
  const limitOf = new Map(rules.limits.map((l) => [l.type, l]));
  const types = [...new Set([...rules.priority, ...rules.limits.map((l) => l.type)])];
  return {
    types: types.map((type) => ({
      type,
      max: limitOf.get(type)?.max ?? null,
      windowDays: limitOf.get(type)?.windowDays ?? null,
    })),
    defaultLimit: rules.defaultLimit,
    blocked: rules.blocked.map((b) => ({ types: b.types ?? [], match: b.match, value: b.value })),
    traitIdentifiers: rules.traitIdentifiers.map((t) => ({ trait: t.trait, type: t.type })),
    normalization: { ...rules.normalization },
  };
}

/** The draft as the API takes it; every listed type is ranked, in the order shown. */
export function fromDraft(draft: RulesDraft): IdentityRulesInput {
  return {
    priority: draft.types.map((row) => row.type),
    limits: draft.types.flatMap((row) =>
      row.max === null ? [] : [{ type: row.type, max: row.max, windowDays: row.windowDays }],
    ),
    defaultLimit: draft.defaultLimit,
    blocked: draft.blocked.map((b) => ({ types: b.types.length > 0 ? b.types : null, match: b.match, value: b.value })),
    traitIdentifiers: draft.traitIdentifiers,
    normalization: {
      trim: draft.normalization.trim,
      lowercaseEmail: draft.normalization.lowercaseEmail,
      lowercaseIds: draft.normalization.lowercaseIds,
      phone: draft.normalization.phone,
    },
  };
}

/** Whether the draft would save something different from what is saved. */
export function sameRules(a: RulesDraft, b: RulesDraft): boolean {
  return JSON.stringify(fromDraft(a)) === JSON.stringify(fromDraft(b));
}

/** The list with one item moved by `delta` places; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Why a new identifier type cannot be added, or null when it can. */
export function newTypeProblem(draft: RulesDraft, type: string): string | null {
  if (!IDENTIFIER_TYPE.test(type)) return "Start with a lower-case letter; use a-z, 0-9, _ . : - only";
  if (draft.types.some((row) => row.type === type)) return "Already in the list";
  return null;
}

/** How the server normalises a value of this type before matching, under the draft's rules (see normalize.ts). */
export function normalisationOf(type: string, rules: NormalizationDraft): string {
  const trimmed = rules.trim ? "Trimmed" : "Spaces kept";
  if (type === "email")
    return `${trimmed}, ${rules.lowercaseEmail ? "lower-cased" : "case kept"}; must look like an email`;
  if (type === "phone") {
    if (rules.phone === "e164") return `${trimmed}; digits with a + country prefix (00 → +); 7 to 15 digits`;
    if (rules.phone === "digits") return `${trimmed}; digits only (00 dropped); 7 to 15 digits`;
    return `${trimmed}; as sent`;
  }
  return `${trimmed}; ${rules.lowercaseIds ? "lower-cased" : "case kept"}`;
}

/** Every identifier type the draft mentions, for pickers. */
export function knownTypes(draft: RulesDraft): string[] {
  return [
    ...new Set([
      ...draft.types.map((row) => row.type),
      ...draft.traitIdentifiers.map((t) => t.type),
      ...draft.blocked.flatMap((b) => b.types),
    ]),
  ];
}
