import type { IdentityRulesDryRunQuery } from "../../gql/graphql";
import { formatNumber } from "../../lib/format";

export type DryRunReport = IdentityRulesDryRunQuery["identityRulesDryRun"];

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** One line on what saving would do, for the top of the preview. */
export function dryRunHeadline(report: DryRunReport): string {
  const parts = [
    report.merges.length > 0
      ? count(report.merges.length, "group of profiles would merge", "groups of profiles would merge")
      : null,
    report.splits.length > 0 ? count(report.splits.length, "profile would split", "profiles would split") : null,
    report.newlyUnresolved > 0
      ? count(report.newlyUnresolved, "message would no longer resolve", "messages would no longer resolve")
      : null,
    report.newlyResolved > 0
      ? count(report.newlyResolved, "message would newly resolve", "messages would newly resolve")
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `${parts.join("; ")}.` : "No profile would change.";
}

/** "1,204 → 1,198 (−6)": a before/after figure with its signed difference. */
export function beforeAfter(before: number, after: number): string {
  const delta = after - before;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${formatNumber(before)} → ${formatNumber(after)} (${sign}${formatNumber(Math.abs(delta))})`;
}
