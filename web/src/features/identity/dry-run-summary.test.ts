import { describe, expect, it } from "vitest";
import { beforeAfter, dryRunHeadline, type DryRunReport } from "./dry-run-summary";

const change = { profiles: 2, messages: 3, identifiers: [{ type: "user_id", value: "u1" }] };
const empty: DryRunReport = {
  messages: 10,
  newlyResolved: 0,
  newlyUnresolved: 0,
  current: { profiles: 4, merges: 1 },
  proposed: { profiles: 4, merges: 1 },
  merges: [],
  splits: [],
};

describe("dryRunHeadline", () => {
  it.each([
    ["nothing changes", empty, "No profile would change."],
    ["one merge", { ...empty, merges: [change] }, "1 group of profiles would merge."],
    [
      "merges and splits",
      { ...empty, merges: [change, change], splits: [change] },
      "2 groups of profiles would merge; 1 profile would split.",
    ],
    [
      "resolution changes",
      { ...empty, newlyUnresolved: 1200, newlyResolved: 1 },
      "1,200 messages would no longer resolve; 1 message would newly resolve.",
    ],
  ])("%s", (_, report, expected) => {
    expect(dryRunHeadline(report)).toBe(expected);
  });
});

describe("beforeAfter", () => {
  it.each([
    [1204, 1198, "1,204 → 1,198 (−6)"],
    [3, 5, "3 → 5 (+2)"],
    [7, 7, "7 → 7 (±0)"],
  ])("%i → %i", (before, after, expected) => {
    expect(beforeAfter(before, after)).toBe(expected);
  });
});
