import { describe, expect, it } from "vitest";
import { conditionalExpectedPurchases } from "./bgnbd.js";
import { predictCustomer, predictedValue, WEEKS_PER_MONTH } from "./clv.js";
import { conditionalExpectedSpend } from "./gamma-gamma.js";

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

describe("predicted value", () => {
  const customer = { x: 2, tx: 30.43, T: 38.86 };

  it("without discounting is spend x expected purchases over months x 4.345 weeks", () => {
    const value = predictedValue(BG, 24.66, customer, { months: 12, monthlyDiscountRate: 0 });
    expect(value).toBeCloseTo(24.66 * conditionalExpectedPurchases(BG, 12 * WEEKS_PER_MONTH, customer), 10);
  });

  it("discounts month i by 1.01^i by default", () => {
    let expected = 0;
    for (let i = 1; i <= 12; i += 1) {
      const month =
        conditionalExpectedPurchases(BG, i * WEEKS_PER_MONTH, customer) -
        conditionalExpectedPurchases(BG, (i - 1) * WEEKS_PER_MONTH, customer);
      expected += (10 * month) / 1.01 ** i;
    }
    expect(predictedValue(BG, 10, customer)).toBeCloseTo(expected, 12);
    expect(predictedValue(BG, 10, customer)).toBeLessThan(predictedValue(BG, 10, customer, { monthlyDiscountRate: 0 }));
  });

  it.each([
    [{ months: -1 }, "months"],
    [{ months: 1.5 }, "months"],
    [{ monthlyDiscountRate: -1 }, "monthlyDiscountRate"],
  ])("rejects %o", (options, message) => {
    expect(() => predictedValue(BG, 10, customer, options)).toThrow(message);
  });
});

describe("per-customer prediction", () => {
  it("combines the two models", () => {
    const c = { customerId: "7", x: 7, tx: 29.43, T: 38.86, monetary: 73.74 };
    const prediction = predictCustomer(BG, GG, c);
    expect(prediction.customerId).toBe("7");
    expect(prediction.pAlive).toBeCloseTo(0.641756, 6);
    expect(prediction.expectedPurchases52w).toBeCloseTo(4.198856, 6);
    expect(prediction.expectedSpendPerOrder).toBeCloseTo(conditionalExpectedSpend(GG, c), 12);
    expect(prediction.predicted12MonthValue).toBeGreaterThan(0);
  });

  it("gives a non-repeat customer P(alive) 1 but only the population baseline of purchases and spend", () => {
    const prediction = predictCustomer(BG, GG, { customerId: "n", x: 0, tx: 0, T: 38.86, monetary: 0 });
    expect(prediction.pAlive).toBe(1);
    expect(prediction.expectedPurchases52w).toBeCloseTo(0.252073, 6);
    expect(prediction.expectedSpendPerOrder).toBeCloseTo(35.218978, 6);
  });
});
