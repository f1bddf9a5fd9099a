/** About this many events are read per span of a backfill, so a span holds the workspace's batches briefly. */
export const BACKFILL_SPAN_EVENTS = 100_000;

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The spans of days a backfill walks through, [from, to) with null for open: the first starts at -infinity and the
 * last never ends, so every event is in exactly one whatever its day. Each covers about `spanEvents` events when the
 * events are spread evenly over [first, last].
 */
export function backfillSpans(
  first: string | null,
  last: string | null,
  events: number,
  spanEvents = BACKFILL_SPAN_EVENTS,
): Array<{ from: string | null; to: string | null }> {
  if (!first || !last) return [{ from: null, to: null }];
  const days = Math.round((Date.parse(last) - Date.parse(first)) / DAY_MS) + 1;
  const step = Math.max(1, Math.floor((days * spanEvents) / Math.max(events, 1)));
  const spans: Array<{ from: string | null; to: string | null }> = [];
  let from: string | null = null;
  for (let day = addDays(first, step); day <= last; day = addDays(day, step)) {
    spans.push({ from, to: day });
    from = day;
  }
  spans.push({ from, to: null });
  return spans;
}
