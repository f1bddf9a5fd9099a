// Special functions for the LTV likelihoods: log-gamma, digamma and the Gauss hypergeometric 2F1.
// Arguments of lgamma/digamma are positive reals here (model parameters and counts), so no reflection.

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const ASYMPTOTIC_FROM = 10;

/** log Γ(x) for x > 0 (Stirling series after shifting x to >= 10; ~1e-15 relative away from the zeros at 1, 2). */
export function lgamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let product = 1;
  while (x < ASYMPTOTIC_FROM) {
    product *= x;
    x += 1;
    shift += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Bernoulli terms B_2k / (2k (2k-1) x^(2k-1)), k = 1..6.
  const series =
    inv *
    (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360))))));
  const value = (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
  return shift === 0 ? value : value - Math.log(product);
}

/** ψ(x) = d/dx log Γ(x) for x > 0 (recurrence to x >= 10, then the asymptotic series). */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let result = 0;
  while (x < ASYMPTOTIC_FROM) {
    result -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 + inv2 * (-1 / 120 + inv2 * (1 / 252 + inv2 * (-1 / 240 + inv2 * (1 / 132)))));
  return result + Math.log(x) - 0.5 / x - series;
}

const MAX_SERIES_TERMS = 2_000_000;

/**
 * Σ_{n>=1} t_n with t_1 = firstTerm and t_{n+1}/t_n = (a+n)(b+n)z / ((c+n)(n+1)): the tail of the 2F1 series
 * scaled by firstTerm / (a b z / c). Starting from an explicit first term lets callers divide out a parameter
 * that would otherwise cancel (see bgnbd.ts). Requires |z| < 1 and c+n != 0 for n >= 1.
 */
export function hypergeometricTail(a: number, b: number, c: number, z: number, firstTerm: number): number {
  if (!(Math.abs(z) < 1)) throw new RangeError(`hypergeometric series needs |z| < 1, got ${z}`);
  let term = firstTerm;
  let sum = term;
  // Once n is past -a, -b and -c no factor changes sign, and |t_{m+1}/t_m| = |z| (1 + O(1/m)) settles towards
  // |z|; with rho = max(|z|, next ratio) < 1 the remaining tail is bounded by |t_n| rho / (1 - rho).
  const signsFixedFrom = Math.max(0, -a, -b, -c);
  for (let n = 1; n < MAX_SERIES_TERMS; n += 1) {
    if (term === 0) return sum;
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (n > signsFixedFrom) {
      const next = n + 1;
      const rho = Math.max(Math.abs(z), Math.abs(((a + next) * (b + next) * z) / ((c + next) * (next + 1))));
      if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= 0.25 * Number.EPSILON * Math.abs(sum)) return sum;
    }
  }
  throw new RangeError(`2F1(${a}, ${b}; ${c}; ${z}) did not converge in ${MAX_SERIES_TERMS} terms`);
}

function seriesHyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0 || a === 0 || b === 0) return 1;
  return 1 + hypergeometricTail(a, b, c, z, (a * b * z) / c);
}

/**
 * Gauss hypergeometric 2F1(a, b; c; z) for real z < 1 and c not a non-positive integer.
 * - z < 0: Pfaff, 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)), so the series argument lies in [0, 1).
 * - 0 <= z < 1 with c-a-b < 0: Euler, 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z). The BG/NBD case
 *   2F1(r+x, b+x; a+b+x-1; z) becomes 2F1(a+b-1-r, a-1; a+b+x-1; z): small numerator parameters, a large
 *   denominator, so for large x it sums in a few terms instead of ~x z/(1-z) growing ones, and the
 *   (1-z)^(c-a-b) factor carries the blow-up exactly.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) throw new RangeError(`2F1 is implemented for z < 1, got ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`2F1 needs c not a non-positive integer, got ${c}`);
  if (z < 0) {
    const w = z / (z - 1);
    return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, w);
  }
  if (c - a - b < 0) return Math.pow(1 - z, c - a - b) * seriesHyp2f1(c - a, c - b, c, z);
  return seriesHyp2f1(a, b, c, z);
}

/** log(e^u + e^v) without overflow. */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}
