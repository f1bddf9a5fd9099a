import type { CrmPreset, CrmRecordKind } from "../../gql/graphql";
import { GraphQLRequestError } from "../../lib/graphql";
import { uploadError } from "../imports/upload";

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Sends the export as the request body; the server stores it and answers the kind and preset it will read it with
 * (read from the header when not given).
 */
export async function uploadCrmCsv(
  file: File,
  preset: CrmPreset | null,
  kind: CrmRecordKind | null = null,
): Promise<CrmUploaded> {
  const query = new URLSearchParams({ name: file.name, ...(preset ? { preset } : {}), ...(kind ? { kind } : {}) });
  let response: Response;
  try {
    response = await fetch(`${CRM_UPLOAD_ENDPOINT}?${query.toString()}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "text/csv" },
      body: file,
    });
  } catch {
    throw new GraphQLRequestError(
      "Cannot reach the Mosaic server. Check your connection and try again.",
      "NETWORK_ERROR",
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status !== 201 || !isRecord(body) || typeof body.id !== "string")
    throw uploadError(response.status, body);
  return {
    id: body.id,
    kind: kindOf(body.kind),
    preset: body.preset === "salesforce" ? "salesforce" : "hubspot",
    fileName: typeof body.fileName === "string" ? body.fileName : file.name,
    totalRows: typeof body.totalRows === "number" ? body.totalRows : 0,
    columns: Array.isArray(body.columns) ? body.columns.filter((c): c is string => typeof c === "string") : [],
  };
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
