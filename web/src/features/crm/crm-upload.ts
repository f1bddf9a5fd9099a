import type { CrmPreset } from "../../gql/graphql";
import { GraphQLRequestError } from "../../lib/graphql";
import { uploadError } from "../imports/upload";

export const CRM_UPLOAD_ENDPOINT = "/api/crm/imports";

export type CrmUploaded = { id: string; preset: CrmPreset; fileName: string; totalRows: number; columns: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Sends the export as the request body; the server stores it and answers the preset it will read it with. */
export async function uploadCrmCsv(file: File, preset: CrmPreset | null): Promise<CrmUploaded> {
  const query = new URLSearchParams({ name: file.name, ...(preset ? { preset } : {}) });
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
