import { MAX_RULE_DEPTH, ruleDepth, ruleGroupSchema, type RuleGroup } from "@mosaic/shared";
import { badInput } from "../../engine/errors.js";
import { AudienceRuleError } from "./audience.errors.js";

/**
 * A rule path as the API names it: the argument, then the tree path with list positions in brackets
 * ("rules", "1.value.where.0.property" → "rules.rules[1].value.where[0].property").
 */
export function fieldPath(argument: string, path: ReadonlyArray<PropertyKey> | string): string {
  const parts = typeof path === "string" ? path.split(".").filter(Boolean) : path.map(String);
  return parts.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : `${out}.${part}`), argument);
}

/** Validates an untrusted rule tree (shape, operators, value types, depth); BAD_USER_INPUT naming the rule. */
export function parseRuleTree(input: unknown, argument = "rules"): RuleGroup {
  const parsed = ruleGroupSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(fieldPath(argument, issue?.path ?? []), issue?.message ?? "is not a valid rule tree");
  }
  if (ruleDepth(parsed.data) > MAX_RULE_DEPTH)
    throw badInput(argument, `must nest at most ${MAX_RULE_DEPTH} groups deep`);
  return parsed.data;
}

/** Runs a compilation; a tree that does not fit the catalog becomes BAD_USER_INPUT on the rule at fault. */
export function withRulePaths<T>(argument: string, compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (!(error instanceof AudienceRuleError)) throw error;
    const [first] = error.issues;
    if (!first) throw badInput(argument, "is not a valid rule tree");
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
    throw badInput(fieldPath(argument, first.path), `${first.message}${more}`);
  }
}
