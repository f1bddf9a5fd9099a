import { z } from "zod";

/**
 * The audience rule tree, shaped like react-querybuilder's RuleGroupType so the builder edits it directly.
 * Field names are validated against the catalog on the server; values are only ever SQL parameters.
 */
export const ruleValueSchema = z.union([
  z.string().max(1000),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(1000), z.number().finite()])).max(1000),
]);

export const ruleSchema = z.object({
  id: z.string().max(100).optional(),
  field: z.string().min(1).max(200),
  operator: z.string().min(1).max(50),
  value: ruleValueSchema,
});

export type Rule = z.infer<typeof ruleSchema>;

export type RuleGroup = {
  id?: string;
  combinator: "and" | "or";
  not?: boolean;
  rules: Array<Rule | RuleGroup>;
};

export const MAX_RULE_DEPTH = 8;

export const ruleGroupSchema: z.ZodType<RuleGroup> = z.lazy(() =>
  z.object({
    id: z.string().max(100).optional(),
    combinator: z.enum(["and", "or"]),
    not: z.boolean().optional(),
    rules: z.array(z.union([ruleSchema, ruleGroupSchema])).max(200),
  }),
);

export function ruleDepth(group: RuleGroup): number {
  return 1 + Math.max(0, ...group.rules.map((r) => ("rules" in r ? ruleDepth(r) : 0)));
}
