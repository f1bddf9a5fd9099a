/** `Segment.sizeHistory` points shaped for the size-over-time chart and the list's trend line. */
export type SizePointInput = { at: string; size: number };
export type SizePoint = { time: number; size: number };

/** Oldest first, unreadable timestamps dropped; several points at one instant keep the last (newest batch). */
export function sizeSeries(points: readonly SizePointInput[]): SizePoint[] {
  const byTime = new Map<number, number>();
  for (const point of points) {
    const time = Date.parse(point.at);
    if (!Number.isNaN(time)) byTime.set(time, point.size);
  }
  return [...byTime.entries()].sort(([a], [b]) => a - b).map(([time, size]) => ({ time, size }));
}

export type SizeChange = { from: number; to: number; delta: number; ratio: number | null };

/** From the first to the last point of the series; null with fewer than two points. */
export function sizeChange(series: readonly SizePoint[]): SizeChange | null {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last || series.length < 2) return null;
  const delta = last.size - first.size;
  return { from: first.size, to: last.size, delta, ratio: first.size > 0 ? delta / first.size : null };
}

/**
 * The series as steps for a chart that ends "now": membership stays at the last size until the next refresh,
 * so the line is carried to `now` when that is later than the last point.
 */
export function carriedToNow(series: readonly SizePoint[], now: number): SizePoint[] {
  const last = series.at(-1);
  return last && now > last.time ? [...series, { time: now, size: last.size }] : [...series];
}

const DAY = 24 * 3600 * 1000;

/** Axis ticks name days, or times of day when the whole series spans less than two days. */
export function tickStyle(series: readonly SizePoint[]): "day" | "time" {
  const first = series[0];
  const last = series.at(-1);
  return first && last && last.time - first.time < 2 * DAY ? "time" : "day";
}
