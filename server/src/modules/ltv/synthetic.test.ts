import { describe, expect, it } from "vitest";
import { fitBgnbd } from "./bgnbd.js";
import { fitGammaGamma } from "./gamma-gamma.js";
import {
  CDNOW_BGNBD,
  CDNOW_GAMMA_GAMMA,
  generateSyntheticRfm,
  generateSyntheticTransactions,
  seededRandom,
} from "./synthetic.js";

describe("synthetic data", () => {
  it("is deterministic for a seed", () => {
    const one = generateSyntheticTransactions({ customers: 200, seed: 7 });
    expect(generateSyntheticTransactions({ customers: 200, seed: 7 })).toEqual(one);
    expect(generateSyntheticTransactions({ customers: 200, seed: 8 })).not.toEqual(one);
    expect(one.end).toBe("2024-09-29");
  });

  it("draws uniforms strictly inside (0, 1)", () => {
    const random = seededRandom(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const u = random();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  // The fitters recover the generating parameters from continuous-time summaries of 30k customers. Tolerances are
  // several standard errors at that size (gamma and q are strongly correlated, hence looser).
  it("lets the fitters recover the generating parameters", () => {
    const customers = generateSyntheticRfm({ customers: 30_000, seed: 11 });
    const bg = fitBgnbd(customers);
    const gg = fitGammaGamma(customers);
    for (const k of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(bg[k] / CDNOW_BGNBD[k] - 1), k).toBeLessThan(0.1);
    }
    for (const k of ["p", "q", "gamma"] as const) {
      expect(Math.abs(gg[k] / CDNOW_GAMMA_GAMMA[k] - 1), k).toBeLessThan(0.15);
    }
  });
});
