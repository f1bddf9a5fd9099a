import { z } from "zod";
import { dateConditionSchema, numberConditionSchema, valueConditionSchema } from "./conditions.schema.js";
import { relativeAmountSchema } from "./dates.js";

/**
 * The structured values of `event` and `sequence` rules. react-querybuilder keeps a rule's value opaque, so a
 * custom value editor edits these objects; the operator says which shape the value has.
 */
export const eventNameSchema = z.string().min(1, "must name an event").max(200);

/** A filter on one property of the event: {property, operator, value}, the operators of traits. */
export const propertyFilterSchema = z.intersection(
  z.object({ property: z.string().min(1, "must name a property").max(200) }),
  valueConditionSchema,
);
export type PropertyFilter = z.output<typeof propertyFilterSchema>;

const where = z.array(propertyFilterSchema).max(20).default([]);

export const COUNT_OPERATORS = ["atLeast", "atMost", "exactly"] as const;
export type CountOperator = (typeof COUNT_OPERATORS)[number];

export const countSchema = z.object({
  op: z.enum(COUNT_OPERATORS),
  n: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^\s*\d+\s*$/)
        .transform(Number),
    ])
    .pipe(z.number().int().min(0).max(1e6)),
});

/** performed: did the event at least / at most / exactly n times, within an optional window, matching `where`. */
export const performedValueSchema = z.object({
  event: eventNameSchema,
  count: countSchema.default({ op: "atLeast", n: 1 }),
  window: dateConditionSchema.optional(),
  where,
});

/** notPerformed: not once within the window (or ever). */
export const notPerformedValueSchema = z.object({
  event: eventNameSchema,
  window: dateConditionSchema.optional(),
  where,
});

/** firstPerformed / lastPerformed: when the first (last) matching event happened. Never performed: false. */
export const firstLastValueSchema = z.object({
  event: eventNameSchema,
  when: dateConditionSchema,
  where,
});

export const AGGREGATE_FUNCTIONS = ["sum", "avg", "min", "max"] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** aggregate: sum / avg / min / max of a numeric property over the matching events, compared with a number. */
export const aggregateValueSchema = z.object({
  event: eventNameSchema,
  fn: z.enum(AGGREGATE_FUNCTIONS),
  property: z.string().min(1, "must name a property").max(200),
  compare: numberConditionSchema,
  window: dateConditionSchema.optional(),
  where,
});

export const sequenceStepSchema = z.object({ event: eventNameSchema, where });

/** performedInOrder: step 1, then step 2, ... each strictly later, all within `within` of step 1. */
export const sequenceValueSchema = z.object({
  steps: z.array(sequenceStepSchema).min(2, "needs at least two steps").max(5),
  within: relativeAmountSchema,
  window: dateConditionSchema.optional(),
});

export type PerformedValue = z.output<typeof performedValueSchema>;
export type NotPerformedValue = z.output<typeof notPerformedValueSchema>;
export type FirstLastValue = z.output<typeof firstLastValueSchema>;
export type AggregateValue = z.output<typeof aggregateValueSchema>;
export type SequenceValue = z.output<typeof sequenceValueSchema>;
