// BG/NBD model: Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
// Pareto/NBD Model", Marketing Science 24(2), and Fader, Hardie & Lee (2008), "Computing P(alive) Using the
// BG/NBD Model" (note). The likelihood is written as in the Python `lifetimes` package's BetaGeoFitter.
// While alive, a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α) (per week here);
// after each repeat purchase they drop out with probability p ~ Beta(a, b).
import { minimizeBfgs } from "./optimize.js";
import { digamma, hypergeometricTail, lgamma } from "./special-functions.js";

export interface BgnbdParams {
  r: number;
  /** Rate of the purchase-rate gamma, in weeks (the data's time unit). */
  alpha: number;
  a: number;
  b: number;
}

/** x repeat purchase-days, recency tx and age T in weeks, 0 <= tx <= T, tx = 0 when x = 0. */
export interface BgnbdObservation {
  x: number;
  tx: number;
  T: number;
}

/**
 * Observations grouped by identical (x, tx, T), with the distinct x, T and tx values indexed so that each
 * likelihood evaluation computes gamma functions once per distinct x and logarithms once per distinct T or tx.
 */
export interface BgnbdData {
  xs: number[];
  Ts: number[];
  txs: number[];
  count: number[];
  xIndex: number[];
  TIndex: number[];
  txIndex: number[];
  total: number;
}

function indexOf(map: Map<number, number>, values: number[], value: number): number {
  let index = map.get(value);
  if (index === undefined) {
    index = values.length;
    values.push(value);
    map.set(value, index);
  }
  return index;
}

