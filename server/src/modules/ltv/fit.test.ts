import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitLtvModels } from "./fit.js";
import { parseCdnowSample } from "./transactions-csv.js";

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const transactions = parseCdnowSample(
  readFileSync(new URL("../../../test/fixtures/cdnow/CDNOW_sample.txt", import.meta.url), "utf8"),
);

describe("fitLtvModels on CDNOW with the 1997-09-30 calibration end", () => {
  const fit = fitLtvModels(transactions, { calibrationEnd: "1997-09-30", predict: true });

  it("fits both models at full precision", () => {
    expect(fit.customers).toBe(2357);
    expect(fit.calibrationEnd).toBe("1997-09-30");
    expect(relativeError(fit.bgnbd.r, 0.242595)).toBeLessThan(1e-3);
    expect(relativeError(fit.bgnbd.alpha, 4.413602)).toBeLessThan(1e-3);
    expect(relativeError(fit.bgnbd.a, 0.792922)).toBeLessThan(1e-3);
    expect(relativeError(fit.bgnbd.b, 2.425907)).toBeLessThan(1e-3);
    expect(fit.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(relativeError(fit.gammaGamma.p, 6.249574)).toBeLessThan(1e-3);
    expect(relativeError(fit.gammaGamma.q, 3.744225)).toBeLessThan(1e-3);
    expect(relativeError(fit.gammaGamma.gamma, 15.443518)).toBeLessThan(1e-3);
    expect(fit.gammaGamma.logLikelihood).toBeCloseTo(-4055.92, 2);
    expect(fit.bgnbd.converged && fit.gammaGamma.converged).toBe(true);
  });

  it("expects about 1,653 repeat purchases in the 39 holdout weeks against 1,882 actual", () => {
    expect(fit.holdout?.actualTotal).toBe(1882);
    expect(fit.holdout?.expectedTotal).toBeGreaterThan(1652.5);
    expect(fit.holdout?.expectedTotal).toBeLessThan(1653.5);
  });

  it("tracks cumulative repeat purchases week by week: about 4,161 expected against 4,339 actual by week 78", () => {
    const weeks = fit.holdout?.weeks ?? [];
    expect(weeks.map((w) => w.week)).toEqual(Array.from({ length: 78 }, (_, i) => i + 1));
    const week39 = weeks[38];
    const week78 = weeks[77];
    expect(week39?.actual).toBe(2457);
    expect(week78?.actual).toBe(4339);
    expect(week78?.expected).toBeGreaterThan(4160.5);
    expect(week78?.expected).toBeLessThan(4161.5);
    expect(relativeError(week78?.expected ?? 0, 4339)).toBeLessThan(0.05);
    for (let i = 1; i < weeks.length; i += 1) {
      expect(weeks[i]?.expected ?? 0).toBeGreaterThanOrEqual(weeks[i - 1]?.expected ?? Infinity);
      expect(weeks[i]?.actual ?? 0).toBeGreaterThanOrEqual(weeks[i - 1]?.actual ?? Infinity);
    }
  });

  it("predicts every calibration customer", () => {
    const predictions = fit.predictions ?? [];
    expect(predictions).toHaveLength(2357);
    const nonRepeat = predictions.filter((p) => p.pAlive === 1);
    expect(nonRepeat.length).toBe(2357 - 946);
    for (const p of predictions) {
      expect(p.pAlive).toBeGreaterThan(0);
      expect(p.pAlive).toBeLessThanOrEqual(1);
      expect(p.expectedPurchases52w).toBeGreaterThanOrEqual(0);
      expect(p.predicted12MonthValue).toBeGreaterThanOrEqual(0);
    }
    // Full-precision parameters: the population mean spend is 35.17, not the rounded parameters' 35.22.
    expect(predictions.find((p) => p.customerId === "3")?.expectedSpendPerOrder).toBeCloseTo(35.17, 2);
  });
});

describe("fitLtvModels defaults", () => {
  it("calibrates on all the data without a holdout or predictions", () => {
    const fit = fitLtvModels(transactions);
    expect(fit.calibrationEnd).toBe("1998-06-30");
    expect(fit.holdout).toBeUndefined();
    expect(fit.predictions).toBeUndefined();
    expect(fit.customers).toBe(2357);
  });

  it("passes value options through to the predictions", () => {
    const fit = fitLtvModels(transactions, {
      calibrationEnd: "1997-09-30",
      predict: { months: 24, monthlyDiscountRate: 0 },
    });
    const twelve = fitLtvModels(transactions, { calibrationEnd: "1997-09-30", predict: true });
    const first = fit.predictions?.[0]?.predicted12MonthValue ?? 0;
    expect(first).toBeGreaterThan(twelve.predictions?.[0]?.predicted12MonthValue ?? Infinity);
  });
});
