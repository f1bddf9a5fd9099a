import type { CatalogField } from "@mosaic/shared";
import { describe, expect, it } from "vitest";
import {
  chooseTraitIndexes,
  createTraitIndexSql,
  dropTraitIndexSql,
  traitIndexExpression,
  traitIndexName,
} from "./trait-indexes.js";

const field = (key: string, seen: number, suggestions: string[] = ["a", "b"], type = "string"): CatalogField => ({
  key,
  type: type as CatalogField["type"],
  seen,
  suggestions,
});

describe("chooseTraitIndexes", () => {
  it.each<[string, CatalogField[], number, string[]]>([
    ["most seen first", [field("plan", 10), field("country", 30), field("tier", 20)], 16, ["country", "tier", "plan"]],
    ["ties by key", [field("b", 5), field("a", 5)], 16, ["a", "b"]],
    ["capped", [field("a", 3), field("b", 2), field("c", 1)], 2, ["a", "b"]],
    ["free text (no suggestions) is left out", [field("email", 50, []), field("plan", 10)], 16, ["plan"]],
    ["only strings", [field("age", 50, ["1"], "number"), field("signup", 50, ["x"], "date")], 16, []],
    [
      "keys that are not plain are never chosen",
      [field("x'); DROP TABLE profiles;--", 99), field('a"b', 98), field("a b", 97), field("ok_key-1.2", 1)],
      16,
      ["ok_key-1.2"],
    ],
    [
      "an empty key or one too long",
      [field("", 9), field("k".repeat(65), 9), field("k".repeat(64), 1)],
      16,
      ["k".repeat(64)],
    ],
    ["nothing to choose", [], 16, []],
  ])("%s", (_name, traits, max, expected) => {
    expect(chooseTraitIndexes(traits, max)).toEqual(expected);
  });
});

describe("index SQL", () => {
  it("names an index by a hash of its key, the same in every workspace", () => {
    expect(traitIndexName("country")).toMatch(/^profiles_trait_[0-9a-f]{16}$/);
    expect(traitIndexName("country")).toBe(traitIndexName("country"));
    expect(traitIndexName("country")).not.toBe(traitIndexName("plan"));
  });

  it("writes the key as a string literal in one expression shared by the index and the compiler", () => {
    const expression = traitIndexExpression("traits", "country");
    expect(expression).toBe(
      `(CASE WHEN jsonb_typeof((traits -> 'country'::text)) = 'string' THEN (traits ->> 'country'::text) END)`,
    );
    expect(traitIndexExpression("p.traits", "country")).toBe(expression.replaceAll("traits", "p.traits"));
    expect(createTraitIndexSql("country")).toBe(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${traitIndexName("country")} ON profiles (workspace_id, ${expression})`,
    );
  });

  it.each(["x'); DROP TABLE profiles;--", "a'b", 'a"b', "a\\b", "a b", "", "k".repeat(65), "é"])(
    "refuses the key %j before any SQL is written",
    (key) => {
      expect(() => traitIndexExpression("traits", key)).toThrow(/cannot be indexed/);
      expect(() => createTraitIndexSql(key)).toThrow(/cannot be indexed/);
      expect(() => traitIndexName(key)).toThrow(/cannot be indexed/);
    },
  );

  it("drops only trait indexes", () => {
    expect(dropTraitIndexSql(traitIndexName("plan"))).toBe(
      `DROP INDEX CONCURRENTLY IF EXISTS ${traitIndexName("plan")}`,
    );
    expect(() => dropTraitIndexSql("profiles_pkey")).toThrow(/not a trait index/);
    expect(() => dropTraitIndexSql("profiles_trait_0123456789abcdef; DROP TABLE x")).toThrow(/not a trait index/);
  });
});
