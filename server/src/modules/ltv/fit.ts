import { conditionalExpectedPurchases, expectedPurchasesNewCustomer, fitBgnbd, type BgnbdParams } from "./bgnbd.js";
import { type CustomerPrediction, predictCustomer, type ValueOptions } from "./clv.js";
import { parseIsoDay } from "./days.js";
import { fitGammaGamma } from "./gamma-gamma.js";
import { type CustomerRfm, type RfmSummary, summarizeRfm, type Transaction } from "./rfm.js";

export interface FitOptions {
  /** Last calibration day, `YYYY-MM-DD`, inclusive; later purchases form the holdout. Default: last date. */
  calibrationEnd?: string;
  /** Per-customer predictions at the calibration end (true for the defaults: 12 months, 1% a month). */
  predict?: boolean | ValueOptions;
}

export interface HoldoutWeek {
  /** Week number from the first date in the data (week 1 = its first 7 days). */
  week: number;
  /** Cumulative repeat purchases expected by the end of this week: Σ over customers of E[X(age)]. */
  expected: number;
  /** Cumulative repeat purchase-days observed by the end of this week. */
  actual: number;
}

export interface LtvFit {
  /** converged is false when the optimiser stopped early: do not present such parameters as estimates. */
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; converged: boolean };
  gammaGamma: { p: number; q: number; gamma: number; logLikelihood: number; converged: boolean };
  /** Customers in the calibration period (first purchase on or before calibrationEnd). */
  customers: number;
  calibrationEnd: string;
  holdout?: {
    /** Tracking curve over calibration + holdout (the FHL 2005 / lifetimes cumulative-transactions plot). */
    weeks: HoldoutWeek[];
    /** Σ over customers of E[Y(holdout length) | x, t_x, T]: repeat purchases expected in the holdout. */
    expectedTotal: number;
    /** Repeat purchase-days observed in the holdout. */
    actualTotal: number;
  };
  predictions?: CustomerPrediction[];
}

const DAYS_PER_WEEK = 7;

function dayOf(date: string): number {
  const day = parseIsoDay(date);
  if (day === undefined) throw new RangeError(`invalid date ${date}`);
  return day;
}

/**
 * Unconditional tracking curve: at the end of week w a customer who first bought on day f has age
 * (end of week - f) / 7 weeks (the same inclusive convention as T), and is expected to have made E[X(age)] repeat
 * purchases. Customers sharing a first day share the curve, so E[X] is computed per distinct first day.
 */
function trackingWeeks(params: BgnbdParams, rfm: RfmSummary): HoldoutWeek[] {
  const firstDay = dayOf(rfm.firstDate);
  const lastDay = dayOf(rfm.lastDate);
  const customersByFirstDay = new Map<number, number>();
  for (const c of rfm.customers) {
    const day = dayOf(c.firstPurchase);
    customersByFirstDay.set(day, (customersByFirstDay.get(day) ?? 0) + 1);
  }
  const weeks: HoldoutWeek[] = [];
  let actual = 0;
  for (const [index, repeatPurchases] of rfm.weeklyRepeatPurchases.entries()) {
    const endDay = Math.min(firstDay + (index + 1) * DAYS_PER_WEEK - 1, lastDay);
    let expected = 0;
    for (const [day, count] of customersByFirstDay) {
      if (day < endDay) expected += count * expectedPurchasesNewCustomer(params, (endDay - day) / DAYS_PER_WEEK);
    }
    actual += repeatPurchases;
    weeks.push({ week: index + 1, expected, actual });
  }
  return weeks;
}

function holdoutExpected(params: BgnbdParams, customers: readonly CustomerRfm[], weeks: number): number {
  let total = 0;
  for (const c of customers) total += conditionalExpectedPurchases(params, weeks, c);
  return total;
}

/**
 * Fits BG/NBD on every calibration customer and Gamma-Gamma on those with x > 0 and positive mean spend, keeping
 * full-precision parameters (rounding moves predictions visibly: the CDNOW mean spend goes 35.17 -> 35.22).
 * Throws a RangeError when there are no transactions or no customer with a repeat purchase (nothing to fit).
 */
export function fitLtvModels(transactions: readonly Transaction[], options: FitOptions = {}): LtvFit {
  const rfm = summarizeRfm(
    transactions,
    options.calibrationEnd === undefined ? {} : { calibrationEnd: options.calibrationEnd },
  );
  const bg = fitBgnbd(rfm.customers);
  const gg = fitGammaGamma(rfm.customers);
  const bgnbd = {
    r: bg.r,
    alpha: bg.alpha,
    a: bg.a,
    b: bg.b,
    logLikelihood: bg.logLikelihood,
    converged: bg.converged,
  };
  const gammaGamma = {
    p: gg.p,
    q: gg.q,
    gamma: gg.gamma,
    logLikelihood: gg.logLikelihood,
    converged: gg.converged,
  };
  const fit: LtvFit = { bgnbd, gammaGamma, customers: rfm.customers.length, calibrationEnd: rfm.calibrationEnd };
  if (rfm.holdout) {
    fit.holdout = {
      weeks: trackingWeeks(bgnbd, rfm),
      expectedTotal: holdoutExpected(bgnbd, rfm.customers, rfm.holdout.weeks),
      actualTotal: rfm.holdout.repeatPurchases,
    };
  }
  if (options.predict) {
    const valueOptions = options.predict === true ? {} : options.predict;
    fit.predictions = rfm.customers.map((c) => predictCustomer(bgnbd, gammaGamma, c, valueOptions));
  }
  return fit;
}
