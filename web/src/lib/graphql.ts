import type { TypedDocumentString } from "../gql/graphql";

/** Codes the Mosaic API sets in `extensions.code`, plus the client's own for transport failures. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK_ERROR"
  | "HTTP_ERROR"
  | "UNKNOWN";

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INTERNAL_SERVER_ERROR",
  "NETWORK_ERROR",
  "HTTP_ERROR",
]);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && KNOWN_CODES.has(value);
}

/** A failed GraphQL call: the first error the server reported, or a transport failure. */
export class GraphQLRequestError extends Error {
  override readonly name = "GraphQLRequestError";

  constructor(
    message: string,
    readonly code: ErrorCode,
    /** The input at fault (`extensions.field`), for showing the message next to it. */
    readonly field?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function isGraphQLRequestError(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return isGraphQLRequestError(error) && error.code === code;
}

export type RequestOptions = {
  signal?: AbortSignal;
  /** False where an UNAUTHENTICATED answer is expected (signing in) and must not redirect. */
  redirectOnUnauthenticated?: boolean;
};

type VariablesArgs<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

type UnauthenticatedHandler = (error: GraphQLRequestError) => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** The app registers where an expired or missing session leads (the sign-in page). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): void {
  unauthenticatedHandler = handler;
}

export const GRAPHQL_ENDPOINT = "/graphql";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Turns the first entry of a GraphQL `errors` array into a typed error. */
export function errorFromResponse(errors: unknown, status?: number): GraphQLRequestError | null {
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const first: unknown = errors[0];
  if (!isRecord(first)) return new GraphQLRequestError("The server reported an error", "UNKNOWN", undefined, status);
  const message = typeof first.message === "string" && first.message ? first.message : "The server reported an error";
  const extensions = isRecord(first.extensions) ? first.extensions : {};
  const code = isErrorCode(extensions.code) ? extensions.code : "UNKNOWN";
  const field = typeof extensions.field === "string" ? extensions.field : undefined;
  return new GraphQLRequestError(message, code, field, status);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const body: unknown = await response.json();
    return body;
  } catch {
    return undefined;
  }
}

/** POSTs a generated operation to the API with the session cookie and returns its typed `data`. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options = {}]: VariablesArgs<TVariables>
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new GraphQLRequestError(
      "Cannot reach the Mosaic server. Check your connection and try again.",
      "NETWORK_ERROR",
    );
  }

  const body = await readJson(response);
  const failure = isRecord(body) ? errorFromResponse(body.errors, response.status) : null;
  if (failure) {
    if (failure.code === "UNAUTHENTICATED" && options.redirectOnUnauthenticated !== false) {
      unauthenticatedHandler?.(failure);
    }
    throw failure;
  }
  if (!response.ok || !isRecord(body) || !isRecord(body.data)) {
    throw new GraphQLRequestError(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
      "HTTP_ERROR",
      undefined,
      response.status,
    );
  }
  // The server validated the operation against the same schema this result type was generated from.
  return body.data as TResult;
}

/** A sentence for an error alert: what went wrong, in the user's terms. */
export function describeError(error: unknown): string {
  if (!isGraphQLRequestError(error)) return error instanceof Error ? error.message : "Something went wrong.";
  switch (error.code) {
    case "FORBIDDEN":
      return `You do not have access to this. ${error.message}`;
    case "INTERNAL_SERVER_ERROR":
      return "The server hit an unexpected error. Try again in a moment.";
    default:
      return error.message;
  }
}

/** The message for one input: drops the "field: " prefix the API puts before the reason. */
export function fieldMessage(error: GraphQLRequestError): string {
  const prefix = error.field ? `${error.field}: ` : "";
  const reason = prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  // "is not a valid email address" reads as "Not a valid email address" under the input.
  const text = reason.startsWith("is ") ? reason.slice(3) : reason;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
