import type { ImportKind } from "../../gql/graphql";
import { GraphQLRequestError, type ErrorCode } from "../../lib/graphql";

export const UPLOAD_ENDPOINT = "/api/imports";
export const MAX_UPLOAD_MB = 50;

export type Uploaded = {
  id: string;
  fileName: string;
  totalRows: number;
  columns: string[];
  /** When the same file was last imported to the end, if ever. */
  lastImportedAt: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The upload route answers errors as `{ error: { code, message, field } }`, like the tracking API. */
export function uploadError(status: number, body: unknown): GraphQLRequestError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const message = typeof error.message === "string" ? error.message : `The server answered ${status}`;
  const field = typeof error.field === "string" ? error.field : undefined;
  const code: ErrorCode =
    status === 401 ? "UNAUTHENTICATED" : status === 403 ? "FORBIDDEN" : status < 500 ? "BAD_USER_INPUT" : "HTTP_ERROR";
  return new GraphQLRequestError(message, code, field, status);
}

/** What every upload endpoint answers (201): the stored upload's id, name, row count and header. */
export type StoredUpload = { body: Record<string, unknown> } & Pick<
  Uploaded,
  "id" | "fileName" | "totalRows" | "columns"
>;

/**
 * Sends the file as the request body (text/csv) with the session cookie to an upload endpoint (/api/imports,
 * /api/crm/imports); the server stores it for the import. Errors come back as GraphQLRequestErrors naming the field.
 */
export async function postCsv(endpoint: string, file: File, params: Record<string, string>): Promise<StoredUpload> {
  const query = new URLSearchParams({ name: file.name, ...params });
  let response: Response;
  try {
    response = await fetch(`${endpoint}?${query.toString()}`, {
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
    body,
    id: body.id,
    fileName: typeof body.fileName === "string" ? body.fileName : file.name,
    totalRows: typeof body.totalRows === "number" ? body.totalRows : 0,
    columns: Array.isArray(body.columns) ? body.columns.filter((c): c is string => typeof c === "string") : [],
  };
}

/** Uploads a profiles or events CSV file for an import. */
export async function uploadCsv(file: File, kind: ImportKind): Promise<Uploaded> {
  const { body, ...stored } = await postCsv(UPLOAD_ENDPOINT, file, { kind });
  return { ...stored, lastImportedAt: typeof body.lastImportedAt === "string" ? body.lastImportedAt : null };
}
