import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { AnyRole, Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { LTV_ASSUMPTIONS, type LtvModelRow } from "./ltv.service.js";
import { getRevenueSettings, setRevenueSettings } from "./revenue-settings.js";
import { compareAudienceLtv } from "./audience-comparison.js";
import { AudienceLtvComparison, LtvModel, LtvOverview, RevenueSettingsType } from "./ltv.types.js";

function toModel(row: LtvModelRow): LtvModel {
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    revenueEvent: row.revenue_event,
    revenueProperty: row.revenue_property,
    currency: row.currency,
    customers: row.customers,
    transactions: row.transactions,
    calibrationEnd: row.calibration_end,
    holdoutStart: row.holdout_start,
    bgnbd: row.bgnbd,
    gammaGamma: row.gamma_gamma,
    calibration: row.holdout?.weeks ?? [],
    holdoutExpected: row.holdout?.weeks.length ? row.holdout.expectedTotal : null,
    holdoutActual: row.holdout?.weeks.length ? row.holdout.actualTotal : null,
    cohorts: row.holdout?.cohorts ?? [],
    weeksPerMonth: LTV_ASSUMPTIONS.weeksPerMonth,
    monthlyDiscountRate: LTV_ASSUMPTIONS.monthlyDiscountRate,
    error: row.error,
  };
}

@Resolver()
export class LtvResolver {
  @AnyRole()
  @Query(() => LtvModel, { nullable: true, description: "The newest LTV model fit (running, succeeded or failed)." })
  async ltvModel(@Ctx() ctx: Context): Promise<LtvModel | null> {
    const row = await ctx.services.ltv.latestModel(viewerOf(ctx).workspaceId);
    return row ? toModel(row) : null;
  }

  @AnyRole()
  @Query(() => LtvModel, { nullable: true, description: "The newest successful fit: what predictions come from." })
  async ltvModelInUse(@Ctx() ctx: Context): Promise<LtvModel | null> {
    const row = await ctx.services.ltv.latestSucceeded(viewerOf(ctx).workspaceId);
    return row ? toModel(row) : null;
  }

  @Roles("admin", "analyst")
  @Mutation(() => LtvModel, { description: "Refits the LTV models now; poll ltvModel for progress." })
  async refitLtv(@Ctx() ctx: Context): Promise<LtvModel> {
    return toModel(await ctx.services.ltv.refit(viewerOf(ctx).workspaceId, "manual"));
  }

  @AnyRole()
  @Query(() => LtvOverview)
  async ltvOverview(@Ctx() ctx: Context): Promise<LtvOverview> {
    const workspaceId = viewerOf(ctx).workspaceId;
    const overview = ctx.services.ltvOverview;
    const [totals, histogram, pareto, topCustomers, revenue] = await Promise.all([
      overview.totals(workspaceId),
      overview.histogram(workspaceId),
      overview.pareto(workspaceId),
      overview.topCustomers(workspaceId),
      getRevenueSettings(ctx.services.db, workspaceId),
    ]);
    return { currency: revenue.currency, ...totals, histogram, pareto, topCustomers };
  }

  @Roles("admin", "marketer", "analyst")
  @Query(() => AudienceLtvComparison, { description: "Lifetime value of 2 to 5 saved audiences side by side." })
  async audienceLtvComparison(
    @Arg("audienceIds", () => [ID]) audienceIds: string[],
    @Ctx() ctx: Context,
  ): Promise<AudienceLtvComparison> {
    const { workspaceId } = viewerOf(ctx);
    const [audiences, revenue] = await Promise.all([
      compareAudienceLtv(ctx.services.db, workspaceId, audienceIds),
      getRevenueSettings(ctx.services.db, workspaceId),
    ]);
    return { currency: revenue.currency, audiences };
  }

  @AnyRole()
  @Query(() => RevenueSettingsType, { description: "Which event and property carry revenue, and the currency." })
  revenueSettings(@Ctx() ctx: Context) {
    return getRevenueSettings(ctx.services.db, viewerOf(ctx).workspaceId);
  }

  @Roles("admin")
  @Mutation(() => RevenueSettingsType)
  updateRevenueSettings(
    @Arg("event", () => String) event: string,
    @Arg("property", () => String) property: string,
    @Arg("currency", () => String) currency: string,
    @Ctx() ctx: Context,
  ) {
    return setRevenueSettings(ctx.services.db, viewerOf(ctx).workspaceId, { event, property, currency });
  }
}
