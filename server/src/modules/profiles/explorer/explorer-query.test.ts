import { describe, expect, it } from "vitest";
import type { Catalog } from "../../audiences/index.js";
import { buildExplorerQuery } from "./explorer-query.js";

const EVIL = "score'); DROP TABLE profiles; --";
const catalog: Catalog = {
  traits: [
    { key: "country", type: "string", seen: 10, suggestions: ["US"] },
    { key: EVIL, type: "number", seen: 10, suggestions: [] },
  ],
  events: [],
  identifiers: [{ type: "email", count: 10 }],
  audiences: [],
  refreshedAt: null,
  indexedTraits: [],
  indexedProperties: [],
};
const options = { workspaceId: "00000000-0000-4000-8000-000000000001", now: new Date("2026-11-23T00:00:00Z") };

describe("buildExplorerQuery", () => {
  it("binds trait keys, search text and filter values as parameters, never as SQL", () => {
    const query = buildExplorerQuery(
      {
        search: "x'; DELETE FROM identities; --",
        rules: { combinator: "and", rules: [{ field: `traits.${EVIL}`, operator: ">", value: 3 }] },
        sort: { field: `traits.${EVIL}`, direction: "asc" },
        columns: [`traits.${EVIL}`],
      },
      catalog,
      options,
    );
    const statements = [query.count, query.exportRows, ...query.page(10, null)];
    for (const { sql, params } of statements) {
      expect(sql).not.toContain("DROP");
      expect(sql).not.toContain("DELETE");
      expect(params).toContain(EVIL);
      expect(sql.match(/\$(\d+)/g)?.every((p) => Number(p.slice(1)) <= params.length)).toBe(true);
    }
  });

  it("reads a nullable sort in two statements: with a value in order, then without by id", () => {
    const query = buildExplorerQuery({ sort: { field: "lifetime_value", direction: "desc" } }, catalog, options);
    const [ranked, rest] = query.page(10, null);
    expect(ranked?.sql).toMatch(/l\.revenue IS NOT NULL[\s\S]*ORDER BY l\.revenue DESC, p\.id DESC/);
    expect(rest?.sql).toMatch(/l\.revenue IS NULL[\s\S]*ORDER BY p\.id DESC/);
    expect(query.exportRows.sql).toContain("ORDER BY l.revenue DESC NULLS LAST, p.id DESC");
  });

  it("counts without the sort's joins or the cursor", () => {
    const query = buildExplorerQuery({ sort: { field: "event_count", direction: "desc" } }, catalog, options);
    expect(query.count.sql).not.toContain("profile_event_stats");
    expect(query.count.params).toEqual([options.workspaceId]);
  });
});
