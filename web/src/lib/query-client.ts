import { QueryClient } from "@tanstack/react-query";
import { isGraphQLRequestError } from "./graphql";

/** Retries only what a retry can fix: lost connections and server hiccups, never "not allowed" or bad input. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isGraphQLRequestError(error)) return true;
  return error.code === "NETWORK_ERROR" || (error.code === "HTTP_ERROR" && (error.status ?? 0) >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
