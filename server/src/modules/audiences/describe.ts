import {
  AGGREGATE_LABELS,
  ANY_PAGE_EVENT,
  ANY_SCREEN_EVENT,
  COMPUTED_TRAITS,
  COUNT_OPERATOR_SYMBOLS,
  VALUE_OPERATOR_LABELS,
  describeAmount,
  describeDateCondition,
  isComputedRule,
  isComputedTraitName,
  isEventRule,
  isIdentifierRule,
  isSequenceRule,
  isTraitRule,
  parseField,
  type NumberCondition,
  type PropertyFilter,
  type Rule,
  type ValueCondition,
} from "@mosaic/shared";

/** A leaf as a sentence: what is measured ("Order Completed count in the last 30 days") and what it needs. */
export type LeafText = { subject: string; expected: string };

const quote = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

const SYMBOLS = { "=": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥" } as const;
const PHRASES = {
  contains: "containing",
  doesNotContain: "not containing",
  beginsWith: "beginning with",
  endsWith: "ending with",
} as const;

export function eventLabel(event: string): string {
  if (event === ANY_PAGE_EVENT) return "any page view";
  if (event === ANY_SCREEN_EVENT) return "any screen view";
  return event;
}

/** What a condition needs, to read after "needs": `= "US"`, `≥ 30`, `one of "DE", "FR"`, `in the last 30 days`. */
export function conditionText(condition: ValueCondition): string {
  switch (condition.operator) {
    case "exists":
      return "a value";
    case "notExists":
      return "no value";
    case "=":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return `${SYMBOLS[condition.operator]} ${quote(condition.value)}`;
    case "between":
    case "notBetween":
      return `${VALUE_OPERATOR_LABELS[condition.operator]} ${condition.value[0]} and ${condition.value[1]}`;
    case "in":
    case "notIn":
      return `${condition.operator === "in" ? "one of" : "none of"} ${condition.value.map(quote).join(", ")}`;
    case "contains":
    case "doesNotContain":
    case "beginsWith":
    case "endsWith":
      return `${PHRASES[condition.operator]} ${quote(condition.value)}`;
    case "before":
    case "after":
    case "inLast":
    case "moreThanAgo":
    case "inNext":
      return describeDateCondition(condition);
  }
}

function numberText(condition: NumberCondition): string {
  switch (condition.operator) {
    case "between":
      return `between ${condition.value[0]} and ${condition.value[1]}`;
    case "notBetween":
      return `not between ${condition.value[0]} and ${condition.value[1]}`;
    default:
      return `${SYMBOLS[condition.operator]} ${condition.value}`;
  }
}

const whereText = (where: PropertyFilter[]) =>
  where.length ? ` where ${where.map((f) => `${f.property} ${conditionText(f)}`).join(" and ")}` : "";

export function describeLeaf(rule: Rule): LeafText {
  const ref = parseField(rule.field);
  if (isTraitRule(rule)) return { subject: "key" in ref ? ref.key : rule.field, expected: conditionText(rule) };
  if (isComputedRule(rule)) {
    const name = "key" in ref ? ref.key : rule.field;
    return {
      subject: isComputedTraitName(name) ? COMPUTED_TRAITS[name].label : name,
      expected: conditionText(rule),
    };
  }
  if (isIdentifierRule(rule)) {
    const type = "key" in ref ? ref.key : rule.field;
    const expected =
      rule.operator === "exists"
        ? "at least one"
        : rule.operator === "notExists"
          ? "none"
          : rule.operator === "="
            ? `one equal to "${rule.value}"`
            : `one ending with "${rule.value}"`;
    return { subject: `${type} identifiers`, expected };
  }
  if (isSequenceRule(rule)) {
    const steps = rule.value.steps.map((s) => `${eventLabel(s.event)}${whereText(s.where)}`).join(", then ");
    const window = rule.value.window ? `, starting ${describeDateCondition(rule.value.window)}` : "";
    return {
      subject: `${steps} within ${describeAmount(rule.value.within)}${window}`,
      expected: "to have happened",
    };
  }
  if (isEventRule(rule)) {
    const value = rule.value;
    const event = `${eventLabel(value.event)}${whereText(value.where)}`;
    switch (rule.operator) {
      case "performed":
      case "notPerformed": {
        const window = rule.value.window ? ` ${describeDateCondition(rule.value.window)}` : " ever";
        const expected =
          rule.operator === "notPerformed"
            ? "= 0"
            : `${COUNT_OPERATOR_SYMBOLS[rule.value.count.op]} ${rule.value.count.n}`;
        return { subject: `${event} count${window}`, expected };
      }
      case "firstPerformed":
      case "lastPerformed":
        return {
          subject: `${rule.operator === "firstPerformed" ? "first" : "last"} ${event}`,
          expected: describeDateCondition(rule.value.when),
        };
      case "aggregate": {
        const window = rule.value.window ? ` ${describeDateCondition(rule.value.window)}` : " ever";
        return {
          subject: `${AGGREGATE_LABELS[rule.value.fn]} ${rule.value.property} of ${event}${window}`,
          expected: numberText(rule.value.compare),
        };
      }
    }
  }
  return { subject: rule.field, expected: rule.operator };
}

/** A deciding value as read aloud: null is "none"; dates keep their ISO form. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
