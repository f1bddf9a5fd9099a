import type { CountOperator, AggregateFunction } from "./event-values.schema.js";
import type { ValueOperator } from "./conditions.schema.js";

/** Operators as a marketer reads them. */
export const VALUE_OPERATOR_LABELS: Readonly<Record<ValueOperator, string>> = {
  "=": "is",
  "!=": "is not",
  "<": "less than",
  "<=": "at most",
  ">": "more than",
  ">=": "at least",
  between: "between",
  notBetween: "not between",
  in: "is one of",
  notIn: "is none of",
  contains: "contains",
  doesNotContain: "does not contain",
  beginsWith: "begins with",
  endsWith: "ends with",
  before: "before",
  after: "on or after",
  inLast: "in the last",
  moreThanAgo: "more than … ago",
  inNext: "in the next",
  exists: "is known",
  notExists: "is unknown",
};

export const EVENT_OPERATOR_LABELS = {
  performed: "performed",
  notPerformed: "did not perform",
  firstPerformed: "first performed",
  lastPerformed: "last performed",
  aggregate: "total / average / min / max of a property",
} as const;

export const IDENTIFIER_OPERATOR_LABELS = {
  exists: "has",
  notExists: "has no",
  "=": "is",
  endsWith: "ends with",
} as const;

export const AUDIENCE_OPERATOR_LABELS = { memberOf: "is in", notMemberOf: "is not in" } as const;

export const COUNT_OPERATOR_SYMBOLS: Readonly<Record<CountOperator, string>> = {
  atLeast: "≥",
  atMost: "≤",
  exactly: "=",
};

export const AGGREGATE_LABELS: Readonly<Record<AggregateFunction, string>> = {
  sum: "total",
  avg: "average",
  min: "minimum",
  max: "maximum",
};
