// Predicted customer value: BG/NBD expected purchases × Gamma-Gamma expected spend per purchase, summed month by
// month with a discount, as in `lifetimes`' customer_lifetime_value (there with freq "W").
import { type BgnbdObservation, type BgnbdParams, conditionalExpectedPurchases, probabilityAlive } from "./bgnbd.js";
import { conditionalExpectedSpend, type GammaGammaParams, type SpendObservation } from "./gamma-gamma.js";

/** Weeks per month: 52.14 weeks a year / 12, the convention of `lifetimes` for weekly data. */
export const WEEKS_PER_MONTH = 4.345;
/** Default discount: 1% per month (≈ 12.7% a year). */
export const DEFAULT_MONTHLY_DISCOUNT_RATE = 0.01;
export const PREDICTION_WEEKS = 52;

export interface ValueOptions {
  months?: number;
  /** Discount per month; cash flows of month i are divided by (1 + rate)^i. */
  monthlyDiscountRate?: number;
}

/**
 * Σ_{i=1..months} spend · (E[Y(i·w)] - E[Y((i-1)·w)]) / (1 + d)^i, w = WEEKS_PER_MONTH: each month's expected
 * purchases (a difference of cumulative conditional expectations) valued at the expected spend per purchase
 * and discounted to the calibration end.
 */
export function predictedValue(
  bgnbd: BgnbdParams,
  spendPerPurchase: number,
  customer: BgnbdObservation,
  options: ValueOptions = {},
): number {
  const months = options.months ?? 12;
  const rate = options.monthlyDiscountRate ?? DEFAULT_MONTHLY_DISCOUNT_RATE;
  if (!(Number.isInteger(months) && months >= 0))
    throw new RangeError(`months must be a whole number >= 0, got ${months}`);
  if (!(rate > -1)) throw new RangeError(`monthlyDiscountRate must be > -1, got ${rate}`);
  let value = 0;
  let previous = 0;
  for (let i = 1; i <= months; i += 1) {
    const cumulative = conditionalExpectedPurchases(bgnbd, i * WEEKS_PER_MONTH, customer);
    value += (spendPerPurchase * (cumulative - previous)) / Math.pow(1 + rate, i);
    previous = cumulative;
  }
  return value;
}

export interface CustomerPrediction {
  customerId: string;
  /**
   * P(alive) at the calibration end. Exactly 1 for every customer without a repeat purchase (x = 0): BG/NBD
   * lets a customer drop out only right after a repeat purchase, so one who never came back has not yet had a
   * chance to leave. Do not show it as "certainly active"; their expected purchases are the low population
   * baseline, shrinking with age T.
   */
  pAlive: number;
  /** Expected repeat purchase-days in the 52 weeks after the calibration end. */
  expectedPurchases52w: number;
  /** Gamma-Gamma conditional expected value per purchase (the population mean when x = 0). */
  expectedSpendPerOrder: number;
  /** Discounted expected spend over the next 12 months of WEEKS_PER_MONTH weeks (or `months`). */
  predicted12MonthValue: number;
}

export function predictCustomer(
  bgnbd: BgnbdParams,
  gammaGamma: GammaGammaParams,
  customer: BgnbdObservation & SpendObservation & { customerId: string },
  options: ValueOptions = {},
): CustomerPrediction {
  const expectedSpendPerOrder = conditionalExpectedSpend(gammaGamma, customer);
  return {
    customerId: customer.customerId,
    pAlive: probabilityAlive(bgnbd, customer),
    expectedPurchases52w: conditionalExpectedPurchases(bgnbd, PREDICTION_WEEKS, customer),
    expectedSpendPerOrder,
    predicted12MonthValue: predictedValue(bgnbd, expectedSpendPerOrder, customer, options),
  };
}
