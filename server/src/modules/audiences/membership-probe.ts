import type { RuleGroup } from "@mosaic/shared";
import { compilePlan } from "./audience.compiler.js";
import type { Catalog } from "./catalog.js";
import type { CompileOptions } from "./compile-context.js";
import type { SqlValue } from "./sql-params.js";
import { planLeaves, planSql } from "./tree.compiler.js";

/**
 * An audience evaluated for a few given profiles only: `SELECT id, member` for each profile of the workspace
 * whose id is in `profileIds`. It uses the per-profile (probe) form of every condition, so the cost grows with
 * the number of profiles, not with the audience: what the real-time membership worker needs after ingestion.
 * `ids` is the SQL of the profile id array parameter, for the statement around it.
 */
export function compileForProfiles(
  tree: RuleGroup,
  catalog: Catalog,
  options: CompileOptions & { profileIds: readonly string[] },
): { sql: string; params: SqlValue[]; ids: string } {
  const { ctx, plan } = compilePlan(tree, catalog, options, "probe");
  const ids = ctx.params.add([...options.profileIds], "text[]");
  // The deciding values are not needed here, but the probe form puts some parameters only in them.
  const values = planLeaves(plan).map((leaf, i) => `to_jsonb(${leaf.sql.value ?? "NULL::text"}) AS v${i}`);
  const sql = [
    `SELECT ${["p.id", `coalesce(${planSql(plan)}, false) AS member`, ...values].join(",\n  ")}`,
    "FROM profiles p",
    ...ctx.joins,
    `WHERE p.workspace_id = ${ctx.workspace} AND p.id = ANY(${ids}::uuid[])`,
  ].join("\n");
  return { sql, params: ctx.params.values, ids: `${ids}::uuid[]` };
}
