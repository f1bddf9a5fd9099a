import type { RuleGroup } from "@mosaic/shared";
import { prepareRuleGroup, type RuleGroupType } from "react-querybuilder";

export const EMPTY_TREE: RuleGroupType = { combinator: "and", rules: [] };

/** A saved (schema-checked) tree as the builder's state, with the ids react-querybuilder tracks rules by. */
export function toBuilderQuery(tree: RuleGroup | null): RuleGroupType {
  return prepareRuleGroup(tree ?? EMPTY_TREE);
}
