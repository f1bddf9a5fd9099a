import {
  AUDIENCE_FIELD,
  EVENT_FIELD,
  SEQUENCE_FIELD,
  UNARY_OPERATORS,
  type BuilderField,
  type ValueType,
} from "@mosaic/shared";

const RELATIVE = new Set(["inLast", "moreThanAgo", "inNext"]);
const RANGE = new Set(["between", "notBetween"]);
const LIST = new Set(["in", "notIn"]);

/** A fresh value when a condition's operator changes: the shape the operator needs, empty where the user types. */
export function defaultConditionValue(operator: string, type: ValueType | undefined): unknown {
  if (UNARY_OPERATORS.has(operator)) return null;
  if (RELATIVE.has(operator)) return { amount: 30, unit: "days" };
  if (RANGE.has(operator)) return ["", ""];
  if (LIST.has(operator)) return [];
  if (type === "boolean") return true;
  return "";
}

/** The value object of an event rule for its operator, starting from the most frequent event. */
export function defaultEventValue(operator: string, event: string): Record<string, unknown> {
  switch (operator) {
    case "notPerformed":
      return { event, where: [] };
    case "firstPerformed":
    case "lastPerformed":
      return { event, when: { operator: "inLast", value: { amount: 30, unit: "days" } }, where: [] };
    case "aggregate":
      return { event, fn: "sum", property: "", compare: { operator: ">=", value: "" }, where: [] };
    default:
      return { event, count: { op: "atLeast", n: 1 }, where: [] };
  }
}

export function defaultSequenceValue(events: readonly string[]): Record<string, unknown> {
  return {
    steps: [
      { event: events[0] ?? "", where: [] },
      { event: events[1] ?? events[0] ?? "", where: [] },
    ],
    within: { amount: 7, unit: "days" },
  };
}

/** react-querybuilder's getDefaultValue: what a new rule, or one whose field or operator changed, starts with. */
export function defaultRuleValue(rule: { field: string; operator: string }, field: BuilderField | undefined): unknown {
  const options = (field?.values ?? []).map((option) => option.value);
  if (rule.field === EVENT_FIELD) return defaultEventValue(rule.operator, options[0] ?? "");
  if (rule.field === SEQUENCE_FIELD) return defaultSequenceValue(options);
  if (rule.field === AUDIENCE_FIELD) return options[0] ?? "";
  return defaultConditionValue(rule.operator, field?.valueType);
}
