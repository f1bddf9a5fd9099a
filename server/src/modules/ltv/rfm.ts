import { formatIsoDay, parseIsoDay } from "./days.js";

export interface Transaction {
  customerId: string;
  /** Calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Order value in the shop's currency; same-day orders of one customer are summed. */
  amount: number;
}

/**
 * One customer's calibration summary in the BG/NBD notation (Fader, Hardie & Lee 2005). Times are in weeks
 * (days / 7, exact fractions), measured from the customer's first purchase day.
 */
export interface CustomerRfm {
  customerId: string;
  firstPurchase: string;
  /** Repeat purchase-days in calibration: purchase-days - 1. */
  x: number;
  /** Recency: weeks from the first to the last calibration purchase-day (0 when x = 0). */
  tx: number;
  /** Age: weeks from the first purchase-day to the calibration end day. */
  T: number;
  /** Mean amount of the repeat purchase-days in calibration (first purchase excluded); 0 when x = 0. */
  monetary: number;
  /** Purchase-days after the calibration end (all repeat purchases); 0 without a holdout. */
  holdoutX: number;
}

export interface RfmSummary {
  customers: CustomerRfm[];
  /** Customer-day transactions after merging same-day purchases (whole data set, both periods). */
  mergedTransactions: number;
  firstDate: string;
  /** Last calendar day of the calibration period (inclusive). */
  calibrationEnd: string;
  /** Last date in the data. */
  lastDate: string;
  /**
   * Repeat purchase-days of the calibration customers per week, week 1 starting on firstDate; the last week
   * may be partial. Covers calibration and holdout.
   */
  weeklyRepeatPurchases: number[];
  holdout?: {
    start: string;
    end: string;
    /** Holdout length in weeks, days / 7 (CDNOW: 273 / 7 = 39). */
    weeks: number;
    repeatPurchases: number;
  };
}

export interface RfmOptions {
  /** Last day of calibration, `YYYY-MM-DD`, inclusive. Default: the last date in the data (no holdout). */
  calibrationEnd?: string;
}

const DAYS_PER_WEEK = 7;

function dayOf(date: string, what: string): number {
  const day = parseIsoDay(date);
  if (day === undefined) throw new RangeError(`${what}: "${date}" is not a YYYY-MM-DD calendar date`);
  return day;
}

/** Per customer (in order of first appearance), each purchase-day with the day's summed amount. */
function purchaseDaysByCustomer(transactions: readonly Transaction[]): Map<string, Map<number, number>> {
  const byCustomer = new Map<string, Map<number, number>>();
  for (const [index, t] of transactions.entries()) {
    if (!Number.isFinite(t.amount)) throw new RangeError(`transaction ${index}: amount ${t.amount} is not finite`);
    const day = dayOf(t.date, `transaction ${index}`);
    let days = byCustomer.get(t.customerId);
    if (!days) {
      days = new Map();
      byCustomer.set(t.customerId, days);
    }
    days.set(day, (days.get(day) ?? 0) + t.amount);
  }
  return byCustomer;
}

/**
 * RFM per customer by the rules that reproduce the published CDNOW figures: same-day purchases merged, x/t_x/T in weeks, T to the calibration
 * end day inclusive (a customer first buying on the end day has T = 0). Customers whose first purchase is after
 * the calibration end are not in the summary (the models cannot condition on them).
 */
export function summarizeRfm(transactions: readonly Transaction[], options: RfmOptions = {}): RfmSummary {
  if (transactions.length === 0) throw new RangeError("no transactions");
  const byCustomer = purchaseDaysByCustomer(transactions);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let mergedTransactions = 0;
  for (const days of byCustomer.values()) {
    mergedTransactions += days.size;
    for (const day of days.keys()) {
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    }
  }
  const calibrationEndDay =
    options.calibrationEnd === undefined ? lastDay : dayOf(options.calibrationEnd, "calibrationEnd");
  if (calibrationEndDay < firstDay) {
    throw new RangeError(`calibrationEnd ${options.calibrationEnd} is before the first date ${formatIsoDay(firstDay)}`);
  }

  const weekCount = Math.ceil((lastDay - firstDay + 1) / DAYS_PER_WEEK);
  const weeklyRepeatPurchases = new Array<number>(weekCount).fill(0);
  const customers: CustomerRfm[] = [];
  let holdoutRepeatPurchases = 0;
  for (const [customerId, dayAmounts] of byCustomer) {
    const days = [...dayAmounts.keys()].sort((p, q) => p - q);
    const first = days[0];
    if (first === undefined || first > calibrationEndDay) continue;
    let x = 0;
    let lastCalibrationDay = first;
    let repeatAmount = 0;
    let holdoutX = 0;
    for (const day of days.slice(1)) {
      const week = Math.floor((day - firstDay) / DAYS_PER_WEEK);
      weeklyRepeatPurchases[week] = (weeklyRepeatPurchases[week] ?? 0) + 1;
      if (day <= calibrationEndDay) {
        x += 1;
        lastCalibrationDay = day;
        repeatAmount += dayAmounts.get(day) ?? 0;
      } else {
        holdoutX += 1;
      }
    }
    holdoutRepeatPurchases += holdoutX;
    customers.push({
      customerId,
      firstPurchase: formatIsoDay(first),
      x,
      tx: (lastCalibrationDay - first) / DAYS_PER_WEEK,
      T: (calibrationEndDay - first) / DAYS_PER_WEEK,
      monetary: x > 0 ? repeatAmount / x : 0,
      holdoutX,
    });
  }

  const summary: RfmSummary = {
    customers,
    mergedTransactions,
    firstDate: formatIsoDay(firstDay),
    calibrationEnd: formatIsoDay(calibrationEndDay),
    lastDate: formatIsoDay(lastDay),
    weeklyRepeatPurchases,
  };
  if (calibrationEndDay < lastDay) {
    summary.holdout = {
      start: formatIsoDay(calibrationEndDay + 1),
      end: formatIsoDay(lastDay),
      weeks: (lastDay - calibrationEndDay) / DAYS_PER_WEEK,
      repeatPurchases: holdoutRepeatPurchases,
    };
  }
  return summary;
}
