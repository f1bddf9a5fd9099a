import { countryCode, foldText, normalizeEmail, phoneE164 } from "./crm-normalise.js";
import type { CrmFieldKey } from "./crm-presets.js";

export type FieldKind = "crm" | "cdp" | "shared";
export const SURVIVORSHIP_RULES = ["crm_wins", "cdp_wins", "most_recent"] as const;
export type SurvivorshipRule = (typeof SURVIVORSHIP_RULES)[number];

/** A matched CRM contact and its unified profile: everything the comparison reads. */
export type CrmPair = {
  contactId: string;
  recordId: string;
  profileId: string;
  crm: {
    fields: Partial<Record<CrmFieldKey, string>>;
    updatedAt: string | null;
    /** From the contact's company and deals, when those were imported. */
    account?: { companyIndustry: string | null; openDealAmount: number | null; dealStage: string | null };
  };
  cdp: {
    traits: Record<string, unknown>;
    traitMeta: Record<string, { at?: string } | undefined>;
    lastSeenAt: string;
    eventCount: number;
    audiences: string[];
    lifetimeValue: number | null;
    predictedValue: number | null;
    ltvAt: string | null;
  };
};

/** One side's value of a field: as displayed, normalised for comparison, and when it was last set (ISO). */
export type SideValue = { value: string | null; key: string | null; at: string | null };
const NONE: SideValue = { value: null, key: null, at: null };

export type CatalogField = {
  key: string;
  label: string;
  kind: FieldKind;
  /** Who is right when the two disagree, until an admin says otherwise. */
  defaultRule: SurvivorshipRule;
  crm?: (pair: CrmPair) => SideValue;
  cdp?: (pair: CrmPair) => SideValue;
};

const display = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !Array.isArray(v) && "name" in v) return display(v.name);
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
};

type Normaliser = (value: string, country: unknown) => string | null;

const crmSide =
  (key: CrmFieldKey, normalise: Normaliser = (v) => foldText(v)) =>
  (pair: CrmPair): SideValue => {
    const value = pair.crm.fields[key]?.trim() || null;
    return value ? { value, key: normalise(value, pair.crm.fields.country), at: pair.crm.updatedAt } : NONE;
  };

const traitSide =
  (trait: string, normalise: Normaliser = (v) => foldText(v)) =>
  (pair: CrmPair): SideValue => {
    const value = display(pair.cdp.traits[trait]);
    const at = pair.cdp.traitMeta[trait]?.at ?? null;
    return value ? { value, key: normalise(value, pair.cdp.traits.country), at } : NONE;
  };

const computed =
  (read: (pair: CrmPair) => { value: string | null; at: string | null }) =>
  (pair: CrmPair): SideValue => {
    const { value, at } = read(pair);
    return value === null ? NONE : { value, key: value, at };
  };

const email: Normaliser = (v) => normalizeEmail(v) ?? foldText(v);
const phone: Normaliser = (v, country) => phoneE164(v, country) ?? v.replace(/\D/g, "");
const country: Normaliser = (v) => countryCode(v);

/** Fields both sides hold, compared after normalisation; the shared CRM field key equals the CDP trait key. */
const shared = (key: CrmFieldKey, label: string, defaultRule: SurvivorshipRule, n?: Normaliser): CatalogField => ({
  key,
  label,
  kind: "shared",
  defaultRule,
  crm: crmSide(key, n),
  cdp: traitSide(key, n),
});

const crmNative = (key: CrmFieldKey, label: string): CatalogField => ({
  key,
  label,
  kind: "crm",
  defaultRule: "crm_wins",
  crm: crmSide(key),
});

const money = (n: number | null) => (n === null ? null : n.toFixed(2));

export const SHARED_TRAITS = ["email", "phone", "firstName", "lastName", "company", "city", "country"] as const;

