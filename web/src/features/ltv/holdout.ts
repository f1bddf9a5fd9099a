const DAY = 86_400_000;

function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY);
}

export type HoldoutMarker = {
  /** The week (1-based, as in the calibration series) that contains the holdout's first day. */
  week: number;
  /**
   * Where the holdout begins on the chart's week axis, whose point `w` is the end of week `w`: the end of the
   * last calibration day, in weeks (e.g. 52.14 when the holdout starts on day 365 of the data).
   */
  x: number;
  /** Length of the holdout in weeks (exact fraction). */
  weeks: number;
};

/** First and last day numbers of a `YYYY-MM` month. */
function monthDays(month: string | null | undefined): [number, number] | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  if (index < 0 || index > 11) return null;
  return [Math.round(Date.UTC(year, index, 1) / DAY), Math.round(Date.UTC(year, index + 1, 0) / DAY)];
}

/**
 * The holdout start on the calibration chart. The API gives the weeks (week 1 = the first 7 days of the data,
 * the last week ending on the last day of data, `calibrationEnd` of the full fit) and the holdout's first day,
 * but not the data's first day. The weeks put it within 7 days (last day − 7 × weeks + 1 … + 7); the month of
 * the first cohort (first purchases), when given, narrows that down. The earliest day left is used: exact when the
 * data spans whole weeks or the window straddles a month start, otherwise the marker may sit up to 6 days late
 * in the chart (a week at most). Null when there is no holdout.
 */
export function holdoutMarker(
  weeks: ReadonlyArray<{ week: number }>,
  holdoutStart: string | null | undefined,
  lastDay: string | null | undefined,
  firstCohort?: string | null,
): HoldoutMarker | null {
  const start = dayNumber(holdoutStart);
  const last = dayNumber(lastDay);
  const count = weeks.reduce((max, w) => Math.max(max, w.week), 0);
  if (start === null || last === null || count === 0 || start > last) return null;
  let firstDay = last - 7 * count + 1;
  const month = monthDays(firstCohort);
  if (month) {
    const low = Math.max(firstDay, month[0]);
    const high = Math.min(last - 7 * count + 7, month[1]);
    if (low <= high) firstDay = low;
  }
  const x = (start - firstDay) / 7;
  if (x <= 0 || x >= count) return null;
  return { week: Math.floor(x) + 1, x: Math.round(x * 100) / 100, weeks: (last - start + 1) / 7 };
}

/** Relative error of the model's holdout forecast: (expected − actual) / actual; null when nothing happened. */
export function holdoutError(expected: number | null | undefined, actual: number | null | undefined): number | null {
  if (expected === null || expected === undefined || actual === null || actual === undefined || actual <= 0)
    return null;
  return (expected - actual) / actual;
}
