import { TRAIT_PREFIX, type CatalogField } from "@mosaic/shared";
import { badInput } from "../../../engine/errors.js";

/**
 * Columns and sort keys of the profile explorer. Built-in ones are a fixed list; `traits.<key>` must name a trait
 * of the workspace's catalog. Nothing the caller sends is ever written into SQL: keys become parameters.
 */
export const BUILT_IN_COLUMNS = [
  "last_seen_at",
  "first_seen_at",
  "event_count",
  "lifetime_value",
  "orders",
  "predicted_value_12m",
] as const;
export type BuiltInColumn = (typeof BUILT_IN_COLUMNS)[number];

export const SORT_FIELDS = ["last_seen_at", "first_seen_at", "event_count", "lifetime_value"] as const;

export const MAX_COLUMNS = 30;

export type ExplorerColumn = { kind: "builtIn"; id: BuiltInColumn } | { kind: "trait"; id: string; key: string };

const isBuiltIn = (id: string): id is BuiltInColumn => (BUILT_IN_COLUMNS as readonly string[]).includes(id);
const shown = (id: string) => JSON.stringify(id.slice(0, 100));

export function parseColumns(ids: readonly string[], traits: readonly CatalogField[]): ExplorerColumn[] {
  if (ids.length > MAX_COLUMNS) throw badInput("columns", `at most ${MAX_COLUMNS} columns`);
  const known = new Set(traits.map((t) => t.key));
  return ids.map((id, i) => {
    if (isBuiltIn(id)) return { kind: "builtIn", id };
    const key = id.startsWith(TRAIT_PREFIX) ? id.slice(TRAIT_PREFIX.length) : null;
    if (key && known.has(key)) return { kind: "trait", id, key };
    throw badInput(
      `columns[${i}]`,
      `unknown column ${shown(id)}; use one of ${BUILT_IN_COLUMNS.join(", ")} or traits.<a trait of this workspace>`,
    );
  });
}

/**
 * How one sort key reads in SQL. `nullable` keys put profiles without a value last, whatever the direction.
 * `needs` names the join the expression reads.
 */
export type SortKey = {
  field: string;
  expr: string;
  type: "timestamptz" | "numeric";
  nullable: boolean;
  needs: "ltv" | "eventCount" | null;
};

/** `param` turns the trait key into a bound parameter (`$n::text`). */
export function parseSort(field: string, traits: readonly CatalogField[], param: (value: string) => string): SortKey {
  switch (field) {
    case "last_seen_at":
    case "first_seen_at":
      return { field, expr: `p.${field}`, type: "timestamptz", nullable: false, needs: null };
    case "lifetime_value":
      return { field, expr: "l.revenue", type: "numeric", nullable: true, needs: "ltv" };
    case "event_count":
      return { field, expr: "coalesce(ec.n, 0)", type: "numeric", nullable: false, needs: "eventCount" };
  }
  const key = field.startsWith(TRAIT_PREFIX) ? field.slice(TRAIT_PREFIX.length) : null;
  const trait = key ? traits.find((t) => t.key === key) : undefined;
  if (!key || !trait)
    throw badInput(
      "sort.field",
      `unknown sort field ${shown(field)}; use one of ${SORT_FIELDS.join(", ")} or traits.<a numeric trait>`,
    );
  if (trait.type !== "number") throw badInput("sort.field", `trait ${shown(key)} is not numeric`);
  const k = param(key);
  // Only numeric JSON values sort; a stray string in the trait counts as no value instead of failing the cast.
  const expr = `(CASE WHEN jsonb_typeof(p.traits -> ${k}) = 'number' THEN (p.traits ->> ${k})::numeric END)`;
  return { field, expr, type: "numeric", nullable: true, needs: null };
}
