import { checkColumnMapping, type CrmMappingProblem } from "./crm-mapping.js";
import type { CrmPreset } from "./crm-presets.js";

/** What a CRM export holds: people, the companies (accounts) they work at, or the deals (opportunities) on them. */
export const CRM_KINDS = ["contacts", "companies", "deals"] as const;
export type CrmKind = (typeof CRM_KINDS)[number];
export type CrmAccountKind = Exclude<CrmKind, "contacts">;

export function isCrmKind(value: unknown): value is CrmKind {
  return typeof value === "string" && (CRM_KINDS as readonly string[]).includes(value);
}

/** Where a column of a companies or deals export can go; the keys of `crm_companies.fields` / `crm_deals.fields`. */
export const ACCOUNT_TARGETS = {
  companies: [
    "ignore",
    "recordId",
    "name",
    "domain",
    "industry",
    "employees",
    "annualRevenue",
    "city",
    "country",
    "owner",
    "createdAt",
    "updatedAt",
  ],
  deals: [
    "ignore",
    "recordId",
    "name",
    "stage",
    "amount",
    "closeDate",
    "pipeline",
    "owner",
    "companyId",
    "contactIds",
    "createdAt",
    "updatedAt",
  ],
} as const satisfies Record<CrmAccountKind, readonly string[]>;
export type CompanyTarget = (typeof ACCOUNT_TARGETS.companies)[number];
export type DealTarget = (typeof ACCOUNT_TARGETS.deals)[number];
export type AccountTarget = CompanyTarget | DealTarget;
export type AccountColumnMapping = { column: string; target: AccountTarget };

/**
 * The headers of HubSpot's companies and deals exports and of Salesforce's Account and Opportunity report exports;
 * the first name of each target is the one the CRM writes by default.
 */
export const ACCOUNT_PRESET_COLUMNS: Record<
  CrmAccountKind,
  Record<CrmPreset, Partial<Record<AccountTarget, readonly string[]>>>
> = {
  companies: {
    hubspot: {
      recordId: ["Record ID", "Company ID", "hs_object_id"],
      name: ["Company name", "Name"],
      domain: ["Company Domain Name", "Website URL", "Domain"],
      industry: ["Industry"],
      employees: ["Number of Employees"],
      annualRevenue: ["Annual Revenue"],
      city: ["City"],
      country: ["Country/Region", "Country"],
      owner: ["Company owner", "Company Owner", "HubSpot Owner"],
      createdAt: ["Create Date", "Created Date"],
      updatedAt: ["Last Modified Date", "Last Activity Date"],
    },
    salesforce: {
      recordId: ["Account ID", "Id"],
      name: ["Account Name", "Name"],
      domain: ["Website"],
      industry: ["Industry"],
      employees: ["Employees", "NumberOfEmployees"],
      annualRevenue: ["Annual Revenue", "AnnualRevenue"],
      city: ["Billing City", "BillingCity"],
      country: ["Billing Country", "BillingCountry"],
      owner: ["Account Owner", "Owner Name"],
      createdAt: ["Created Date", "CreatedDate"],
      updatedAt: ["Last Modified Date", "LastModifiedDate"],
    },
  },
  deals: {
    hubspot: {
      recordId: ["Record ID", "Deal ID", "hs_object_id"],
      name: ["Deal Name"],
      stage: ["Deal Stage"],
      amount: ["Amount"],
      closeDate: ["Close Date"],
      pipeline: ["Pipeline"],
      owner: ["Deal owner", "Deal Owner", "HubSpot Owner"],
      companyId: ["Associated Company IDs", "Associated Company ID", "Company ID"],
      contactIds: ["Associated Contact IDs", "Associated Contact ID", "Contact IDs"],
      createdAt: ["Create Date", "Created Date"],
      updatedAt: ["Last Modified Date", "Last Activity Date"],
    },
    salesforce: {
      recordId: ["Opportunity ID", "Id"],
      name: ["Opportunity Name", "Name"],
      stage: ["Stage", "StageName"],
      amount: ["Amount"],
      closeDate: ["Close Date", "CloseDate"],
      pipeline: ["Type", "Forecast Category"],
      owner: ["Opportunity Owner", "Owner Name"],
      companyId: ["Account ID", "AccountId"],
      contactIds: ["Contact ID", "Primary Contact ID", "ContactId"],
      createdAt: ["Created Date", "CreatedDate"],
      updatedAt: ["Last Modified Date", "LastModifiedDate"],
    },
  },
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");
const has = (columns: readonly string[], names: readonly string[]) => {
  const set = new Set(columns.map(squash));
  return names.some((n) => set.has(squash(n)));
};

/**
 * The kind of an export from its header: an email column means people; a deal's name, stage or close date means
 * deals (an Opportunity report carries its Account ID too); an account's name, domain or size means companies.
 * Anything else is read as contacts, whose checks then say what is missing.
 */
export function detectKind(columns: readonly string[]): CrmKind {
  if (has(columns, ["Email", "Email Address"])) return "contacts";
  if (has(columns, ["Deal Name", "Deal Stage", "Opportunity Name", "Opportunity ID", "Close Date"])) return "deals";
  if (
    has(columns, ["Company name", "Company Domain Name", "Account Name", "Website", "Number of Employees", "Industry"])
  )
    return "companies";
  return "contacts";
}

/** The preset whose known headers of this kind cover most of the file's columns (HubSpot on a tie). */
export function detectAccountPreset(kind: CrmAccountKind, columns: readonly string[]): CrmPreset {
  const score = (preset: CrmPreset) => {
    const known = new Set(Object.values(ACCOUNT_PRESET_COLUMNS[kind][preset]).flatMap((n) => n.map(squash)));
    return columns.filter((c) => known.has(squash(c))).length;
  };
  return score("salesforce") > score("hubspot") ? "salesforce" : "hubspot";
}

/** Each column to the target the preset knows it as, or to ignore; a target is used once, by its first column. */
export function suggestAccountMapping(
  kind: CrmAccountKind,
  preset: CrmPreset,
  columns: readonly string[],
): AccountColumnMapping[] {
  const taken = new Set<AccountTarget>();
  const entries = Object.entries(ACCOUNT_PRESET_COLUMNS[kind][preset]).flatMap(([target, names]) =>
    (names ?? []).map((name, rank) => ({ target: target as AccountTarget, name: squash(name), rank })),
  );
  return columns.map((column) => {
    const candidates = entries
      .filter((e) => e.name === squash(column) && !taken.has(e.target))
      .sort((a, b) => a.rank - b.rank);
    const target = candidates[0]?.target ?? "ignore";
    if (target !== "ignore") taken.add(target);
    return { column, target };
  });
}

/** A companies or deals mapping: the record id and the name must be mapped. */
export function checkAccountMapping(
  kind: CrmAccountKind,
  columns: readonly string[],
  input: unknown,
): { ok: true; mapping: AccountColumnMapping[] } | { ok: false; problem: CrmMappingProblem } {
  const noun = kind === "companies" ? "company" : "deal";
  return checkColumnMapping(columns, input, ACCOUNT_TARGETS[kind], [
    { target: "recordId", reason: `map a column to recordId (the ${noun}'s record id)` },
    { target: "name", reason: `map a column to name (the ${noun}'s name)` },
  ]);
}
