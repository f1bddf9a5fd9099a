import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaParams,
  populationMeanSpend,
  prepareGammaGammaData,
} from "./gamma-gamma.js";
import { summarizeRfm } from "./rfm.js";
import { parseCdnowSample } from "./transactions-csv.js";

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const cdnow = summarizeRfm(
  parseCdnowSample(readFileSync(new URL("../../../test/fixtures/cdnow/CDNOW_sample.txt", import.meta.url), "utf8")),
  { calibrationEnd: "1997-09-30" },
).customers;

const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const FULL_PRECISION: GammaGammaParams = { p: 6.249574, q: 3.744225, gamma: 15.443518 };

describe("Gamma-Gamma fit on CDNOW", () => {
  const fit = fitGammaGamma(cdnow);

  it("is fitted on the 946 customers with a repeat purchase", () => {
    expect(fit.customers).toBe(946);
    expect(fit.converged).toBe(true);
  });

  it.each(["p", "q", "gamma"] as const)("%s within 1e-3 relative of the full-precision fit", (name) => {
    expect(relativeError(fit[name], FULL_PRECISION[name])).toBeLessThan(1e-3);
  });

  it("reaches the published log-likelihood -4055.92", () => {
    expect(fit.logLikelihood).toBeCloseTo(-4055.92, 2);
    const data = prepareGammaGammaData(cdnow);
    expect(fit.logLikelihood).toBeGreaterThan(gammaGammaLogLikelihood(FULL_PRECISION, data).logLikelihood - 1e-8);
  });

  it("moves the population mean spend from 35.22 (rounded parameters) to 35.17 (full precision)", () => {
    expect(populationMeanSpend(PUBLISHED)).toBeCloseTo(35.22, 2);
    expect(populationMeanSpend(fit)).toBeCloseTo(35.17, 2);
  });
});

describe("Gamma-Gamma likelihood", () => {
  const data = prepareGammaGammaData(cdnow);

  it.each([PUBLISHED, { p: 0.8, q: 1.5, gamma: 200 }])(
    "has an analytic gradient matching central differences at %o",
    (params) => {
      const { gradient } = gammaGammaLogLikelihood(params, data);
      (["p", "q", "gamma"] as const).forEach((name, i) => {
        const h = 1e-3 * params[name];
        const v = params[name];
        const ll = (w: number) => gammaGammaLogLikelihood({ ...params, [name]: w }, data).logLikelihood;
        const numeric = (8 * (ll(v + h) - ll(v - h)) - (ll(v + 2 * h) - ll(v - 2 * h))) / (12 * h);
        expect(Math.abs((gradient[i] ?? NaN) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      });
    },
  );

  it("ignores customers without repeat purchases or without positive spend", () => {
    const d = prepareGammaGammaData([
      { x: 0, monetary: 0 },
      { x: 2, monetary: 0 },
      { x: 3, monetary: 12.5 },
    ]);
    expect(d.total).toBe(1);
    expect(() => prepareGammaGammaData([{ x: 0, monetary: 0 }])).toThrow(RangeError);
  });
});

describe("Gamma-Gamma expected spend with the published rounded parameters", () => {
  it.each([
    [0, 0, 35.218978],
    [1, 11.77, 18.916852],
    [2, 22.35, 24.663714],
    [7, 73.74, 71.469671],
    [10, 300.0, 288.879522],
  ])("x %i, mean repeat spend %f: %f", (x, monetary, expected) => {
    expect(relativeError(conditionalExpectedSpend(PUBLISHED, { x, monetary }), expected)).toBeLessThan(1e-4);
  });

  it("has no finite population mean when q <= 1", () => {
    expect(populationMeanSpend({ p: 2, q: 0.9, gamma: 10 })).toBeNaN();
    expect(conditionalExpectedSpend({ p: 2, q: 0.9, gamma: 10 }, { x: 0, monetary: 0 })).toBeNaN();
    expect(conditionalExpectedSpend({ p: 2, q: 0.9, gamma: 10 }, { x: 3, monetary: 20 })).toBeGreaterThan(0);
  });
});
