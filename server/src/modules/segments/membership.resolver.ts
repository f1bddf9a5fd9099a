import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AnyRole, Roles } from "../../engine/auth/access.js";
import { badInput } from "../../engine/errors.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { parseRuleTree } from "../audiences/index.js";
import { Profile } from "../profiles/profile.entity.js";
import { ProfileConnection } from "../profiles/profile.resolver.js";
import {
  AudienceImpact,
  AudienceOverlap,
  AudienceSizePoint,
  MembershipChange,
  ProfileAudience,
} from "./membership.types.js";
import { Segment } from "./segment.entity.js";

@ArgsType()
class MembersArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 200." })
  first: number | null;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string | null;
}

/** Saved audiences' materialised membership: members, history, edit impact and overlap. */
@Resolver(() => Segment)
export class SegmentMembershipResolver {
  @AnyRole()
  @FieldResolver(() => ProfileConnection, { description: "Current members, newest entry first." })
  members(@Root() segment: Segment, @Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: Context) {
    return ctx.services.memberships.members(segment, { first: args.first ?? 20, after: args.after });
  }

  @AnyRole()
  @FieldResolver(() => [AudienceSizePoint], {
    description: "Size over time, oldest first (at most one point an hour).",
  })
  sizeHistory(
    @Root() segment: Segment,
    @Arg("days", () => Int, { nullable: true, defaultValue: 90 }) days: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.memberships.sizeHistory(segment, days ?? 90);
  }

  @AnyRole()
  @FieldResolver(() => [MembershipChange], { description: "Entries and exits, newest first." })
  changes(
    @Root() segment: Segment,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.memberships.changes(segment.workspaceId, { segmentId: segment.id }, first ?? 50);
  }

  @Roles("admin", "marketer")
  @Mutation(() => Segment, { description: "Re-evaluates a saved audience's membership now." })
  async refreshSegment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const segment = await ctx.services.segments.get(viewerOf(ctx).workspaceId, id);
    return ctx.services.memberships.refresh(segment);
  }

  @AnyRole()
  @Query(() => AudienceImpact, { description: "How many would enter, leave and stay if the audience had these rules." })
  async audienceImpact(
    @Arg("id", () => ID) id: string,
    @Arg("rules", () => GraphQLJSONObject) rules: unknown,
    @Ctx() ctx: Context,
  ) {
    const segment = await ctx.services.segments.get(viewerOf(ctx).workspaceId, id);
    return ctx.services.memberships.impact(segment, parseRuleTree(rules));
  }

  @AnyRole()
  @Query(() => AudienceOverlap, { description: "Exact overlap regions of 2 or 3 saved audiences." })
  async audienceOverlap(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<AudienceOverlap> {
    const distinct = [...new Set(ids)];
    if (distinct.length < 2 || distinct.length > 3 || distinct.length !== ids.length)
      throw badInput("ids", "give 2 or 3 different saved audiences");
    const { workspaceId } = viewerOf(ctx);
    const audiences = await Promise.all(distinct.map((id) => ctx.services.segments.get(workspaceId, id)));
    return { audiences, regions: await ctx.services.memberships.overlap(audiences) };
  }
}

@Resolver(() => Profile)
export class ProfileAudiencesResolver {
  @AnyRole()
  @FieldResolver(() => [ProfileAudience], { description: "Saved audiences the profile is in now." })
  audiences(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.profileAudiences.load(profile.id);
  }

  @AnyRole()
  @FieldResolver(() => [MembershipChange], {
    description: "Entries into and exits from saved audiences, newest first.",
  })
  audienceChanges(
    @Root() profile: Profile,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.memberships.changes(profile.workspaceId, { profileId: profile.id }, first ?? 50);
  }
}