/** Every field Mosaic compares. Shared fields first: they are the ones with conflicts and rules. */
export const CRM_CATALOG: readonly CatalogField[] = [
  shared("email", "Email", "cdp_wins", email),
  shared("phone", "Phone", "cdp_wins", phone),
  shared("firstName", "First name", "crm_wins"),
  shared("lastName", "Last name", "crm_wins"),
  shared("company", "Company", "crm_wins"),
  shared("city", "City", "cdp_wins"),
  shared("country", "Country", "cdp_wins", country),
  crmNative("owner", "Owner"),
  crmNative("lifecycleStage", "Lifecycle stage"),
  crmNative("leadStatus", "Lead status"),
  {
    // A contact export's own deal stage column, else the stage of the contact's latest deal.
    ...crmNative("dealStage", "Deal stage"),
    crm: (pair) => {
      const own = crmSide("dealStage")(pair);
      const stage = pair.crm.account?.dealStage ?? null;
      return own.value !== null || stage === null
        ? own
        : { value: stage, key: foldText(stage), at: pair.crm.updatedAt };
    },
  },
  {
    key: "companyIndustry",
    label: "Company industry",
    kind: "crm",
    defaultRule: "crm_wins",
    crm: computed((p) => ({ value: p.crm.account?.companyIndustry ?? null, at: p.crm.updatedAt })),
  },
  {
    key: "openDealAmount",
    label: "Open deal amount",
    kind: "crm",
    defaultRule: "crm_wins",
    crm: computed((p) => ({ value: money(p.crm.account?.openDealAmount ?? null), at: p.crm.updatedAt })),
  },
  crmNative("notes", "Notes"),
  {
    key: "lastSeen",
    label: "Last seen",
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: computed((p) => ({ value: p.cdp.lastSeenAt, at: p.cdp.lastSeenAt })),
  },
  {
    key: "eventCount",
    label: "Event count",
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: computed((p) => ({ value: p.cdp.eventCount ? String(p.cdp.eventCount) : null, at: p.cdp.lastSeenAt })),
  },
  {
    key: "audiences",
    label: "Audiences",
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: computed((p) => ({ value: p.cdp.audiences.length ? p.cdp.audiences.join("; ") : null, at: null })),
  },
  {
    key: "lifetimeValue",
    label: "Lifetime value",
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: computed((p) => ({ value: money(p.cdp.lifetimeValue), at: p.cdp.ltvAt })),
  },
  {
    key: "predictedValue",
    label: "Predicted 12-month value",
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: computed((p) => ({ value: money(p.cdp.predictedValue), at: p.cdp.ltvAt })),
  },
];

/** Profile traits outside the catalog (plan, createdAt…), as CDP-native fields keyed `trait:<key>`. */
export function traitFields(pairs: readonly CrmPair[]): CatalogField[] {
  const known = new Set<string>(SHARED_TRAITS);
  const keys = new Set<string>();
  for (const pair of pairs) for (const key of Object.keys(pair.cdp.traits)) if (!known.has(key)) keys.add(key);
  return [...keys].sort().map((trait) => ({
    key: `trait:${trait}`,
    label: `${trait} (trait)`,
    kind: "cdp",
    defaultRule: "cdp_wins",
    cdp: traitSide(trait),
  }));
}

type Sides = { crm: SideValue; cdp: SideValue };
/** Normalising (accents, phones) is the costly part of a comparison; a pair's values never change once loaded. */
const memo = new WeakMap<CrmPair, Map<string, Sides>>();

export function sideValues(field: CatalogField, pair: CrmPair): Sides {
  let fields = memo.get(pair);
  if (!fields) memo.set(pair, (fields = new Map()));
  let sides = fields.get(field.key);
  if (!sides) fields.set(field.key, (sides = { crm: field.crm?.(pair) ?? NONE, cdp: field.cdp?.(pair) ?? NONE }));
  return sides;
}

export function catalogField(key: string): CatalogField | undefined {
  return CRM_CATALOG.find((f) => f.key === key);
}
