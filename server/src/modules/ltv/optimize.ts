// Quasi-Newton (BFGS) minimisation with an analytic gradient and a backtracking Armijo line search
// (Nocedal & Wright, Numerical Optimization, 2nd ed., algorithm 6.1). The model fits minimise the mean negative
// log-likelihood over log-parameters, a smooth unconstrained problem in 3-4 dimensions.

export interface Evaluation {
  value: number;
  gradient: number[];
}

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when every gradient component is below this (objective units per unit of the variable). */
  gradientTolerance?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  gradient: number[];
  iterations: number;
  converged: boolean;
}

const ARMIJO_C1 = 1e-4;
const MAX_BACKTRACKS = 60;

function dot(u: readonly number[], v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < u.length; i += 1) s += (u[i] ?? 0) * (v[i] ?? 0);
  return s;
}

function maxAbs(v: readonly number[]): number {
  let m = 0;
  for (const e of v) m = Math.max(m, Math.abs(e));
  return m;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function multiply(h: readonly number[][], v: readonly number[]): number[] {
  return h.map((row) => dot(row, v));
}

function isUsable(e: Evaluation): boolean {
  return Number.isFinite(e.value) && e.gradient.every(Number.isFinite);
}

/** Minimise f from x0. f may return a non-finite value outside its domain; the line search then backs off. */
export function minimizeBfgs(
  f: (x: readonly number[]) => Evaluation,
  x0: readonly number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 500;
  const gradientTolerance = options.gradientTolerance ?? 1e-9;
  const n = x0.length;
  let x = [...x0];
  let current = f(x);
  if (!isUsable(current)) throw new RangeError(`objective is not finite at the starting point [${x0.join(", ")}]`);
  let h = identity(n);
  let firstStep = true;

  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (maxAbs(current.gradient) < gradientTolerance) {
      return { x, value: current.value, gradient: current.gradient, iterations: iteration, converged: true };
    }
    let direction = multiply(h, current.gradient).map((d) => -d);
    let slope = dot(direction, current.gradient);
    if (!(slope < 0)) {
      h = identity(n);
      direction = current.gradient.map((g) => -g);
      slope = dot(direction, current.gradient);
    }
    // The first step has no curvature information yet: cap its length so exp(log-parameter) cannot overflow.
    let step = firstStep ? Math.min(1, 1 / maxAbs(direction)) : 1;
    let candidateX = x;
    let candidate: Evaluation | undefined;
    for (let k = 0; k < MAX_BACKTRACKS; k += 1) {
      candidateX = x.map((xi, i) => xi + step * (direction[i] ?? 0));
      const trial = f(candidateX);
      if (isUsable(trial) && trial.value <= current.value + ARMIJO_C1 * step * slope) {
        candidate = trial;
        break;
      }
      step *= 0.5;
    }
    if (!candidate) {
      return { x, value: current.value, gradient: current.gradient, iterations: iteration, converged: false };
    }
    const s = candidateX.map((xi, i) => xi - (x[i] ?? 0));
    const gradientAfter = candidate.gradient;
    const y = gradientAfter.map((g, i) => g - (current.gradient[i] ?? 0));
    const sy = dot(s, y);
    const previousValue = current.value;
    x = candidateX;
    current = candidate;
    // BFGS inverse-Hessian update; skipped when the curvature condition s·y > 0 fails (keeps H positive definite).
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (firstStep) {
        const scale = sy / dot(y, y);
        h = identity(n).map((row) => row.map((e) => e * scale));
      }
      const hy = multiply(h, y);
      const yhy = dot(y, hy);
      const factor = (sy + yhy) / (sy * sy);
      h = h.map((row, i) =>
        row.map(
          (e, j) =>
            e + factor * (s[i] ?? 0) * (s[j] ?? 0) - ((hy[i] ?? 0) * (s[j] ?? 0) + (s[i] ?? 0) * (hy[j] ?? 0)) / sy,
        ),
      );
      firstStep = false;
    }
    if (Math.abs(previousValue - current.value) <= 1e-16 * Math.max(1, Math.abs(current.value)) && maxAbs(s) < 1e-12) {
      return { x, value: current.value, gradient: current.gradient, iterations: iteration + 1, converged: true };
    }
  }
  return { x, value: current.value, gradient: current.gradient, iterations: maxIterations, converged: false };
}
