// Speed benchmark of fitLtvModels on synthetic CDNOW-like data (target: 100k customers in <= 5 s on 2 cores).
// Run it with `npm run bench:ltv` (server/src/bench/ltv.ts); it prints and asserts nothing.
import { performance } from "node:perf_hooks";
import { fitLtvModels } from "./fit.js";
import { fitBgnbd } from "./bgnbd.js";
import { fitGammaGamma } from "./gamma-gamma.js";
import { CDNOW_BGNBD, CDNOW_GAMMA_GAMMA, generateSyntheticRfm, generateSyntheticTransactions } from "./synthetic.js";

export interface BenchResult {
  customers: number;
  transactions: number;
  generateSeconds: number;
  fitSeconds: number;
  bgnbd: { r: number; alpha: number; a: number; b: number };
  gammaGamma: { p: number; q: number; gamma: number };
}

function row(name: string, truth: number, fitted: number): string {
  const error = ((fitted - truth) / truth) * 100;
  return `  ${name.padEnd(6)} true ${truth.toFixed(4).padStart(9)}  fitted ${fitted.toFixed(4).padStart(9)}  (${error >= 0 ? "+" : ""}${error.toFixed(1)}%)`;
}

export async function benchFit(
  customers = 100_000,
  seed = 20240601,
  log: (line: string) => void = console.log,
): Promise<BenchResult> {
  const t0 = performance.now();
  const data = generateSyntheticTransactions({ customers, seed });
  const t1 = performance.now();
  const fit = fitLtvModels(data.transactions, { calibrationEnd: data.end });
  const t2 = performance.now();
  const result: BenchResult = {
    customers: fit.customers,
    transactions: data.transactions.length,
    generateSeconds: (t1 - t0) / 1000,
    fitSeconds: (t2 - t1) / 1000,
    bgnbd: { r: fit.bgnbd.r, alpha: fit.bgnbd.alpha, a: fit.bgnbd.a, b: fit.bgnbd.b },
    gammaGamma: { p: fit.gammaGamma.p, q: fit.gammaGamma.q, gamma: fit.gammaGamma.gamma },
  };
  log(
    `customers ${result.customers}, transactions ${result.transactions} (generated in ${result.generateSeconds.toFixed(2)} s)`,
  );
  log(`fitLtvModels (RFM + BG/NBD + Gamma-Gamma): ${result.fitSeconds.toFixed(3)} s`);
  log("BG/NBD:");
  for (const k of ["r", "alpha", "a", "b"] as const) log(row(k, CDNOW_BGNBD[k], result.bgnbd[k]));
  log("Gamma-Gamma:");
  for (const k of ["p", "q", "gamma"] as const) log(row(k, CDNOW_GAMMA_GAMMA[k], result.gammaGamma[k]));
  const continuous = generateSyntheticRfm({ customers, seed });
  const bg = fitBgnbd(continuous);
  const gg = fitGammaGamma(continuous);
  log("Recovery check on the same process in continuous time (no day rounding or same-day merging):");
  for (const k of ["r", "alpha", "a", "b"] as const) log(row(k, CDNOW_BGNBD[k], bg[k]));
  for (const k of ["p", "q", "gamma"] as const) log(row(k, CDNOW_GAMMA_GAMMA[k], gg[k]));
  return result;
}
