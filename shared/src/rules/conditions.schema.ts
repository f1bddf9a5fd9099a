import { z } from "zod";
import { dateValueSchema, parseDateValue, relativeAmountSchema } from "./dates.js";

/** Value types of traits and event properties, as the catalog infers them from the data. */
export const VALUE_TYPES = ["string", "number", "boolean", "date", "array", "object"] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * Operators on one value (a trait, an event property, a computed trait). Names follow react-querybuilder's
 * defaults where one exists ("=", "in", "between", "contains", ...); the date and existence operators are ours.
 */
export const VALUE_OPERATORS = [
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "between",
  "notBetween",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "beginsWith",
  "endsWith",
  "before",
  "after",
  "inLast",
  "moreThanAgo",
  "inNext",
  "exists",
  "notExists",
] as const;
export type ValueOperator = (typeof VALUE_OPERATORS)[number];

export const UNARY_OPERATORS: ReadonlySet<string> = new Set(["exists", "notExists"]);

/** Which operators make sense for which value type; the server rejects any other pairing. */
export const OPERATORS_BY_TYPE: Readonly<Record<ValueType, readonly ValueOperator[]>> = {
  string: ["=", "!=", "in", "notIn", "contains", "doesNotContain", "beginsWith", "endsWith", "exists", "notExists"],
  number: ["=", "!=", "<", "<=", ">", ">=", "between", "notBetween", "in", "notIn", "exists", "notExists"],
  boolean: ["=", "!=", "exists", "notExists"],
  date: ["before", "after", "between", "inLast", "moreThanAgo", "inNext", "exists", "notExists"],
  array: ["contains", "doesNotContain", "exists", "notExists"],
  object: ["exists", "notExists"],
};

const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/;

/** A number, or the numeric text a plain input box produces. */
export const numberValueSchema = z.union([
  z.number().finite(),
  z.string().regex(NUMERIC_TEXT, "must be a number").transform(Number).pipe(z.number().finite()),
]);

const text = z.string().max(1000);
const scalar = z.union([text, z.number().finite(), z.boolean()]);

/** "a, b" from a plain text box, or an array (react-querybuilder with `listsAsArrays`). */
function listOf<T extends z.ZodType>(item: T, min: number, max: number) {
  return z
    .union([
      z.array(z.unknown()),
      z.string().transform((value) => (value.trim() === "" ? [] : value.split(",").map((part) => part.trim()))),
    ])
    .pipe(z.array(item).min(min).max(max));
}

const rangeEnd = z.union([z.number().finite(), z.string().regex(NUMERIC_TEXT).transform(Number), dateValueSchema]);

const rangeSchema = listOf(rangeEnd, 2, 2).transform((ends, ctx): [number, number] | [string, string] => {
  const [a, b] = ends;
  if (typeof a === "number" && typeof b === "number") {
    if (a > b) ctx.addIssue({ code: "custom", message: "the lower bound must not exceed the upper bound" });
    return [a, b];
  }
  if (typeof a === "string" && typeof b === "string") {
    const from = parseDateValue(a)?.instant.getTime() ?? 0;
    const to = parseDateValue(b)?.instant.getTime() ?? 0;
    if (from > to) ctx.addIssue({ code: "custom", message: "the first date must not be after the second" });
    return [a, b];
  }
  ctx.addIssue({ code: "custom", message: "must be two numbers or two dates" });
  return z.NEVER;
});

const option = <O extends readonly [ValueOperator, ...ValueOperator[]], V extends z.ZodType>(operators: O, value: V) =>
  z.object({ operator: z.literal(operators), value });

const unary = z.unknown().transform(() => null);
const containsValue = z.union([text.min(1), z.number().finite(), z.boolean()]);
const listValue = listOf(z.union([text, z.number().finite()]), 1, 1000);

const dateOptions = [
  option(["before", "after"], dateValueSchema),
  option(["between"], rangeSchema.pipe(z.tuple([dateValueSchema, dateValueSchema], { error: "must be two dates" }))),
  option(["inLast", "moreThanAgo", "inNext"], relativeAmountSchema),
] as const;

const unknownOperator = (issue: { code?: string }) =>
  issue.code === "invalid_union" ? "unknown operator, or one that does not fit here" : undefined;

/** {operator, value}: the value checked against the operator (the value type is checked later, on the catalog). */
export const valueConditionSchema = z.discriminatedUnion(
  "operator",
  [
    option(["exists", "notExists"], unary),
    option(["=", "!="], scalar),
    option(["<", "<=", ">", ">="], numberValueSchema),
    option(["between", "notBetween"], rangeSchema),
    option(["in", "notIn"], listValue),
    option(["contains", "doesNotContain"], containsValue),
    option(["beginsWith", "endsWith"], text.min(1)),
    option(["before", "after"], dateValueSchema),
    option(["inLast", "moreThanAgo", "inNext"], relativeAmountSchema),
  ],
  { error: unknownOperator },
);
export type ValueCondition = z.output<typeof valueConditionSchema>;

/** The date operators alone: "first performed in the last 30 days", an event window. */
export const dateConditionSchema = z.discriminatedUnion("operator", [...dateOptions], { error: unknownOperator });

export function isValueOperator(operator: unknown): operator is ValueOperator {
  return typeof operator === "string" && (VALUE_OPERATORS as readonly string[]).includes(operator);
}

/** A comparison of a number: event aggregates (sum, average, min, max of a property). */
export const numberConditionSchema = z.discriminatedUnion(
  "operator",
  [
    option(["=", "!=", "<", "<=", ">", ">="], numberValueSchema),
    option(
      ["between", "notBetween"],
      rangeSchema.pipe(z.tuple([z.number(), z.number()], { error: "must be two numbers" })),
    ),
  ],
  { error: unknownOperator },
);
export type NumberCondition = z.output<typeof numberConditionSchema>;
