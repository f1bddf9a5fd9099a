import { describe, expect, it } from "vitest";
import {
  DEFAULT_COLUMNS,
  exportUrl,
  moveColumn,
  readExplorerState,
  toVariables,
  writeExplorerState,
  type ExplorerState,
} from "./explorer-state";

const rules = { combinator: "and", rules: [{ field: "traits.country", operator: "=", value: "US" }] };
const full: ExplorerState = {
  search: "ana@example.com",
  rules,
  audienceId: "6f1c1d7e-0000-4000-8000-000000000001",
  sort: { field: "traits.score", direction: "asc" },
  columns: ["traits.plan, tier", "event_count", "identities"],
};

describe("explorer state in the URL", () => {
  it("round-trips every part of the view", () => {
    expect(readExplorerState(new URLSearchParams(writeExplorerState(full).toString()))).toEqual(full);
  });

  it("writes nothing for the default view", () => {
    const state = readExplorerState(new URLSearchParams());
    expect(state).toEqual({
      search: "",
      rules: null,
      audienceId: null,
      sort: { field: "last_seen_at", direction: "desc" },
      columns: DEFAULT_COLUMNS,
    });
    expect(writeExplorerState(state).toString()).toBe("");
  });

  it.each([
    ["rules=%7Bnot-json", "rules", null],
    ["rules=%5B1%2C2%5D", "rules", null],
    ['rules={"combinator":"and","rules":[]}', "rules", null],
    ["dir=sideways", "sort", { field: "last_seen_at", direction: "desc" }],
    ["col=a&col=a&col=b", "columns", ["a", "b"]],
  ] as const)("reads %s leniently", (query, key, expected) => {
    expect(readExplorerState(new URLSearchParams(query))[key]).toEqual(expected);
  });

  it("sends the server only the columns it computes, and the same view to the export", () => {
    expect(toVariables(full).columns).toEqual(["traits.plan, tier", "event_count"]);
    const url = new URL(exportUrl(full), "http://x");
    expect(url.pathname).toBe("/api/exports/profiles");
    expect(url.searchParams.getAll("columns")).toEqual(["traits.plan, tier", "event_count"]);
    expect(JSON.parse(url.searchParams.get("rules") ?? "")).toEqual(rules);
    expect(url.searchParams.get("sort")).toBe("traits.score");
    expect(url.searchParams.get("direction")).toBe("asc");
    expect(url.searchParams.get("search")).toBe("ana@example.com");
  });

  it.each([
    [["a", "b", "c"], "b", -1, ["b", "a", "c"]],
    [["a", "b", "c"], "b", 1, ["a", "c", "b"]],
    [["a", "b", "c"], "a", -1, ["a", "b", "c"]],
    [["a", "b", "c"], "c", 1, ["a", "b", "c"]],
    [["a", "b", "c"], "z", 1, ["a", "b", "c"]],
  ] as const)("moves %j's %s by %i", (columns, id, by, expected) => {
    expect(moveColumn(columns, id, by)).toEqual(expected);
  });
});
