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

/** Sends the file as the request body (text/csv) with the session cookie; the server stores it for the import. */
export async function uploadCsv(file: File, kind: ImportKind): Promise<Uploaded> {
  const query = new URLSearchParams({ kind, name: file.name });
  let response: Response;
  try {
    response = await fetch(`${UPLOAD_ENDPOINT}?${query.toString()}`, {
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
    fileName: typeof body.fileName === "string" ? body.fileName : file.name,
    totalRows: typeof body.totalRows === "number" ? body.totalRows : 0,
    columns: Array.isArray(body.columns) ? body.columns.filter((c): c is string => typeof c === "string") : [],
    lastImportedAt: typeof body.lastImportedAt === "string" ? body.lastImportedAt : null,
  };
}
