// Gamma-Gamma spend model: Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (note), and
// Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis".
// Each transaction's value z ~ Gamma(shape p, rate ν); across customers ν ~ Gamma(shape q, rate γ). Only the mean
// of the x repeat transactions, m, is observed, so the model is fitted on customers with x > 0 (and m > 0).
import { minimizeBfgs } from "./optimize.js";
import { digamma, lgamma } from "./special-functions.js";

export interface GammaGammaParams {
  p: number;
  q: number;
  /** Rate of the gamma over ν, in currency units. */
  gamma: number;
}

/** x repeat transactions with mean value m (the first purchase excluded). */
export interface SpendObservation {
  x: number;
  monetary: number;
}

export interface GammaGammaData {
  xs: number[];
  /** Per distinct x: how many customers, and the sums of ln m and x (ln m + ln x) over them. */
  countByX: number[];
  sumLogMByX: number[];
  sumXLogXMByX: number[];
  x: number[];
  monetary: number[];
  total: number;
}

/** Keeps customers with integer x > 0 and m > 0; the others carry no information on spend (or ln m is undefined). */
export function prepareGammaGammaData(observations: readonly SpendObservation[]): GammaGammaData {
  const data: GammaGammaData = {
    xs: [],
    countByX: [],
    sumLogMByX: [],
    sumXLogXMByX: [],
    x: [],
    monetary: [],
    total: 0,
  };
  const xIndex = new Map<number, number>();
  for (const o of observations) {
    if (!(Number.isInteger(o.x) && o.x > 0 && o.monetary > 0 && Number.isFinite(o.monetary))) continue;
    let i = xIndex.get(o.x);
    if (i === undefined) {
      i = data.xs.length;
      xIndex.set(o.x, i);
      data.xs.push(o.x);
      data.countByX.push(0);
      data.sumLogMByX.push(0);
      data.sumXLogXMByX.push(0);
    }
    const logM = Math.log(o.monetary);
    data.countByX[i] = (data.countByX[i] ?? 0) + 1;
    data.sumLogMByX[i] = (data.sumLogMByX[i] ?? 0) + logM;
    data.sumXLogXMByX[i] = (data.sumXLogXMByX[i] ?? 0) + o.x * (logM + Math.log(o.x));
    data.x.push(o.x);
    data.monetary.push(o.monetary);
    data.total += 1;
  }
  if (data.total === 0) throw new RangeError("Gamma-Gamma needs at least one customer with a repeat purchase");
  return data;
}

export interface GammaGammaLikelihood {
  logLikelihood: number;
  /** d logLikelihood / d (p, q, gamma). */
  gradient: [number, number, number];
}

/**
 * Total log-likelihood of the mean repeat spend m given x (the marginal of m̄ | ν ~ Gamma(px, νx) over ν):
 *   ℓ = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m + px ln x - (px+q) ln(xm+γ).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): GammaGammaLikelihood {
  const { p, q, gamma } = params;
  const lgQ = lgamma(q);
  const psiQ = digamma(q);
  const logGamma = Math.log(gamma);
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  for (let i = 0; i < data.xs.length; i += 1) {
    const x = data.xs[i] ?? 0;
    const n = data.countByX[i] ?? 0;
    const px = p * x;
    const psiPxQ = digamma(px + q);
    ll +=
      n * (lgamma(px + q) - lgamma(px) - lgQ + q * logGamma) +
      p * (data.sumXLogXMByX[i] ?? 0) -
      (data.sumLogMByX[i] ?? 0);
    dp += n * x * (psiPxQ - digamma(px)) + (data.sumXLogXMByX[i] ?? 0);
    dq += n * (psiPxQ - psiQ + logGamma);
    dGamma += (n * q) / gamma;
  }
  for (let j = 0; j < data.total; j += 1) {
    const x = data.x[j] ?? 0;
    const spendPlusGamma = x * (data.monetary[j] ?? 0) + gamma;
    const logSpendPlusGamma = Math.log(spendPlusGamma);
    ll -= (p * x + q) * logSpendPlusGamma;
    dp -= x * logSpendPlusGamma;
    dq -= logSpendPlusGamma;
    dGamma -= (p * x + q) / spendPlusGamma;
  }
  return { logLikelihood: ll, gradient: [dp, dq, dGamma] };
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  /** Customers the model was fitted on (x > 0, m > 0). */
  customers: number;
  iterations: number;
  converged: boolean;
}

/**
 * Maximum likelihood over ln(p, q, γ) with BFGS and the analytic gradient. Starts at p = 1, q = 2 (finite
 * population mean) and γ = mean m, which puts the implied mean spend p γ / (q-1) at the observed mean.
 */
export function fitGammaGamma(observations: readonly SpendObservation[] | GammaGammaData): GammaGammaFit {
  const data = "total" in observations ? observations : prepareGammaGammaData(observations);
  let sumM = 0;
  for (const m of data.monetary) sumM += m;
  const start = [0, Math.log(2), Math.log(sumM / data.total)];
  const toParams = (theta: readonly number[]): GammaGammaParams => ({
    p: Math.exp(theta[0] ?? 0),
    q: Math.exp(theta[1] ?? 0),
    gamma: Math.exp(theta[2] ?? 0),
  });
  const result = minimizeBfgs((theta) => {
    const params = toParams(theta);
    const { logLikelihood, gradient } = gammaGammaLogLikelihood(params, data);
    const scale = -1 / data.total;
    return {
      value: scale * logLikelihood,
      gradient: [scale * gradient[0] * params.p, scale * gradient[1] * params.q, scale * gradient[2] * params.gamma],
    };
  }, start);
  const params = toParams(result.x);
  return {
    ...params,
    logLikelihood: gammaGammaLogLikelihood(params, data).logLikelihood,
    customers: data.total,
    iterations: result.iterations,
    converged: result.converged,
  };
}

/**
 * Population mean spend per transaction, E[z] = p γ / (q - 1). Infinite when q <= 1 (the gamma over ν then puts
 * too much mass near 0): returned as NaN so callers cannot mistake it for a number.
 */
export function populationMeanSpend(params: GammaGammaParams): number {
  return params.q > 1 ? (params.p * params.gamma) / (params.q - 1) : Number.NaN;
}

/**
 * E[z | x, m] = p (γ + x m) / (p x + q - 1): a weighted average of the population mean (weight (q-1)/(px+q-1))
 * and the customer's own mean m (weight px/(px+q-1)). With x = 0 it is the population mean.
 */
export function conditionalExpectedSpend(params: GammaGammaParams, o: SpendObservation): number {
  const { p, q, gamma } = params;
  const x = o.x > 0 ? o.x : 0;
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * (x > 0 ? o.monetary : 0))) / denominator : Number.NaN;
}
