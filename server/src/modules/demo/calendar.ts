import { type Rng, Weighted } from "./random.js";

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export const DEFAULT_END = "2026-10-31T23:59:59Z";
export const PERIOD_MONTHS = 18;

export type Channel = "online" | "store";

// Relative traffic by weekday, Sunday first: online peaks Sunday/Monday evenings, stores on Saturday.
const WEEKDAY: Record<Channel, readonly number[]> = {
  online: [1.15, 1.08, 1.0, 0.98, 0.96, 0.88, 0.95],
  store: [1.1, 0.7, 0.75, 0.8, 0.9, 1.2, 1.7],
};

// Local hour of day, 0..23.
const HOURS: Record<Channel, readonly number[]> = {
  online: [
    0.3, 0.2, 0.1, 0.08, 0.08, 0.15, 0.4, 0.8, 1.1, 1.3, 1.4, 1.5, 1.8, 1.7, 1.5, 1.4, 1.4, 1.5, 1.8, 2.2, 2.5, 2.3,
    1.6, 0.8,
  ],
  store: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, 1, 1.3, 1.7, 1.6, 1.5, 1.5, 1.6, 1.7, 1.4, 1, 0.5, 0, 0, 0],
};

/** Day of Thanksgiving (fourth Thursday of November) in a year, as a UTC day number. */
function thanksgiving(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return Math.floor(first.getTime() / DAY_MS) + offset + 21;
}

/**
 * Seasonality of one UTC day: steady growth over the period, a weekly pattern, a November peak with Black
 * Friday to Cyber Monday on top, a busy first half of December and a quiet January.
 */
function seasonOfDay(day: number, growth: number, channel: Channel): number {
  const date = new Date(day * DAY_MS);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  let factor = growth * (WEEKDAY[channel][date.getUTCDay()] ?? 1);
  const blackFriday = thanksgiving(date.getUTCFullYear()) + 1;
  if (day >= blackFriday && day <= blackFriday + 3) factor *= 3.2;
  else if (month === 10) factor *= day >= blackFriday - 7 ? 2.0 : 1.5;
  else if (month === 11 && dayOfMonth <= 20) factor *= 1.35;
  else if (month === 0) factor *= 0.8;
  else if (month === 6) factor *= 1.1;
  return factor;
}

/** The demo period (18 months ending at `end`) and its seasonality, precomputed per day. */
export class Calendar {
  readonly startMs: number;
  readonly endMs: number;
  private readonly firstDay: number;
  private readonly season: Record<Channel, number[]>;
  private readonly maxSeason: Record<Channel, number>;
  private readonly peakToMean: Record<Channel, number>;
  private readonly dayPicker: Record<Channel, Weighted<number>>;
  private readonly hourPicker: Record<Channel, Weighted<number>>;

  constructor(end: string = DEFAULT_END) {
    this.endMs = Date.parse(end);
    if (!Number.isFinite(this.endMs)) throw new RangeError(`end: "${end}" is not an ISO date`);
    const endDate = new Date(this.endMs);
    this.startMs = Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth() - PERIOD_MONTHS + 1, 1);
    this.firstDay = Math.floor(this.startMs / DAY_MS);
    const days = Math.floor(this.endMs / DAY_MS) - this.firstDay + 1;
    const build = (channel: Channel) =>
      Array.from({ length: days }, (_, i) => seasonOfDay(this.firstDay + i, 0.7 + (0.6 * i) / days, channel));
    this.season = { online: build("online"), store: build("store") };
    this.maxSeason = { online: Math.max(...this.season.online), store: Math.max(...this.season.store) };
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    this.peakToMean = {
      online: this.maxSeason.online / mean(this.season.online),
      store: this.maxSeason.store / mean(this.season.store),
    };
    const dayTable = (channel: Channel) =>
      new Weighted(this.season[channel].map((w, i) => [this.firstDay + i, w] as const));
    this.dayPicker = { online: dayTable("online"), store: dayTable("store") };
    const hourTable = (channel: Channel) => new Weighted(HOURS[channel].map((w, h) => [h, w] as const));
    this.hourPicker = { online: hourTable("online"), store: hourTable("store") };
  }

  /** Seasonality at a time relative to the period's busiest day (0..1], for thinning Poisson processes. */
  relativeSeason(ms: number, channel: Channel): number {
    const index = Math.floor(ms / DAY_MS) - this.firstDay;
    return (this.season[channel][index] ?? 0) / this.maxSeason[channel];
  }

  /** A moment on a day drawn by seasonality, at a local hour drawn from the channel's daily rhythm. */
  seasonalMoment(rng: Rng, channel: Channel, utcOffsetHours: number): number {
    return this.momentOnDay(rng, this.dayPicker[channel].pick(rng), channel, utcOffsetHours);
  }

  /** A moment on the UTC day that contains `ms`, at a realistic local hour, kept inside the period. */
  momentNear(rng: Rng, ms: number, channel: Channel, utcOffsetHours: number): number {
    return this.momentOnDay(rng, Math.floor(ms / DAY_MS), channel, utcOffsetHours);
  }

  /**
   * Arrival times in [from, to) of a Poisson process averaging `ratePerWeek` over the period and following its
   * seasonality (thinning from the peak rate), each moved to a realistic hour of its day.
   */
  arrivals(
    rng: Rng,
    ratePerWeek: number,
    from: number,
    to: number,
    channel: Channel,
    utcOffsetHours: number,
  ): number[] {
    const times: number[] = [];
    if (ratePerWeek <= 0) return times;
    const peakRate = ratePerWeek * this.peakToMean[channel];
    let t = from;
    for (;;) {
      t += rng.exponential(WEEK_MS / peakRate);
      if (t >= to) break;
      if (rng.next() < this.relativeSeason(t, channel)) {
        const moment = this.momentNear(rng, t, channel, utcOffsetHours);
        if (moment > from && moment < to) times.push(moment);
      }
    }
    return times.sort((a, b) => a - b);
  }

  private momentOnDay(rng: Rng, day: number, channel: Channel, utcOffsetHours: number): number {
    const localHour = this.hourPicker[channel].pick(rng);
    const ms = day * DAY_MS + (localHour - utcOffsetHours) * 3_600_000 + Math.floor(rng.next() * 3_600_000);
    return Math.min(this.endMs - 1, Math.max(this.startMs, ms));
  }
}
