import { createHash } from "node:crypto";
import type { CatalogField } from "@mosaic/shared";
import pg from "pg";

/**
 * Keys that may become an index. The key is written into DDL (an index expression cannot take a parameter), so
 * besides being escaped as a literal it must be plain: no quotes, backslashes, spaces or control characters.
 */
export const TRAIT_INDEX_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** Each index costs every profile write an index insert: the number per workspace stays small. */
export const MAX_TRAIT_INDEXES = 16;

/**
 * The traits worth an index: string traits the catalog found to have few distinct values (it lists suggestions
 * only then), most seen first. Free text (names, emails) has no suggestions and gains little from a btree here.
 */
export function chooseTraitIndexes(traits: readonly CatalogField[], max = MAX_TRAIT_INDEXES): string[] {
  return traits
    .filter((t) => t.type === "string" && t.suggestions.length > 0 && TRAIT_INDEX_KEY.test(t.key))
    .sort((a, b) => b.seen - a.seen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, max)
    .map((t) => t.key);
}

function checkedKey(key: string): string {
  if (!TRAIT_INDEX_KEY.test(key)) throw new Error(`trait key ${JSON.stringify(key)} cannot be indexed`);
  return key;
}

/**
 * One name per key, whatever the workspace: the index is on (workspace_id, expression), so every workspace
 * indexing the key shares it. 64 bits of SHA-256, so two keys practically never share a name.
 */
export function traitIndexName(key: string): string {
  return `profiles_trait_${createHash("sha256").update(checkedKey(key)).digest("hex").slice(0, 16)}`;
}

/**
 * The trait as text when it is a JSON string, else NULL: the index expression and the compiler's condition. Both
 * come from here so that PostgreSQL sees the same expression and can answer the condition from the index.
 */
export function traitIndexExpression(traits: string, key: string): string {
  const literal = `${pg.escapeLiteral(checkedKey(key))}::text`;
  return `(CASE WHEN jsonb_typeof((${traits} -> ${literal})) = 'string' THEN (${traits} ->> ${literal}) END)`;
}

/** Runs outside a transaction; IF NOT EXISTS makes a second builder (another process) a no-op. */
export function createTraitIndexSql(key: string): string {
  return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${traitIndexName(key)} ON profiles (workspace_id, ${traitIndexExpression("traits", key)})`;
}

const INDEX_NAME = /^profiles_trait_[0-9a-f]{16}$/;

export function dropTraitIndexSql(indexName: string): string {
  if (!INDEX_NAME.test(indexName)) throw new Error(`${JSON.stringify(indexName)} is not a trait index`);
  return `DROP INDEX CONCURRENTLY IF EXISTS ${indexName}`;
}
