import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT";

/** An expected failure, safe to show to the caller. `field` names the input at fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badInput = (field: string, reason: string) => new AppError("BAD_USER_INPUT", `${field}: ${reason}`, field);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/** The one place where errors become what a GraphQL client sees; anything unexpected is logged, not leaked. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") {
    // Apollo's own validation and parse errors are already safe and specific.
    return formatted;
  }
  if (original && isUniqueViolation(original)) {
    return { message: "Already exists", path: formatted.path, extensions: { code: "CONFLICT" } };
  }
  console.error("Unexpected GraphQL error:", original ?? error);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "23505";
}
