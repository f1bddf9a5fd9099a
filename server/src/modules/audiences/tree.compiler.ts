import {
  isAudienceRule,
  isComputedRule,
  isEventRule,
  isIdentifierRule,
  isRuleGroup,
  isSequenceRule,
  isTraitRule,
  type AudienceRule,
  type Rule,
  type RuleGroup,
} from "@mosaic/shared";
import { MAX_AUDIENCE_NESTING, MAX_CONDITIONS, type CompileContext, type LeafSql } from "./compile-context.js";
import { eventLeaf } from "./event-leaves.js";
import { computedLeaf, identifierLeaf, traitLeaf } from "./profile-leaves.js";
import { sequenceLeaf } from "./sequence-leaf.js";

/** The compiled tree: the same shape as the rules (muted ones left out), each leaf with its SQL. */
export type PlanNode =
  | { type: "group"; path: string; combinator: "and" | "or"; not: boolean; children: PlanNode[] }
  | { type: "leaf"; path: string; rule: Rule; sql: LeafSql }
  | { type: "audience"; path: string; rule: AudienceRule; name: string; child: PlanNode };

const childPath = (path: string, i: number) => (path ? `${path}.rules.${i}` : `rules.${i}`);

function compileLeaf(ctx: CompileContext, rule: Rule, path: string): LeafSql | null {
  if (isTraitRule(rule)) return traitLeaf(ctx, rule, path);
  if (isComputedRule(rule)) return computedLeaf(ctx, rule, path);
  if (isIdentifierRule(rule)) return identifierLeaf(ctx, rule, path);
  if (isEventRule(rule)) return eventLeaf(ctx, rule, path);
  if (isSequenceRule(rule)) return sequenceLeaf(ctx, rule, path);
  return ctx.issue(`${path}.field`, `unknown field "${rule.field}"`);
}

/**
 * Another saved audience is compiled inline (its current rules, so it is never stale), under this rule's path.
 * Cycles and deep chains are refused.
 */
function compileAudienceRef(ctx: CompileContext, rule: AudienceRule, path: string): PlanNode | null {
  const audience = ctx.index.audience(rule.value);
  if (!audience) return ctx.issue(`${path}.value`, `unknown audience ${rule.value}`);
  if (ctx.audienceStack.includes(audience.id))
    return ctx.issue(`${path}.value`, `audience "${audience.name}" refers back to itself`);
  if (ctx.audienceStack.length >= MAX_AUDIENCE_NESTING)
    return ctx.issue(`${path}.value`, `audiences may nest at most ${MAX_AUDIENCE_NESTING} deep`);
  if (!audience.rules) return ctx.issue(`${path}.value`, `audience "${audience.name}" has invalid rules`);
  ctx.audienceStack.push(audience.id);
  const before = ctx.issues.length;
  const child = compileGroup(ctx, audience.rules, `${path}.audience`);
  ctx.audienceStack.pop();
  // Issues inside the other audience are reported on this rule, with the inner path in the message.
  const inner = ctx.issues.splice(before);
  for (const issue of inner)
    ctx.issue(`${path}.value`, `audience "${audience.name}" cannot be used: ${issue.path}: ${issue.message}`);
  if (!child || inner.length) return null;
  return { type: "audience", path, rule, name: audience.name, child };
}

export function compileGroup(ctx: CompileContext, group: RuleGroup, path: string): PlanNode | null {
  const children: PlanNode[] = [];
  group.rules.forEach((node, i) => {
    if (node.muted) return;
    const at = childPath(path, i);
    if (isRuleGroup(node)) {
      const child = compileGroup(ctx, node, at);
      if (child) children.push(child);
      return;
    }
    if (isAudienceRule(node)) {
      const child = compileAudienceRef(ctx, node, at);
      if (child) children.push(child);
      return;
    }
    ctx.conditions += 1;
    if (ctx.conditions === MAX_CONDITIONS + 1)
      ctx.issue(at, `an audience may have at most ${MAX_CONDITIONS} conditions`);
    const sql = compileLeaf(ctx, node, at);
    if (sql) children.push({ type: "leaf", path: at, rule: node, sql });
  });
  return { type: "group", path, combinator: group.combinator, not: group.not ?? false, children };
}

/**
 * The boolean SQL of a plan node. `negated` counts the NOTs above modulo 2: with none, NULL and false select the
 * same rows, so leaves may use their strict (index-friendly) form; under a NOT they must be two-valued.
 */
export function planSql(node: PlanNode, negated = false, depth = 0): string {
  switch (node.type) {
    case "leaf":
      return negated ? node.sql.holds : (node.sql.strict ?? node.sql.holds);
    case "audience": {
      const not = node.rule.operator === "notMemberOf";
      const inner = planSql(node.child, negated !== not, depth);
      return not ? `NOT (${inner})` : inner;
    }
    case "group": {
      const inner = negated !== node.not;
      const all = node.children.map((child) => planSql(child, inner, depth + 1));
      // A constant true decides an OR and drops out of an AND.
      const parts = node.combinator === "or" && all.includes("true") ? [] : all.filter((part) => part !== "true");
      // An empty group matches every profile, as react-querybuilder's own SQL export has it ("1 = 1").
      const joined =
        parts.length === 0
          ? "true"
          : parts.length === 1
            ? (parts[0] ?? "true")
            : `(${parts.join(`\n${"  ".repeat(depth + 1)}${node.combinator.toUpperCase()} `)})`;
      return node.not ? `NOT (${joined})` : joined;
    }
  }
}

/** Every leaf in tree order (explain reads their values and results in this order). */
export function planLeaves(node: PlanNode): Array<Extract<PlanNode, { type: "leaf" }>> {
  switch (node.type) {
    case "leaf":
      return [node];
    case "audience":
      return planLeaves(node.child);
    case "group":
      return node.children.flatMap(planLeaves);
  }
}
