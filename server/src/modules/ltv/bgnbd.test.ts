import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  bgnbdLogLikelihood,
  type BgnbdParams,
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgnbd,
  prepareBgnbdData,
  probabilityAlive,
} from "./bgnbd.js";
import { summarizeRfm } from "./rfm.js";
import { hyp2f1 } from "./special-functions.js";
import { parseCdnowSample } from "./transactions-csv.js";

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const cdnow = summarizeRfm(
  parseCdnowSample(readFileSync(new URL("../../../test/fixtures/cdnow/CDNOW_sample.txt", import.meta.url), "utf8")),
  { calibrationEnd: "1997-09-30" },
).customers;

const PUBLISHED: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const FULL_PRECISION: BgnbdParams = { r: 0.242595, alpha: 4.413602, a: 0.792922, b: 2.425907 };

describe("BG/NBD fit on CDNOW", () => {
  const fit = fitBgnbd(cdnow);

  it.each(["r", "alpha", "a", "b"] as const)("%s within 1e-3 relative of the full-precision fit", (name) => {
    expect(relativeError(fit[name], FULL_PRECISION[name])).toBeLessThan(1e-3);
  });

  it("reaches the published log-likelihood -9582.43 and converges", () => {
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(fit.converged).toBe(true);
    const data = prepareBgnbdData(cdnow);
    expect(fit.logLikelihood).toBeGreaterThan(bgnbdLogLikelihood(FULL_PRECISION, data).logLikelihood - 1e-8);
  });
});

describe("BG/NBD likelihood", () => {
  const data = prepareBgnbdData(cdnow);

  it("sums the same log-likelihood whether or not identical customers are grouped", () => {
    expect(data.count.length).toBeLessThan(cdnow.length);
    let separate = 0;
    for (const c of cdnow) separate += bgnbdLogLikelihood(PUBLISHED, prepareBgnbdData([c])).logLikelihood;
    expect(relativeError(bgnbdLogLikelihood(PUBLISHED, data).logLikelihood, separate)).toBeLessThan(1e-12);
  });

  it.each([PUBLISHED, { r: 1.3, alpha: 0.7, a: 2.5, b: 0.4 }, { r: 0.05, alpha: 20, a: 0.2, b: 9 }])(
    "has an analytic gradient matching central differences at %o",
    (params) => {
      const { gradient } = bgnbdLogLikelihood(params, data);
      (["r", "alpha", "a", "b"] as const).forEach((name, i) => {
        // Five-point stencil (truncation O(h^4)) with a step large enough that round-off (~1e-16 |ll| / h) is small.
        const h = 1e-3 * params[name];
        const ll = (v: number) => bgnbdLogLikelihood({ ...params, [name]: v }, data).logLikelihood;
        const v = params[name];
        const numeric = (8 * (ll(v + h) - ll(v - h)) - (ll(v + 2 * h) - ll(v - 2 * h))) / (12 * h);
        expect(Math.abs((gradient[i] ?? NaN) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      });
    },
  );

  it("rejects impossible observations", () => {
    expect(() => prepareBgnbdData([{ x: 1, tx: 5, T: 4 }])).toThrow(RangeError);
    expect(() => prepareBgnbdData([{ x: 0, tx: 1, T: 4 }])).toThrow(RangeError);
    expect(() => prepareBgnbdData([{ x: 1.5, tx: 1, T: 4 }])).toThrow(RangeError);
    expect(() => prepareBgnbdData([])).toThrow(RangeError);
  });
});

describe("BG/NBD predictions with the published rounded parameters", () => {
  it.each([
    [0, 0.0, 38.86, 0.252073, 1.0],
    [1, 1.71, 38.86, 0.259823, 0.212101],
    [2, 30.43, 38.86, 1.558721, 0.726579],
    [7, 29.43, 38.86, 4.198856, 0.641756],
    [5, 10.0, 38.86, 0.119118, 0.024804],
    [15, 38.0, 39.0, 12.546919, 0.93557],
  ])("x %i, t_x %f, T %f: E[purchases next 52 weeks] %f, P(alive) %f", (x, tx, T, purchases, alive) => {
    expect(relativeError(conditionalExpectedPurchases(PUBLISHED, 52, { x, tx, T }), purchases)).toBeLessThan(1e-4);
    expect(relativeError(probabilityAlive(PUBLISHED, { x, tx, T }), alive)).toBeLessThan(1e-4);
  });

  it.each([
    [1, 0.053268],
    [13, 0.53444],
    [39, 1.196723],
    [52, 1.446051],
    [78, 1.860519],
  ])("new customer E[X(%i weeks)] = %f", (t, expected) => {
    expect(relativeError(expectedPurchasesNewCustomer(PUBLISHED, t), expected)).toBeLessThan(1e-4);
  });

  it("gives P(alive) = 1 to every customer without a repeat purchase, whatever their age", () => {
    for (const T of [0, 1, 38.86, 500]) expect(probabilityAlive(PUBLISHED, { x: 0, tx: 0, T })).toBe(1);
  });

  it("is 0 at t = 0 and increases with t", () => {
    const o = { x: 3, tx: 20, T: 30 };
    expect(conditionalExpectedPurchases(PUBLISHED, 0, o)).toBe(0);
    let previous = 0;
    for (const t of [0.5, 1, 4.345, 13, 52, 104, 520]) {
      const e = conditionalExpectedPurchases(PUBLISHED, t, o);
      expect(e).toBeGreaterThan(previous);
      previous = e;
    }
  });
});

describe("BG/NBD conditional expectation, numerically stable form", () => {
  /** The textbook formula with the untransformed 2F1; fine while its terms stay representable. */
  const direct = (p: BgnbdParams, t: number, x: number, tx: number, T: number): number => {
    const z = t / (p.alpha + T + t);
    const bracket =
      1 - Math.pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    return ((p.a + p.b + x - 1) / (p.a - 1)) * bracket * probabilityAlive(p, { x, tx, T });
  };

  it.each([
    [0, 0, 0, 52],
    [1, 1.71, 38.86, 52],
    [7, 29.43, 38.86, 1],
    [50, 37, 38.86, 52],
    [200, 38.5, 39, 52],
    [200, 38.5, 39, 260],
    [30, 2, 3, 520],
  ])("x %i, t_x %f, T %f, t %f agrees with the textbook formula", (x, tx, T, t) => {
    for (const params of [PUBLISHED, { r: 2, alpha: 1, a: 3.5, b: 1.2 }]) {
      const stable = conditionalExpectedPurchases(params, t, { x, tx, T });
      expect(relativeError(stable, direct(params, t, x, tx, T))).toBeLessThan(1e-9);
    }
  });

  it("is continuous through a = 1, where the textbook formula divides 0 by 0", () => {
    const o = { x: 4, tx: 20, T: 30 };
    const at = (a: number) => conditionalExpectedPurchases({ ...PUBLISHED, a }, 52, o);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(relativeError(at(1), (at(1 - 1e-6) + at(1 + 1e-6)) / 2)).toBeLessThan(1e-9);
    expect(
      Number.isFinite(conditionalExpectedPurchases({ r: 0.2, alpha: 3, a: 0.4, b: 0.6 }, 52, { x: 0, tx: 0, T: 0 })),
    ).toBe(true);
  });
});
