import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType()
export class BgnbdParameters {
  @Field(() => Float) r: number;
  @Field(() => Float) alpha: number;
  @Field(() => Float) a: number;
  @Field(() => Float) b: number;
  @Field(() => Float) logLikelihood: number;
  @Field(() => Boolean) converged: boolean;
}

@ObjectType()
export class GammaGammaParameters {
  @Field(() => Float) p: number;
  @Field(() => Float) q: number;
  @Field(() => Float) gamma: number;
  @Field(() => Float) logLikelihood: number;
  @Field(() => Boolean) converged: boolean;
}

@ObjectType({ description: "Cumulative repeat purchases by week: what the model expected against what happened." })
export class CalibrationWeek {
  @Field(() => Int) week: number;
  @Field(() => Float) expected: number;
  @Field(() => Float) actual: number;
}

@ObjectType()
export class CohortPoint {
  @Field(() => Int, { description: "Months since the cohort's first purchase." }) month: number;
  @Field(() => Float, { description: "Cumulative revenue per customer of the cohort." }) value: number;
}

@ObjectType({ description: "Customers acquired (first purchase) in one month." })
export class CohortCurveType {
  @Field(() => String, { description: "YYYY-MM" }) cohort: string;
  @Field(() => Int) customers: number;
  @Field(() => [CohortPoint]) points: CohortPoint[];
}

@ObjectType({ description: "The predicted-LTV model card: BG/NBD + Gamma-Gamma fitted on this workspace." })
export class LtvModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: "running, succeeded or failed" }) status: string;
  @Field(() => Float, { description: "0 to 1 while running." }) progress: number;
  @Field(() => String) stage: string;
  @Field(() => String, { description: "manual, schedule or first-run" }) trigger: string;
  @Field(() => Date) startedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String) revenueEvent: string;
  @Field(() => String) revenueProperty: string;
  @Field(() => String) currency: string;
  @Field(() => Int, { nullable: true }) customers: number | null;
  @Field(() => Int, { nullable: true, description: "Customer purchase-days (same-day orders merged)." })
  transactions: number | null;
  @Field(() => String, { nullable: true }) calibrationEnd: string | null;
  @Field(() => String, { nullable: true, description: "First day of the holdout used for the calibration chart." })
  holdoutStart: string | null;
  @Field(() => BgnbdParameters, { nullable: true }) bgnbd: BgnbdParameters | null;
  @Field(() => GammaGammaParameters, { nullable: true }) gammaGamma: GammaGammaParameters | null;
  @Field(() => [CalibrationWeek]) calibration: CalibrationWeek[];
  @Field(() => Float, { nullable: true }) holdoutExpected: number | null;
  @Field(() => Float, { nullable: true }) holdoutActual: number | null;
  @Field(() => [CohortCurveType]) cohorts: CohortCurveType[];
  @Field(() => Float, { description: "Weeks per month used for the 12-month value." }) weeksPerMonth: number;
  @Field(() => Float, { description: "Monthly discount rate used for the 12-month value." })
  monthlyDiscountRate: number;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType()
export class HistogramBinType {
  @Field(() => Float) from: number;
  @Field(() => Float, { nullable: true, description: "null for the open last bin." }) to: number | null;
  @Field(() => Int) customers: number;
}

@ObjectType()
export class ParetoPointType {
  @Field(() => Float) customerShare: number;
  @Field(() => Float) revenueShare: number;
}

@ObjectType()
export class TopCustomerType {
  @Field(() => ID) profileId: string;
  @Field(() => String) displayName: string;
  @Field(() => Float) revenue: number;
  @Field(() => Int) orders: number;
  @Field(() => Float, { nullable: true }) predictedValue12m: number | null;
  @Field(() => Float, { nullable: true }) pAlive: number | null;
}

@ObjectType({ description: "Historical lifetime value across the workspace's customers." })
export class LtvOverview {
  @Field(() => String) currency: string;
  @Field(() => Int) customers: number;
  @Field(() => Float) revenue: number;
  @Field(() => Float) averageValue: number;
  @Field(() => Float) medianValue: number;
  @Field(() => Float, { description: "Share of customers with two or more orders." }) repeatPurchaseRate: number;
  @Field(() => Float, { nullable: true }) averagePredictedValue12m: number | null;
  @Field(() => Int, { description: "Repeat customers whose P(alive) is below 0.5." }) atRiskRepeatCustomers: number;
  @Field(() => [HistogramBinType]) histogram: HistogramBinType[];
  @Field(() => [ParetoPointType]) pareto: ParetoPointType[];
  @Field(() => [TopCustomerType]) topCustomers: TopCustomerType[];
}

@ObjectType()
export class RevenueSettingsType {
  @Field(() => String) event: string;
  @Field(() => String) property: string;
  @Field(() => String) currency: string;
}

@ObjectType({ description: "Lifetime value of one saved audience's current members." })
export class AudienceLtvType {
  @Field(() => ID) audienceId: string;
  @Field(() => String) name: string;
  @Field(() => Int) members: number;
  @Field(() => Int, { description: "Members with at least one order." }) customers: number;
  @Field(() => Float, { description: "Historical revenue of the members." }) revenue: number;
  @Field(() => Float, { nullable: true, description: "Historical revenue per customer." })
  averageValue: number | null;
  @Field(() => Float, { nullable: true, description: "Predicted 12-month value per customer with a prediction." })
  averagePredictedValue12m: number | null;
  @Field(() => Float, { nullable: true }) averagePAlive: number | null;
  @Field(() => Float, { nullable: true, description: "Share of customers with two or more orders." })
  repeatPurchaseRate: number | null;
}

@ObjectType()
export class AudienceLtvComparison {
  @Field(() => String) currency: string;
  @Field(() => [AudienceLtvType], { description: "In the order of audienceIds." }) audiences: AudienceLtvType[];
}
