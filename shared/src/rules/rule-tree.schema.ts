import { z } from "zod";
import { valueConditionSchema } from "./conditions.schema.js";
import {
  aggregateValueSchema,
  firstLastValueSchema,
  notPerformedValueSchema,
  performedValueSchema,
  sequenceValueSchema,
} from "./event-values.schema.js";
import {
  AUDIENCE_FIELD,
  COMPUTED_PREFIX,
  EVENT_FIELD,
  IDENTIFIER_PREFIX,
  SEQUENCE_FIELD,
  TRAIT_PREFIX,
  parseField,
} from "./fields.js";

/**
 * The audience rule tree, shaped like react-querybuilder's RuleGroupType (combinator, not, rules; rules with
 * field, operator, value) so the builder edits it directly. Each rule kind is told apart by its field (see
 * fields.ts) and its value's shape by its operator. Names are checked against the catalog on the server;
 * values only ever reach SQL as parameters.
 */
const ruleMeta = z.object({
  id: z.string().max(100).optional(),
  disabled: z.boolean().optional(),
  /** A muted rule or group is left out of the audience, as react-querybuilder leaves it out of its exports. */
  muted: z.boolean().optional(),
  valueSource: z.literal("value", { error: "comparing with another field is not supported" }).optional(),
});

const keyed = <P extends string>(prefix: P) => z.templateLiteral([prefix, z.string().min(1).max(200)]);

export const traitRuleSchema = z.intersection(ruleMeta.extend({ field: keyed(TRAIT_PREFIX) }), valueConditionSchema);
export const computedRuleSchema = z.intersection(
  ruleMeta.extend({ field: keyed(COMPUTED_PREFIX) }),
  valueConditionSchema,
);
export const identifierRuleSchema = ruleMeta
  .extend({ field: keyed(IDENTIFIER_PREFIX) })
  .and(
    z.discriminatedUnion(
      "operator",
      [
        z.object({ operator: z.literal(["exists", "notExists"]), value: z.unknown().transform(() => null) }),
        z.object({ operator: z.literal(["=", "endsWith"]), value: z.string().min(1).max(1000) }),
      ],
      { error: (issue) => (issue.code === "invalid_union" ? "must be exists, notExists, = or endsWith" : undefined) },
    ),
  );

const eventField = z.literal(EVENT_FIELD);
export const eventRuleSchema = z.discriminatedUnion(
  "operator",
  [
    ruleMeta.extend({ field: eventField, operator: z.literal("performed"), value: performedValueSchema }),
    ruleMeta.extend({ field: eventField, operator: z.literal("notPerformed"), value: notPerformedValueSchema }),
    ruleMeta.extend({
      field: eventField,
      operator: z.literal(["firstPerformed", "lastPerformed"]),
      value: firstLastValueSchema,
    }),
    ruleMeta.extend({ field: eventField, operator: z.literal("aggregate"), value: aggregateValueSchema }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? "must be performed, notPerformed, firstPerformed, lastPerformed or aggregate"
        : undefined,
  },
);

export const sequenceRuleSchema = ruleMeta.extend({
  field: z.literal(SEQUENCE_FIELD),
  operator: z.literal("performedInOrder", { error: "must be performedInOrder" }),
  value: sequenceValueSchema,
});

export const audienceRuleSchema = ruleMeta.extend({
  field: z.literal(AUDIENCE_FIELD),
  operator: z.literal(["memberOf", "notMemberOf"], { error: "must be memberOf or notMemberOf" }),
  value: z.uuid({ error: "must be the id of a saved audience" }),
});

export type TraitRule = z.output<typeof traitRuleSchema>;
export type ComputedRule = z.output<typeof computedRuleSchema>;
export type IdentifierRule = z.output<typeof identifierRuleSchema>;
export type EventRule = z.output<typeof eventRuleSchema>;
export type SequenceRule = z.output<typeof sequenceRuleSchema>;
export type AudienceRule = z.output<typeof audienceRuleSchema>;
export type Rule = TraitRule | ComputedRule | IdentifierRule | EventRule | SequenceRule | AudienceRule;

export type RuleGroup = {
  id?: string;
  combinator: "and" | "or";
  not?: boolean;
  disabled?: boolean;
  muted?: boolean;
  rules: Array<Rule | RuleGroup>;
};

export const MAX_RULE_DEPTH = 8;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const unknownField = (field: string) =>
  z.object({
    field: z
      .string()
      .refine(
        () => false,
        `unknown field "${field.slice(0, 200)}": expected traits.<key>, computed.<name>, identifiers.<type>, event, sequence or audience`,
      ),
  });

function ruleSchemaFor(input: unknown): z.ZodType<Rule, unknown> {
  const field = isRecord(input) && typeof input.field === "string" ? input.field : null;
  if (field === null) return z.object({ field: z.string({ error: "must name a field" }) }).pipe(z.never());
  switch (parseField(field).kind) {
    case "trait":
      return traitRuleSchema;
    case "computed":
      return computedRuleSchema;
    case "identifier":
      return identifierRuleSchema;
    case "event":
      return eventRuleSchema;
    case "sequence":
      return sequenceRuleSchema;
    case "audience":
      return audienceRuleSchema;
    case "unknown":
      return unknownField(field).pipe(z.never());
  }
}

/** A group when it has `rules`, else a rule: parsed by the one schema that fits, so errors name the real cause. */
const ruleNodeSchema: z.ZodType<Rule | RuleGroup, unknown> = z.unknown().transform((input, ctx): Rule | RuleGroup => {
  const schema: z.ZodType<Rule | RuleGroup, unknown> =
    isRecord(input) && "rules" in input ? ruleGroupSchema : ruleSchemaFor(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

export const ruleGroupSchema: z.ZodType<RuleGroup, unknown> = z.lazy(() =>
  z.object({
    id: z.string().max(100).optional(),
    combinator: z.enum(["and", "or"]),
    not: z.boolean().optional(),
    disabled: z.boolean().optional(),
    muted: z.boolean().optional(),
    rules: z.array(ruleNodeSchema).max(200),
  }),
);

export function isRuleGroup(node: Rule | RuleGroup): node is RuleGroup {
  return "rules" in node;
}

export function ruleDepth(group: RuleGroup): number {
  return 1 + Math.max(0, ...group.rules.map((r) => (isRuleGroup(r) ? ruleDepth(r) : 0)));
}

export function countRules(group: RuleGroup): number {
  return group.rules.reduce((sum, node) => sum + (isRuleGroup(node) ? countRules(node) : 1), 0);
}

export const isTraitRule = (rule: Rule): rule is TraitRule => parseField(rule.field).kind === "trait";
export const isComputedRule = (rule: Rule): rule is ComputedRule => parseField(rule.field).kind === "computed";
export const isIdentifierRule = (rule: Rule): rule is IdentifierRule => parseField(rule.field).kind === "identifier";
export const isEventRule = (rule: Rule): rule is EventRule => rule.field === EVENT_FIELD;
export const isSequenceRule = (rule: Rule): rule is SequenceRule => rule.field === SEQUENCE_FIELD;
export const isAudienceRule = (rule: Rule): rule is AudienceRule => rule.field === AUDIENCE_FIELD;
