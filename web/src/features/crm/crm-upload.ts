import type { CrmPreset, CrmRecordKind } from "../../gql/graphql";
import { postCsv } from "../imports/upload";

export const CRM_UPLOAD_ENDPOINT = "/api/crm/imports";

export type CrmUploaded = {
  id: string;
  kind: CrmRecordKind;
  preset: CrmPreset;
  fileName: string;
  totalRows: number;
  columns: string[];
};

const KINDS: readonly CrmRecordKind[] = ["contacts", "companies", "deals"];
const kindOf = (value: unknown): CrmRecordKind => KINDS.find((k) => k === value) ?? "contacts";

/**
 * Sends the export as the request body; the server stores it and answers the kind and preset it will read it with
 * (read from the header when not given).
 */
export async function uploadCrmCsv(
  file: File,
  preset: CrmPreset | null,
  kind: CrmRecordKind | null = null,
): Promise<CrmUploaded> {
  const { body, ...stored } = await postCsv(CRM_UPLOAD_ENDPOINT, file, {
    ...(preset ? { preset } : {}),
    ...(kind ? { kind } : {}),
  });
  return { ...stored, kind: kindOf(body.kind), preset: body.preset === "salesforce" ? "salesforce" : "hubspot" };
}

export const CRM_TARGET_LABELS: Record<string, string> = {
  ignore: "Ignore",
  recordId: "Record id (required)",
  externalId: "External id (user id)",
  email: "Email (required)",
  phone: "Phone",
  firstName: "First name",
  lastName: "Last name",
  company: "Company",
  companyId: "Company id (association)",
  city: "City",
  country: "Country",
  lifecycleStage: "Lifecycle stage",
  leadStatus: "Lead status",
  owner: "Owner",
  dealStage: "Deal stage",
  notes: "Notes",
  createdAt: "Create date",
  updatedAt: "Last modified date",
};

const COMPANY_TARGET_LABELS: Record<string, string> = {
  ignore: "Ignore",
  recordId: "Record id (required)",
  name: "Company name (required)",
  domain: "Domain / website",
  industry: "Industry",
  employees: "Number of employees",
  annualRevenue: "Annual revenue",
  city: "City",
  country: "Country",
  owner: "Owner",
  createdAt: "Create date",
  updatedAt: "Last modified date",
};

const DEAL_TARGET_LABELS: Record<string, string> = {
  ignore: "Ignore",
  recordId: "Record id (required)",
  name: "Deal name (required)",
  stage: "Stage",
  amount: "Amount",
  closeDate: "Close date",
  pipeline: "Pipeline",
  owner: "Owner",
  companyId: "Company id (association)",
  contactIds: "Contact ids (association)",
  createdAt: "Create date",
  updatedAt: "Last modified date",
};

/** The CRM fields a column of each kind of export can go to. */
export const TARGET_LABELS_BY_KIND: Record<CrmRecordKind, Record<string, string>> = {
  contacts: CRM_TARGET_LABELS,
  companies: COMPANY_TARGET_LABELS,
  deals: DEAL_TARGET_LABELS,
};

/** A column's new target; another column that had it goes back to ignore (each target is used once). */
export function retarget<T extends { column: string; target: string }>(
  mapping: readonly T[],
  column: string,
  target: string,
): T[] {
  return mapping.map((m) =>
    m.column === column
      ? { ...m, target }
      : target !== "ignore" && m.target === target
        ? { ...m, target: "ignore" }
        : m,
  );
}
