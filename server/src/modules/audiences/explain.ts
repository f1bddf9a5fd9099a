import type { RuleGroup, TraceNode } from "@mosaic/shared";
import { z } from "zod";
import { badInput } from "../../engine/errors.js";
import { compilePlan } from "./audience.compiler.js";
import type { Catalog } from "./catalog.js";
import type { CompileOptions } from "./compile-context.js";
import { describeLeaf, valueText } from "./describe.js";
import type { SqlValue } from "./sql-params.js";
import { queryRows, type SqlRunner } from "./sql-runner.js";
import { planLeaves, type PlanNode } from "./tree.compiler.js";
import { UUID } from "../../engine/ids.js";

export type { TraceNode };

export type Explanation = { profileId: string; member: boolean; trace: TraceNode };

/** One query for one profile: for each leaf its value (vN, as jsonb) and whether it holds (hN). */
export function compileProbe(
  tree: RuleGroup,
  catalog: Catalog,
  options: CompileOptions & { profileId: string },
): { sql: string; params: SqlValue[]; plan: PlanNode } {
  const { ctx, plan } = compilePlan(tree, catalog, options, "probe");
  const profile = ctx.params.add(options.profileId, "uuid");
  const columns = planLeaves(plan).flatMap((leaf, i) => [
    `to_jsonb(${leaf.sql.value ?? "NULL::text"}) AS v${i}`,
    `${leaf.sql.holds} AS h${i}`,
  ]);
  const sql = [
    `SELECT ${["p.id", ...columns].join(",\n  ")}`,
    "FROM profiles p",
    ...ctx.joins,
    `WHERE p.workspace_id = ${ctx.workspace} AND p.id = ${profile}`,
  ].join("\n");
  return { sql, params: ctx.params.values, plan };
}

function trace(node: PlanNode, results: Map<string, { value: unknown; holds: boolean }>): TraceNode {
  switch (node.type) {
    case "leaf": {
      const result = results.get(node.path) ?? { value: null, holds: false };
      const { subject, expected } = describeLeaf(node.rule);
      return {
        type: "condition",
        path: node.path,
        field: node.rule.field,
        operator: node.rule.operator,
        subject,
        expected,
        actual: result.value,
        holds: result.holds,
        text: `${subject} = ${valueText(result.value)} (needs ${expected}) ${result.holds ? "✓" : "✗"}`,
      };
    }
    case "audience": {
      const child = trace(node.child, results);
      const negated = node.rule.operator === "notMemberOf";
      return {
        type: "audience",
        path: node.path,
        audienceId: node.rule.value,
        name: node.name,
        negated,
        holds: negated !== child.holds,
        child,
      };
    }
    case "group": {
      const children = node.children.map((c) => trace(c, results));
      const combined =
        node.combinator === "and"
          ? children.every((c) => c.holds)
          : children.length === 0 || children.some((c) => c.holds);
      return {
        type: "group",
        path: node.path,
        combinator: node.combinator,
        not: node.not,
        holds: node.not !== combined,
        children,
      };
    }
  }
}

/** Explains one profile; null when the profile is not in the workspace. */
export async function explainProfile(
  db: SqlRunner,
  tree: RuleGroup,
  catalog: Catalog,
  options: CompileOptions & { profileId: string },
): Promise<Explanation | null> {
  if (!UUID.test(options.profileId)) throw badInput("profileId", "is not a profile id (a UUID)");
  const { sql, params, plan } = compileProbe(tree, catalog, options);
  const [row] = await queryRows(db, sql, params, z.record(z.string(), z.unknown()));
  if (!row) return null;
  const results = new Map(
    planLeaves(plan).map((leaf, i) => [leaf.path, { value: row[`v${i}`] ?? null, holds: row[`h${i}`] === true }]),
  );
  const root = trace(plan, results);
  return { profileId: options.profileId, member: root.holds, trace: root };
}
