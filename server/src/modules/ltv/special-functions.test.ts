import { describe, expect, it } from "vitest";
import { digamma, hyp2f1, lgamma, logAddExp } from "./special-functions.js";

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/**
 * Euler's integral, 2F1(a,b;c;z) = Γ(c)/(Γ(b)Γ(c-b)) ∫_0^1 s^(b-1) (1-s)^(c-b-1) (1-zs)^(-a) ds for c > b > 0,
 * by tanh-sinh quadrature (s = (1 + tanh(π/2 sinh u)) / 2), which handles the endpoint singularities. The
 * integrand is summed in log space, relative to its largest value, so large x cannot overflow.
 */
function hyp2f1ByIntegration(a: number, b: number, c: number, z: number, h = 1 / 256): number {
  const logTerms: number[] = [];
  for (let k = -Math.ceil(6.5 / h); k <= Math.ceil(6.5 / h); k += 1) {
    const u = k * h;
    const v = (Math.PI / 2) * Math.sinh(u);
    // s and 1 - s each computed without cancellation near their endpoint.
    const s = 1 / (1 + Math.exp(-2 * v));
    const oneMinusS = 1 / (1 + Math.exp(2 * v));
    if (s === 0 || oneMinusS === 0) continue;
    const logWeight = Math.log((Math.PI / 2) * Math.cosh(u)) - 2 * Math.log(Math.cosh(v)) - Math.log(2);
    logTerms.push(logWeight + (b - 1) * Math.log(s) + (c - b - 1) * Math.log(oneMinusS) - a * Math.log1p(-z * s));
  }
  const max = Math.max(...logTerms);
  let sum = 0;
  for (const t of logTerms) sum += Math.exp(t - max);
  const logIntegral = max + Math.log(sum * h);
  return Math.exp(lgamma(c) - lgamma(b) - lgamma(c - b) + logIntegral);
}

describe("lgamma and digamma", () => {
  it.each([
    [0.5, 0.5 * Math.log(Math.PI)],
    [1, 0],
    [2, 0],
    [3.5, Math.log(3.323350970447843)],
    [10, Math.log(362880)],
    [0.243, 1.3180435846996699],
    [171.5, 709.1431630309282],
  ])("lgamma(%f)", (x, expected) => {
    expect(Math.abs(lgamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it.each([
    [1, -0.5772156649015329],
    [0.5, -1.9635100260214235],
    [2, 0.42278433509846713],
    [10, 2.251752589066721],
    [100.5, 4.605174352581845],
  ])("digamma(%f)", (x, expected) => {
    expect(Math.abs(digamma(x) - expected)).toBeLessThan(1e-13);
  });

  it("digamma is the derivative of lgamma", () => {
    for (const x of [0.1, 0.793, 2.426, 7.3, 42]) {
      const h = 1e-5 * x;
      expect(relativeError((lgamma(x + h) - lgamma(x - h)) / (2 * h), digamma(x))).toBeLessThan(1e-7);
    }
  });

  it("logAddExp does not overflow", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
  });
});

describe("hyp2f1", () => {
  it.each([
    // Closed forms: 2F1(1,1;2;z) = -ln(1-z)/z; 2F1(a,b;b;z) = (1-z)^-a; 2F1(1/2,1;3/2;-z²) = atan(z)/z.
    [1, 1, 2, 0.5, -Math.log(0.5) / 0.5],
    [1, 1, 2, -3, Math.log(4) / 3],
    [2.5, 1.7, 1.7, 0.9, Math.pow(0.1, -2.5)],
    [0.5, 1, 1.5, -4, Math.atan(2) / 2],
    [
      -3,
      2,
      5,
      0.7,
      1 +
        (-3 * 2 * 0.7) / 5 +
        ((-3 * -2 * 2 * 3) / (5 * 6 * 2)) * 0.49 +
        ((-3 * -2 * -1 * 2 * 3 * 4) / (5 * 6 * 7 * 6)) * 0.343,
    ],
  ])("2F1(%f, %f; %f; %f) matches its closed form", (a, b, c, z, expected) => {
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-13);
  });

  // The BG/NBD case 2F1(r+x, b+x; a+b+x-1; z) with the CDNOW estimates, up to very large x, and a few generic cases.
  const r = 0.243;
  const bgA = 0.793;
  const bgB = 2.426;
  const cases: Array<[string, number, number, number, number]> = [
    ["new customer, t = 52", r, bgB, bgA + bgB - 1, 52 / (4.414 + 52)],
    ...[0, 1, 7, 30, 100, 300].flatMap((x): Array<[string, number, number, number, number]> =>
      [0.3, 0.6, 0.9].map((z) => [`BG/NBD x = ${x}, z = ${z}`, r + x, bgB + x, bgA + bgB + x - 1, z]),
    ),
    ["c - a - b > 0", 0.7, 1.3, 4.2, 0.95],
    ["negative z", 1.5, 0.8, 2.9, -2.5],
    ["c - a - b < 0, z near 1", 3.1, 0.9, 1.4, 0.97],
  ];
  it.each(cases)("%s agrees with numerical integration", (_label, a, b, c, z) => {
    // Euler's integral needs c > b > 0; 2F1 is symmetric in a and b, so integrate over the one that allows it.
    const [p, q] = c - b > 0 ? [a, b] : [b, a];
    const expected = hyp2f1ByIntegration(p, q, c, z);
    expect(Number.isFinite(expected)).toBe(true);
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-11);
  });

  // Reference values from mpmath.hyp2f1 at 30 significant digits, rounded to doubles.
  it.each([
    [r + 300, bgB + 300, bgA + bgB + 299, 0.9, 2.814937788682423e300],
    [r + 1000, bgB + 1000, bgA + bgB + 999, 0.5, 1.4634250248488139e301],
    [r, bgB, bgA + bgB - 1, 52 / (4.414 + 52), 2.1078928115016877],
    [3.1, 0.9, 1.4, 0.97, 5000.500976361021],
  ])("2F1(%f, %f; %f; %f) matches mpmath", (a, b, c, z, expected) => {
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-12);
  });

  it("rejects arguments outside its domain", () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});