export function prepareBgnbdData(observations: readonly BgnbdObservation[]): BgnbdData {
  const data: BgnbdData = { xs: [], Ts: [], txs: [], count: [], xIndex: [], TIndex: [], txIndex: [], total: 0 };
  const xMap = new Map<number, number>();
  const TMap = new Map<number, number>();
  const txMap = new Map<number, number>();
  const groups = new Map<string, number>();
  for (const [i, o] of observations.entries()) {
    if (!(Number.isInteger(o.x) && o.x >= 0 && o.tx >= 0 && o.T >= o.tx && (o.x > 0 || o.tx === 0))) {
      throw new RangeError(`observation ${i} (x ${o.x}, tx ${o.tx}, T ${o.T}) needs integer x >= 0, 0 <= tx <= T`);
    }
    const xi = indexOf(xMap, data.xs, o.x);
    const Ti = indexOf(TMap, data.Ts, o.T);
    const txi = indexOf(txMap, data.txs, o.tx);
    const key = `${xi},${Ti},${txi}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, data.count.length);
      data.count.push(1);
      data.xIndex.push(xi);
      data.TIndex.push(Ti);
      data.txIndex.push(txi);
    } else {
      data.count[group] = (data.count[group] ?? 0) + 1;
    }
    data.total += 1;
  }
  if (data.total === 0) throw new RangeError("BG/NBD needs at least one customer");
  return data;
}

export interface LikelihoodWithGradient {
  logLikelihood: number;
  /** d logLikelihood / d (r, alpha, a, b). */
  gradient: [number, number, number, number];
}

/**
 * Total log-likelihood of FHL (2005):
 *   A1 = ln Γ(r+x) - ln Γ(r) + r ln α,  A2 = ln Γ(a+b) + ln Γ(b+x) - ln Γ(b) - ln Γ(a+b+x),
 *   A3 = -(r+x) ln(α+T),  A4 = ln a - ln(b+x-1) - (r+x) ln(α+t_x) (x > 0 only),
 *   ℓ = A1 + A2 + ln(e^A3 + δ(x>0) e^A4).
 * The gradient uses w = δ e^A4 / (e^A3 + δ e^A4), the posterior weight of "dropped out after the last purchase".
 */
export function bgnbdLogLikelihood(params: BgnbdParams, data: BgnbdData): LikelihoodWithGradient {
  const { r, alpha, a, b } = params;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  const lgR = lgamma(r);
  const psiR = digamma(r);
  const lgAB = lgamma(a + b);
  const psiAB = digamma(a + b);
  const lgB = lgamma(b);
  const psiB = digamma(b);

  const perX = data.xs.map((x) => {
    const rx = r + x;
    return {
      rx,
      base: lgamma(rx) - lgR + r * logAlpha + lgAB + lgamma(b + x) - lgB - lgamma(a + b + x),
      dBaseR: digamma(rx) - psiR + logAlpha,
      dBaseA: psiAB - digamma(a + b + x),
      dBaseB: psiAB + digamma(b + x) - psiB - digamma(a + b + x),
      a4Const: x > 0 ? logA - Math.log(b + x - 1) : -Infinity,
      invBx1: x > 0 ? 1 / (b + x - 1) : 0,
    };
  });
  const logAlphaT = data.Ts.map((T) => Math.log(alpha + T));
  const invAlphaT = data.Ts.map((T) => 1 / (alpha + T));
  const logAlphaTx = data.txs.map((tx) => Math.log(alpha + tx));
  const invAlphaTx = data.txs.map((tx) => 1 / (alpha + tx));

  let ll = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  for (let g = 0; g < data.count.length; g += 1) {
    const n = data.count[g] ?? 0;
    const px = perX[data.xIndex[g] ?? 0];
    const Ti = data.TIndex[g] ?? 0;
    const txi = data.txIndex[g] ?? 0;
    if (!px) continue;
    const lT = logAlphaT[Ti] ?? 0;
    const iT = invAlphaT[Ti] ?? 0;
    const a3 = -px.rx * lT;
    let mix = a3;
    let w = 0;
    let dLogR = -lT;
    let dLogAlpha = -px.rx * iT;
    if (px.a4Const !== -Infinity) {
      const lTx = logAlphaTx[txi] ?? 0;
      const a4 = px.a4Const - px.rx * lTx;
      const e = Math.exp(-Math.abs(a4 - a3));
      mix = Math.max(a3, a4) + Math.log1p(e);
      w = a4 > a3 ? 1 / (1 + e) : e / (1 + e);
      dLogR = (1 - w) * -lT + w * -lTx;
      dLogAlpha = -px.rx * ((1 - w) * iT + w * (invAlphaTx[txi] ?? 0));
    }
    ll += n * (px.base + mix);
    dr += n * (px.dBaseR + dLogR);
    dAlpha += n * (r / alpha + dLogAlpha);
    da += n * (px.dBaseA + w / a);
    db += n * (px.dBaseB - w * px.invBx1);
  }
  return { logLikelihood: ll, gradient: [dr, dAlpha, da, db] };
}

export interface BgnbdFit extends BgnbdParams {
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

/**
 * Maximum likelihood over θ = ln(r, α, a, b) (unconstrained), minimising the mean negative log-likelihood with
 * BFGS and the analytic gradient (d/dθ = param · d/dparam). Starts at r = a = b = 1 and α = mean T, so that the
 * starting purchase rate r/α is of the right order whatever the time scale.
 */
export function fitBgnbd(observations: readonly BgnbdObservation[] | BgnbdData): BgnbdFit {
  const data = "total" in observations ? observations : prepareBgnbdData(observations);
  let sumT = 0;
  for (let g = 0; g < data.count.length; g += 1) sumT += (data.count[g] ?? 0) * (data.Ts[data.TIndex[g] ?? 0] ?? 0);
  const start = [0, Math.log(Math.max(sumT / data.total, 1e-3)), 0, 0];
  const toParams = (theta: readonly number[]): BgnbdParams => ({
    r: Math.exp(theta[0] ?? 0),
    alpha: Math.exp(theta[1] ?? 0),
    a: Math.exp(theta[2] ?? 0),
    b: Math.exp(theta[3] ?? 0),
  });
  const result = minimizeBfgs((theta) => {
    const p = toParams(theta);
    const { logLikelihood, gradient } = bgnbdLogLikelihood(p, data);
    const scale = -1 / data.total;
    return {
      value: scale * logLikelihood,
      gradient: [
        scale * gradient[0] * p.r,
        scale * gradient[1] * p.alpha,
        scale * gradient[2] * p.a,
        scale * gradient[3] * p.b,
      ],
    };
  }, start);
  const params = toParams(result.x);
  return {
    ...params,
    logLikelihood: bgnbdLogLikelihood(params, data).logLikelihood,
    iterations: result.iterations,
    converged: result.converged,
  };
}

/**
 * P(alive | x, t_x, T) (FHL 2008 note):
 *   1 / (1 + δ(x>0) · a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)).
 * With x = 0 it is exactly 1: in BG/NBD a customer can only drop out right after a repeat purchase, so someone
 * who never bought again has had no chance to leave. That is the model's assumption, not evidence of activity.
 */
export function probabilityAlive(params: BgnbdParams, o: BgnbdObservation): number {
  if (o.x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + o.x - 1) + (r + o.x) * Math.log((alpha + o.T) / (alpha + o.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: expected repeat purchases in the next t weeks (FHL 2005):
 *   (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)] · P(alive),  z = t/(α+T+t).
 * Euler's transformation turns (1-z)^(r+x) 2F1(r+x, b+x; c; z) into (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z) with
 * c = a+b+x-1, whose series converges fast for any x. Writing 2F1 = 1 + (a-1)·S, the bracket divided by (a-1) is
 *   -expm1((a-1) ln(1-z)) / (a-1) - (1-z)^(a-1) · S,
 * which stays finite at a = 1 and has no cancellation; c·S is summed directly so c -> 0 (x = 0, a+b -> 1) is safe.
 */
export function conditionalExpectedPurchases(params: BgnbdParams, t: number, o: BgnbdObservation): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const c = a + b + o.x - 1;
  const z = t / (alpha + o.T + t);
  const logOneMinusZ = -Math.log1p(t / (alpha + o.T));
  const u = (a - 1) * logOneMinusZ;
  const expm1Ratio = u === 0 ? logOneMinusZ : Math.expm1(u) / (a - 1);
  const cTimesS = hypergeometricTail(a + b - 1 - r, a - 1, c, z, (a + b - 1 - r) * z);
  const value = -c * expm1Ratio - Math.exp(u) * cTimesS;
  return value * probabilityAlive(params, o);
}

/** E[X(t)]: expected repeat purchases of a new customer in the t weeks after their first purchase:
 * (a+b-1)/(a-1) · [1 - (α/(α+t))^r 2F1(r, b; a+b-1; t/(α+t))], the x = t_x = T = 0 case of E[Y(t) | x, t_x, T]. */
export function expectedPurchasesNewCustomer(params: BgnbdParams, t: number): number {
  return conditionalExpectedPurchases(params, t, { x: 0, tx: 0, T: 0 });
}
