import { readFileSync } from "node:fs";
import { fitLtvModels, parseTransactionsCsv, TransactionsCsvError } from "../modules/ltv/index.js";
import { parse, required, UsageError, type Command } from "./cli-kit.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `ltv fit`: fits BG/NBD + Gamma-Gamma on a transactions CSV; needs no database. */
export const ltvFitCommand: Command = {
  name: "ltv fit",
  summary: "Fit the LTV models (BG/NBD + Gamma-Gamma) on a CSV of customer_id,date,amount",
  usage: "ltv fit --input <csv> [--calibration-end YYYY-MM-DD] [--predict] [--json]",
  async run(args) {
    const { values } = parse(args, {
      input: { type: "string" },
      "calibration-end": { type: "string" },
      predict: { type: "boolean" },
      json: { type: "boolean" },
    });
    const input = required(values.input, "input");
    const calibrationEnd = values["calibration-end"];
    if (calibrationEnd !== undefined && !ISO_DAY.test(calibrationEnd))
      throw new UsageError(`--calibration-end must be a date like 1997-09-30 (got "${calibrationEnd}")`);
    let text: string;
    try {
      text = readFileSync(input, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read --input ${input}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    let transactions;
    try {
      transactions = parseTransactionsCsv(text);
    } catch (error) {
      if (error instanceof TransactionsCsvError) throw new Error(`${input}: ${error.message}`);
      throw error;
    }
    if (transactions.length === 0) throw new Error(`${input}: no transactions to fit`);
    const started = Date.now();
    const fit = fitLtvModels(transactions, { calibrationEnd, predict: values.predict ?? false });
    const seconds = (Date.now() - started) / 1000;
    if (values.json) {
      console.log(JSON.stringify(fit, null, 2));
    } else {
      const { bgnbd, gammaGamma } = fit;
      console.log(
        `Customers: ${fit.customers} (calibration ends ${fit.calibrationEnd}); fitted in ${seconds.toFixed(2)} s`,
      );
      console.log(
        `BG/NBD      r=${bgnbd.r.toFixed(6)} alpha=${bgnbd.alpha.toFixed(6)} a=${bgnbd.a.toFixed(6)} b=${bgnbd.b.toFixed(6)} LL=${bgnbd.logLikelihood.toFixed(4)}`,
      );
      console.log(
        `Gamma-Gamma p=${gammaGamma.p.toFixed(6)} q=${gammaGamma.q.toFixed(6)} gamma=${gammaGamma.gamma.toFixed(6)} LL=${gammaGamma.logLikelihood.toFixed(4)}`,
      );
      if (fit.holdout)
        console.log(
          `Holdout: expected ${fit.holdout.expectedTotal.toFixed(1)} repeat purchases, actual ${fit.holdout.actualTotal}`,
        );
    }
    return 0;
  },
};
