import { hasErrorCode, isGraphQLRequestError } from "../../../lib/graphql";
import { locateIssue, type RuleIssue } from "./rules-input";

/**
 * What the live preview shows:
 * - invalid: the tree is incomplete or wrong (checked here, or by the server against the catalog);
 * - failed: the server could not answer (network, timeout) — the last figures stay, marked stale;
 * - updating: the user is still typing, or a newer answer is on its way — the last figures stay, dimmed;
 * - ready: the figures match the tree on screen.
 */
export type PreviewStatus =
  { kind: "invalid"; issue: RuleIssue } | { kind: "failed"; error: unknown } | { kind: "updating" } | { kind: "ready" };

export function previewStatus(input: {
  localIssue: RuleIssue | null;
  error: unknown;
  /** The tree on screen differs from the one last sent (the debounce has not fired yet). */
  debouncing: boolean;
  fetching: boolean;
}): PreviewStatus {
  if (input.localIssue) return { kind: "invalid", issue: input.localIssue };
  if (input.debouncing) return { kind: "updating" };
  if (input.error) {
    if (hasErrorCode(input.error, "BAD_USER_INPUT") && isGraphQLRequestError(input.error)) {
      return { kind: "invalid", issue: locateIssue(input.error.field ?? "rules", input.error.message) };
    }
    return { kind: "failed", error: input.error };
  }
  return input.fetching ? { kind: "updating" } : { kind: "ready" };
}

/** Size of each top-level rule or group, by its index in the root group. */
export function sizesByIndex(sizes: ReadonlyArray<{ index: number; count: number }> | undefined): Map<number, number> {
  return new Map((sizes ?? []).map((size) => [size.index, size.count]));
}
