/** Where a CRM export's column can go. Field names are fixed: they become keys of `crm_contacts.fields`. */
export const CRM_TARGETS = [
  "ignore",
  "recordId",
  "externalId",
  "email",
  "phone",
  "firstName",
  "lastName",
  "company",
  "companyId",
  "city",
  "country",
  "lifecycleStage",
  "leadStatus",
  "owner",
  "dealStage",
  "notes",
  "createdAt",
  "updatedAt",
] as const;
export type CrmTarget = (typeof CRM_TARGETS)[number];
/** Targets kept in `fields` (the others are columns of their own or dropped). */
export type CrmFieldKey = Exclude<CrmTarget, "ignore" | "recordId" | "externalId" | "createdAt" | "updatedAt">;

export const CRM_PRESETS = ["hubspot", "salesforce"] as const;
export type CrmPreset = (typeof CRM_PRESETS)[number];

export function isCrmPreset(value: unknown): value is CrmPreset {
  return typeof value === "string" && (CRM_PRESETS as readonly string[]).includes(value);
}
export function isCrmTarget(value: unknown): value is CrmTarget {
  return typeof value === "string" && (CRM_TARGETS as readonly string[]).includes(value);
}

/**
 * Each CRM's contact export headers per target, as their export tools write them. The first name is the one the
 * corrections file uses, so the CRM's importer recognises the column.
 */
export const PRESET_COLUMNS: Record<CrmPreset, Partial<Record<CrmTarget, readonly string[]>>> = {
  hubspot: {
    recordId: ["Record ID", "Contact ID", "hs_object_id"],
    email: ["Email", "Email Address"],
    phone: ["Phone Number", "Phone", "Mobile Phone Number"],
    firstName: ["First Name"],
    lastName: ["Last Name"],
    company: ["Company Name", "Company", "Associated Company"],
    companyId: ["Associated Company IDs", "Associated Company ID", "Company ID"],
    city: ["City"],
    country: ["Country/Region", "Country"],
    lifecycleStage: ["Lifecycle Stage"],
    leadStatus: ["Lead Status"],
    owner: ["Contact owner", "Contact Owner", "HubSpot Owner"],
    dealStage: ["Deal Stage"],
    notes: ["Notes", "Last Note"],
    createdAt: ["Create Date", "Created Date"],
    updatedAt: ["Last Modified Date", "Last Activity Date"],
    externalId: ["External ID", "User ID"],
  },
  salesforce: {
    recordId: ["Contact ID", "Id", "Lead ID", "Record ID"],
    email: ["Email"],
    phone: ["Phone", "Mobile", "Mobile Phone"],
    firstName: ["First Name", "FirstName"],
    lastName: ["Last Name", "LastName"],
    company: ["Account Name", "Company", "Company / Account"],
    companyId: ["Account ID", "AccountId"],
    city: ["Mailing City", "City"],
    country: ["Mailing Country", "Country"],
    lifecycleStage: ["Lead Source"],
    leadStatus: ["Lead Status", "Status"],
    owner: ["Contact Owner", "Owner Name", "Lead Owner"],
    dealStage: ["Stage", "Opportunity Stage"],
    notes: ["Description"],
    createdAt: ["Created Date", "CreatedDate"],
    updatedAt: ["Last Modified Date", "LastModifiedDate"],
    externalId: ["External ID", "External Id", "User ID"],
  },
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The preset whose known headers cover most of the file's columns (HubSpot on a tie). */
export function detectPreset(columns: readonly string[]): CrmPreset {
  const score = (preset: CrmPreset) => {
    const known = new Set(Object.values(PRESET_COLUMNS[preset]).flatMap((names) => names.map(squash)));
    return columns.filter((c) => known.has(squash(c))).length;
  };
  return score("salesforce") > score("hubspot") ? "salesforce" : "hubspot";
}

export type CrmColumnMapping = { column: string; target: CrmTarget };

/** Each column to the target the preset knows it as, or to ignore; a target is used once, by its first column. */
export function suggestCrmMapping(preset: CrmPreset, columns: readonly string[]): CrmColumnMapping[] {
  const taken = new Set<CrmTarget>();
  const entries = Object.entries(PRESET_COLUMNS[preset]).flatMap(([target, names]) =>
    isCrmTarget(target) ? (names ?? []).map((name, rank) => ({ target, name: squash(name), rank })) : [],
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

/** The header a corrections file uses for a field in this CRM's import format. */
export function presetColumn(preset: CrmPreset, target: CrmTarget): string {
  return PRESET_COLUMNS[preset][target]?.[0] ?? target;
}
