import type { RuleGroup } from "@mosaic/shared";
import type { DataSource, EntityManager } from "typeorm";
import { z } from "zod";
import { compileAudience, inlineParams, type CompiledAudience } from "./audience.compiler.js";
import type { Catalog } from "./catalog.js";
import type { CompileOptions } from "./compile-context.js";
import { queryRows } from "./sql-runner.js";

export type RunOptions = CompileOptions & {
  /** Cancels a count that takes longer (a superseded live preview should not keep a core busy). */
  timeoutMs?: number;
};

/** Runs `run` in a transaction whose statements are cancelled after `timeoutMs`. */
export async function withTimeout<T>(
  db: DataSource,
  timeoutMs: number | undefined,
  run: (m: EntityManager) => Promise<T>,
) {
  return db.transaction(async (manager) => {
    if (timeoutMs !== undefined)
      await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [
        String(Math.max(1, Math.round(timeoutMs))),
      ]);
    return run(manager);
  });
}

export async function countAudience(
  db: DataSource,
  tree: RuleGroup,
  catalog: Catalog,
  options: RunOptions,
): Promise<number> {
  const compiled = compileAudience(tree, catalog, options);
  const [row] = await withTimeout(db, options.timeoutMs, (m) =>
    queryRows(m, compiled.countSql, compiled.params, z.object({ count: z.number() })),
  );
  return row?.count ?? 0;
}

export type AudienceSample = { id: string; traits: Record<string, unknown>; lastSeenAt: Date };

/** A few members, most recently seen first: "who is in this audience" before saving or sending. */
export async function sampleAudience(
  db: DataSource,
  tree: RuleGroup,
  catalog: Catalog,
  options: RunOptions & { limit?: number },
): Promise<AudienceSample[]> {
  const compiled = compileAudience(tree, catalog, options);
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 1000);
  const sql = `SELECT s.id, s.traits, s.last_seen_at FROM profiles s
    WHERE s.workspace_id = $1::uuid AND s.id IN (${compiled.sql})
    ORDER BY s.last_seen_at DESC, s.id LIMIT $${compiled.params.length + 1}::int`;
  const rows = await withTimeout(db, options.timeoutMs, (m) =>
    queryRows(
      m,
      sql,
      [...compiled.params, limit],
      z.object({ id: z.string(), traits: z.record(z.string(), z.unknown()), last_seen_at: z.date() }),
    ),
  );
  return rows.map((r) => ({ id: r.id, traits: r.traits, lastSeenAt: r.last_seen_at }));
}

/** "Show SQL": the parameterised query and its parameters, and the same with the values written in. */
export function audienceSql(
  tree: RuleGroup,
  catalog: Catalog,
  options: CompileOptions,
): CompiledAudience & { readable: string } {
  const compiled = compileAudience(tree, catalog, options);
  return { ...compiled, readable: inlineParams(compiled.sql, compiled.params) };
}
