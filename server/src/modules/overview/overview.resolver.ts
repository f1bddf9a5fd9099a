import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { AnyRole } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";

@ObjectType({ description: "Headline figures for the home page." })
class Overview {
  @Field(() => Int)
  profileCount: number;

  @Field(() => Int, { description: "Profiles with a user id or an email." })
  identifiedProfileCount: number;

  @Field(() => Float)
  eventCount: number;

  @Field(() => Int)
  sourceCount: number;

  @Field(() => Int)
  segmentCount: number;

  @Field(() => Date, { nullable: true })
  lastEventAt: Date | null;
}

@ObjectType()
class DayCount {
  @Field(() => String, { description: "UTC day, YYYY-MM-DD." })
  day: string;

  @Field(() => Int)
  count: number;
}

@Resolver()
export class OverviewResolver {
  @AnyRole()
  @Query(() => Overview)
  overview(@Ctx() ctx: Context) {
    return ctx.services.overview.overview(viewerOf(ctx).workspaceId);
  }

  @AnyRole()
  @Query(() => [DayCount], { description: "Events per day, ending at the newest event." })
  eventsPerDay(@Arg("days", () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: Context) {
    return ctx.services.overview.eventsPerDay(viewerOf(ctx).workspaceId, days);
  }
}
