import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { AnyRole } from "../../engine/auth/access.js";
import { PageArgs } from "../../engine/graphql/connection.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Profile } from "./profile.entity.js";
import { MAX_ACTIVITY_DAYS } from "./profile-insights.service.js";
import {
  ProfileActivity,
  ProfileEventName,
  ProfileLifetimeValue,
  ProfileLocation,
  TraitChangeConnection,
  TraitSource,
} from "./profile-insights.types.js";

@ArgsType()
class TraitHistoryArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only the values of this trait." })
  key?: string | null;
}

/** The profile page's read models: value, provenance, event names, daily activity, and merged-away ids. */
@Resolver(() => Profile)
export class ProfileInsightsResolver {
  @AnyRole()
  @Query(() => ProfileLocation, {
    description: "Where a profile id's data lives now: itself, or the profile it was merged into (followed).",
  })
  profileLocation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.profileInsights.locate(viewerOf(ctx).workspaceId, id);
  }

  @AnyRole()
  @FieldResolver(() => ProfileLifetimeValue, {
    nullable: true,
    description: "Historical and predicted value; null until the profile has an order and a model was fitted.",
  })
  lifetimeValue(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.profile.lifetimeValue.load(profile.id);
  }

  @AnyRole()
  @FieldResolver(() => [TraitSource], { description: "Which source set each current trait value, and when." })
  traitSources(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.profile.traitSources.load(profile.id);
  }

  @AnyRole()
  @FieldResolver(() => TraitChangeConnection, {
    description: "Every value received for this profile's traits, newest message first, late ones included.",
  })
  traitHistory(@Root() profile: Profile, @Args(() => TraitHistoryArgs) args: TraitHistoryArgs, @Ctx() ctx: Context) {
    return ctx.loaders.profile.traitHistory({ first: args.first, after: args.after, key: args.key }).load(profile.id);
  }

  @AnyRole()
  @FieldResolver(() => [ProfileEventName], { description: "Event names this profile sent, most frequent first." })
  eventNames(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.profile.eventNames.load(profile.id);
  }

  @AnyRole()
  @FieldResolver(() => ProfileActivity, {
    description: `Events per UTC day over the \`days\` (1 to ${MAX_ACTIVITY_DAYS}) ending on the last seen day.`,
  })
  async activity(
    @Root() profile: Profile,
    @Arg("days", () => Int, { defaultValue: 90 }) days: number,
    @Arg("event", () => String, { nullable: true, description: "Only events with this name." }) event: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProfileActivity> {
    const activity = await ctx.loaders.profile.activity({ days, event: event ?? null }).load(profile.id);
    return activity ?? { from: "", to: "", total: 0, days: [] };
  }
}
