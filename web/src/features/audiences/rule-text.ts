import {
  AGGREGATE_LABELS,
  ANY_PAGE_EVENT,
  ANY_SCREEN_EVENT,
  COMPUTED_TRAITS,
  describeAmount,
  describeDateCondition,
  isAudienceRule,
  isComputedTraitName,
  isEventRule,
  isRuleGroup,
  isSequenceRule,
  parseField,
  ruleGroupSchema,
  type DateCondition,
  type EventRule,
  type PropertyFilter,
  type Rule,
  type RuleGroup,
  type ValueCondition,
} from "@mosaic/shared";

export { isRuleGroup };

/** Looks up names the rules only reference by id (other audiences). */
export type RuleNames = { audienceName?: (id: string) => string | undefined };

export type RuleKind = "trait" | "computed" | "identifier" | "event" | "sequence" | "audience";

/** Parses a segment's stored rules; null when they do not match the shared rule schema. */
export function parseRuleGroup(rules: unknown): RuleGroup | null {
  const parsed = ruleGroupSchema.safeParse(rules);
  return parsed.success ? parsed.data : null;
}

/** A muted rule or group is left out of the audience, so it is left out of the text too. */
export function isMuted(node: Rule | RuleGroup): boolean {
  return node.muted === true;
}

export function ruleKind(rule: Rule): RuleKind {
  const ref = parseField(rule.field);
  return ref.kind === "unknown" ? "trait" : ref.kind;
}

/** "traits.country" → "country"; computed traits by their label; identifiers by their type ("user id"). */
export function fieldLabel(field: string): string {
  const ref = parseField(field);
  switch (ref.kind) {
    case "trait":
      return ref.key;
    case "computed":
      return isComputedTraitName(ref.key) ? COMPUTED_TRAITS[ref.key].label.toLowerCase() : ref.key;
    case "identifier":
      return ref.key.replace(/_/g, " ");
    default:
      return field;
  }
}

const SYMBOLS: Readonly<Record<string, string>> = {
  "=": "=",
  "!=": "≠",
  "<": "<",
  "<=": "≤",
  ">": ">",
  ">=": "≥",
  in: "in",
  notIn: "not in",
  contains: "contains",
  doesNotContain: "does not contain",
  beginsWith: "begins with",
  endsWith: "ends with",
  between: "between",
  notBetween: "not between",
};

function scalarText(value: unknown): string {
  if (value === "") return '""';
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "null";
}

/** "country = US", "signup in the last 30 days", "email is known": one value condition on a subject. */
export function conditionText(subject: string, condition: ValueCondition): string {
  switch (condition.operator) {
    case "exists":
      return `${subject} is known`;
    case "notExists":
      return `${subject} is unknown`;
    case "between":
    case "notBetween":
      return `${subject} ${SYMBOLS[condition.operator]} ${scalarText(condition.value[0])} and ${scalarText(condition.value[1])}`;
    case "in":
    case "notIn":
      return `${subject} ${SYMBOLS[condition.operator]} ${condition.value.map(scalarText).join(", ")}`;
    case "before":
    case "after":
      return `${subject} ${describeDateCondition({ operator: condition.operator, value: condition.value })}`;
    case "inLast":
    case "moreThanAgo":
    case "inNext":
      return `${subject} ${describeDateCondition({ operator: condition.operator, value: condition.value })}`;
    default:
      return `${subject} ${SYMBOLS[condition.operator] ?? condition.operator} ${scalarText(condition.value)}`;
  }
}

export function eventLabel(event: string): string {
  if (event === ANY_PAGE_EVENT) return "any page view";
  if (event === ANY_SCREEN_EVENT) return "any screen view";
  return event;
}

function whereText(where: readonly PropertyFilter[]): string {
  return where.length === 0
    ? ""
    : ` where ${where.map((filter) => conditionText(filter.property, filter)).join(" and ")}`;
}

function windowText(window: DateCondition | undefined): string {
  return window ? ` ${describeDateCondition(window)}` : "";
}

function countText({ op, n }: { op: "atLeast" | "atMost" | "exactly"; n: number }): string {
  if (op === "atLeast" && n === 1) return "";
  const times = `${n} ${n === 1 ? "time" : "times"}`;
  return ` ${op === "atLeast" ? "at least" : op === "atMost" ? "at most" : "exactly"} ${times}`;
}

function eventRuleText(rule: EventRule): string {
  switch (rule.operator) {
    case "performed":
      return `performed ${eventLabel(rule.value.event)}${countText(rule.value.count)}${whereText(rule.value.where)}${windowText(rule.value.window)}`;
    case "notPerformed":
      return `did not perform ${eventLabel(rule.value.event)}${whereText(rule.value.where)}${windowText(rule.value.window)}`;
    case "firstPerformed":
    case "lastPerformed":
      return `${rule.operator === "firstPerformed" ? "first" : "last"} performed ${eventLabel(rule.value.event)}${whereText(rule.value.where)} ${describeDateCondition(rule.value.when)}`;
    case "aggregate": {
      const subject = `${AGGREGATE_LABELS[rule.value.fn]} ${rule.value.property} of ${eventLabel(rule.value.event)}${whereText(rule.value.where)}`;
      return `${conditionText(subject, rule.value.compare)}${windowText(rule.value.window)}`;
    }
  }
}

/** One rule as a sentence fragment. */
export function ruleToText(rule: Rule, names: RuleNames = {}): string {
  if (isEventRule(rule)) return eventRuleText(rule);
  if (isSequenceRule(rule)) {
    const steps = rule.value.steps.map((step) => `${eventLabel(step.event)}${whereText(step.where)}`).join(", then ");
    return `performed ${steps} within ${describeAmount(rule.value.within)}${windowText(rule.value.window)}`;
  }
  if (isAudienceRule(rule)) {
    const name = names.audienceName?.(rule.value) ?? `audience ${rule.value.slice(0, 8)}`;
    return `${rule.operator === "memberOf" ? "in" : "not in"} ${name}`;
  }
  const subject = fieldLabel(rule.field);
  if (ruleKind(rule) === "identifier" && (rule.operator === "exists" || rule.operator === "notExists")) {
    return `${rule.operator === "exists" ? "has" : "has no"} ${subject}`;
  }
  return conditionText(subject, rule);
}

/**
 * One line for a whole rule tree: "country = US AND (plan in pro, business)".
 * Nested groups are parenthesised, muted parts left out; an empty tree matches every profile.
 */
export function ruleGroupToText(group: RuleGroup, names: RuleNames = {}, nested = false): string {
  const parts = group.rules
    .filter((node) => !isMuted(node))
    .map((node) => (isRuleGroup(node) ? ruleGroupToText(node, names, true) : ruleToText(node, names)));
  const body =
    parts.length === 0
      ? nested
        ? "(no conditions)"
        : "all profiles"
      : parts.join(` ${group.combinator.toUpperCase()} `);
  const wrapped = parts.length > 0 && (nested || group.not) ? `(${body})` : body;
  return group.not ? `NOT ${wrapped}` : wrapped;
}

/** Conditions that count (muted ones do not). */
export function countConditions(group: RuleGroup): number {
  return group.rules
    .filter((node) => !isMuted(node))
    .reduce((sum, node) => sum + (isRuleGroup(node) ? countConditions(node) : 1), 0);
}
