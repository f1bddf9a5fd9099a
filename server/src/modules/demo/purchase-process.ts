import { type Calendar, DAY_MS, WEEK_MS } from "./calendar.js";
import type { Rng } from "./random.js";

/**
 * The buying behaviour of the population, in BG/NBD and Gamma-Gamma terms (Fader, Hardie & Lee), so the
 * LTV models fitted to the demo data recover parameters close to these:
 * - while active, a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α) per week;
 * - after each repeat purchase they drop out for good with probability p ~ Beta(a, b) (as in BG/NBD, nobody
 *   drops out right after the first purchase);
 * - the value of each order is Gamma(shape spendShape, rate ν) with ν ~ Gamma(shape q, rate γ), so the mean
 *   order value of the population is spendShape · γ / (q - 1).
 */
export const BUYING = {
  r: 0.6,
  alpha: 10,
  a: 1.1,
  b: 3.4,
  spendShape: 6,
  q: 4,
  gamma: 40,
} as const;

export type PurchasePlan = {
  /** Purchase moments, ascending; the first may fall inside the sign-up visit. */
  times: number[];
  /** When the customer stopped buying (the moment of the last purchase), or +∞ while still active. */
  lapsedAt: number;
  /** Weekly purchase rate while active. */
  rate: number;
  /** Draws the target value of one order. */
  orderValue: () => number;
};

/**
 * `firstAt` is the first purchase; later ones follow the weekly seasonality and the daily rhythm of the
 * channel the customer mostly uses.
 */
export function planPurchases(
  rng: Rng,
  calendar: Calendar,
  firstAt: number,
  channel: "online" | "store",
  utcOffset: number,
): PurchasePlan {
  const rate = rng.gamma(BUYING.r, 1 / BUYING.alpha);
  const dropout = rng.beta(BUYING.a, BUYING.b);
  const spendRate = rng.gamma(BUYING.q, 1 / BUYING.gamma);
  const orderValue = () => rng.gamma(BUYING.spendShape, 1 / spendRate);
  const times = [firstAt];
  let lapsedAt = Number.POSITIVE_INFINITY;
  // Same-day repeats would merge into one transaction in the RFM summary; start the clock the next day.
  for (const t of calendar.arrivals(rng, rate, firstAt + DAY_MS, calendar.endMs, channel, utcOffset)) {
    times.push(t);
    if (rng.chance(dropout)) {
      lapsedAt = t;
      break;
    }
  }
  return { times, lapsedAt, rate, orderValue };
}

/** Sign-ups that never buy still browse for a while, then drift away. */
export function nonBuyerLapse(rng: Rng, signedUpAt: number): number {
  return signedUpAt + rng.exponential(16 * WEEK_MS);
}
