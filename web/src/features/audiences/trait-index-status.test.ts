import { describe, expect, it } from "vitest";
import { sortTraitIndexes, statusOf, traitIndexSummary } from "./trait-index-status";

const row = (key: string, status: string) => ({ key, status });

describe("trait index status", () => {
  it.each([
    ["ready", "indexed", "teal"],
    ["building", "building", "yellow"],
    ["failed", "failed", "red"],
    ["toString", "unknown", "gray"],
  ])("%s reads as %s", (status, label, color) => {
    expect(statusOf(status)).toMatchObject({ label, color });
  });

  it("lists ready traits first, then building, then failed, each by key", () => {
    const rows = [row("plan", "failed"), row("tier", "ready"), row("country", "building"), row("city", "ready")];
    expect(sortTraitIndexes(rows).map((r) => r.key)).toEqual(["city", "tier", "country", "plan"]);
  });

  it.each<[Array<{ key: string; status: string }>, string]>([
    [[], ""],
    [[row("a", "ready"), row("b", "ready"), row("c", "building")], "2 indexed, 1 building"],
    [[row("a", "failed"), row("b", "ready")], "1 indexed, 1 failed"],
  ])("summarises %j as %j", (rows, summary) => {
    expect(traitIndexSummary(rows)).toBe(summary);
  });
});
