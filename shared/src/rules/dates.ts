import { z } from "zod";

export const TIME_UNITS = ["minutes", "hours", "days", "weeks", "months", "years"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** "30 days": the value of the relative date operators (inLast, moreThanAgo, inNext) and of sequence gaps. */
export const relativeAmountSchema = z.object({
  amount: z.union([
    z.number().int().min(1).max(100_000),
    z
      .string()
      .regex(/^\s*\d{1,6}\s*$/, "must be a whole number")
      .transform(Number)
      .pipe(z.number().int().min(1).max(100_000)),
  ]),
  unit: z.enum(TIME_UNITS),
});
export type RelativeAmount = z.output<typeof relativeAmountSchema>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A calendar date ("2026-01-31") or a date-time; a date-time without an offset is read as UTC, so a rule means
 * the same thing whatever the server's or the browser's time zone.
 */
export function parseDateValue(text: string): { instant: Date; dateOnly: boolean } | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, , , offset] = match;
  const dateOnly = hour === undefined;
  const normalised = dateOnly
    ? `${year}-${month}-${day}T00:00:00Z`
    : `${text.trim().replace(" ", "T")}${offset === undefined ? "Z" : ""}`;
  const instant = new Date(normalised);
  if (Number.isNaN(instant.getTime())) return null;
  // Date.parse rolls 2026-02-30 over to March; a rule with such a date is a typo, not a date.
  const check = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (check.getUTCMonth() + 1 !== Number(month) || check.getUTCDate() !== Number(day)) return null;
  return { instant, dateOnly };
}

export const dateValueSchema = z
  .string()
  .max(40)
  .refine((text) => parseDateValue(text) !== null, "must be a date (YYYY-MM-DD) or an ISO 8601 date-time");

const UNIT_MS: Partial<Record<TimeUnit, number>> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

/** `at` moved by `sign` × amount units; months and years move on the UTC calendar (Jan 31 + 1 month = Feb 28/29). */
export function shiftTime(at: Date, { amount, unit }: RelativeAmount, sign: 1 | -1): Date {
  const ms = UNIT_MS[unit];
  if (ms !== undefined) return new Date(at.getTime() + sign * amount * ms);
  const months = (unit === "years" ? 12 : 1) * amount * sign;
  const target = new Date(at.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** A half-open time range [from, to); a null end is unbounded. */
export type TimeRange = { from: Date | null; to: Date | null };

export const DATE_OPERATORS = ["before", "after", "between", "inLast", "moreThanAgo", "inNext"] as const;
export type DateOperator = (typeof DATE_OPERATORS)[number];

export type DateCondition =
  | { operator: "before" | "after"; value: string }
  | { operator: "between"; value: [string, string] }
  | { operator: "inLast" | "moreThanAgo" | "inNext"; value: RelativeAmount };

function instantOf(text: string): { instant: Date; dateOnly: boolean } {
  const parsed = parseDateValue(text);
  // Values reach here only through the schemas above, which reject what does not parse.
  if (!parsed) throw new RangeError(`not a date: ${text}`);
  return parsed;
}

/**
 * The instants a date condition accepts, relative to `now`:
 * before X = (−∞, X); after X = [X, ∞); between [A, B] = [A, B), where a date-only B covers that whole day;
 * inLast N = [now − N, now); moreThanAgo N = (−∞, now − N); inNext N = [now, now + N).
 */
export function dateRange(condition: DateCondition, now: Date): TimeRange {
  switch (condition.operator) {
    case "before":
      return { from: null, to: instantOf(condition.value).instant };
    case "after":
      return { from: instantOf(condition.value).instant, to: null };
    case "between": {
      const from = instantOf(condition.value[0]).instant;
      const end = instantOf(condition.value[1]);
      const to = end.dateOnly ? new Date(end.instant.getTime() + 86_400_000) : end.instant;
      return { from, to };
    }
    case "inLast":
      return { from: shiftTime(now, condition.value, -1), to: now };
    case "moreThanAgo":
      return { from: null, to: shiftTime(now, condition.value, -1) };
    case "inNext":
      return { from: now, to: shiftTime(now, condition.value, 1) };
  }
}

export function describeAmount({ amount, unit }: RelativeAmount): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

export function describeDateCondition(condition: DateCondition): string {
  switch (condition.operator) {
    case "before":
      return `before ${condition.value}`;
    case "after":
      return `on or after ${condition.value}`;
    case "between":
      return `between ${condition.value[0]} and ${condition.value[1]}`;
    case "inLast":
      return `in the last ${describeAmount(condition.value)}`;
    case "moreThanAgo":
      return `more than ${describeAmount(condition.value)} ago`;
    case "inNext":
      return `in the next ${describeAmount(condition.value)}`;
  }
}
