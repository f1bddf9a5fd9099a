export type ActivityDay = { day: string; events: number };

export type ActivitySummary = { total: number; activeDays: number; busiest: ActivityDay | null };

/** Totals of a dense day series: events, days with any event, and the busiest day (the earliest on a tie). */
export function summarizeActivity(days: readonly ActivityDay[]): ActivitySummary {
  let total = 0;
  let activeDays = 0;
  let busiest: ActivityDay | null = null;
  for (const day of days) {
    total += day.events;
    if (day.events > 0) activeDays += 1;
    if (day.events > 0 && (!busiest || day.events > busiest.events)) busiest = day;
  }
  return { total, activeDays, busiest };
}
