export { fitLtvModels, type FitOptions, type HoldoutWeek, type LtvFit } from "./fit.js";
export { summarizeRfm, type CustomerRfm, type RfmOptions, type RfmSummary, type Transaction } from "./rfm.js";
export {
  bgnbdLogLikelihood,
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgnbd,
  prepareBgnbdData,
  probabilityAlive,
  type BgnbdFit,
  type BgnbdObservation,
  type BgnbdParams,
} from "./bgnbd.js";
export {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  populationMeanSpend,
  prepareGammaGammaData,
  type GammaGammaFit,
  type GammaGammaParams,
  type SpendObservation,
} from "./gamma-gamma.js";
export {
  DEFAULT_MONTHLY_DISCOUNT_RATE,
  PREDICTION_WEEKS,
  WEEKS_PER_MONTH,
  predictCustomer,
  predictedValue,
  type CustomerPrediction,
  type ValueOptions,
} from "./clv.js";
export { CSV_COLUMNS, TransactionsCsvError, parseCdnowSample, parseTransactionsCsv } from "./transactions-csv.js";
export { hyp2f1 } from "./special-functions.js";
export { profileLtvHook, recomputeProfileLtv } from "./profile-ltv-hook.js";
