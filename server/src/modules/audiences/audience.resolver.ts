import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { AnyRole } from "../../engine/auth/access.js";
import { badInput } from "../../engine/errors.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Profile } from "../profiles/profile.entity.js";
import {
  AudienceCatalog,
  AudienceExplanation,
  AudienceGroupSize,
  AudienceSize,
  AudienceSql,
  BreakdownBucket,
} from "./audience.types.js";
import { parseRuleTree } from "./rule-input.js";

/** The rule builder's previews: rules that are not saved yet, checked against the workspace's catalog. */
@Resolver()
export class AudienceResolver {
  @AnyRole()
  @Query(() => AudienceCatalog)
  async audienceCatalog(@Ctx() ctx: Context): Promise<AudienceCatalog> {
    const catalog = await ctx.services.audiencePreviews.catalog(viewerOf(ctx).workspaceId);
    return {
      ...catalog,
      audiences: catalog.audiences.map(({ id, name }) => ({ id, name })),
      refreshedAt: catalog.refreshedAt ? new Date(catalog.refreshedAt) : null,
    };
  }

  @AnyRole()
  @Query(() => AudienceSize, { description: "How many profiles match, live while editing." })
  audienceSize(@Arg("rules", () => GraphQLJSONObject) rules: unknown, @Ctx() ctx: Context) {
    return ctx.services.audiencePreviews.size(viewerOf(ctx).workspaceId, parseRuleTree(rules));
  }

  @AnyRole()
  @Query(() => [AudienceGroupSize], { description: "The size of each top-level rule or group on its own." })
  audienceGroupSizes(@Arg("rules", () => GraphQLJSONObject) rules: unknown, @Ctx() ctx: Context) {
    return ctx.services.audiencePreviews.groupSizes(viewerOf(ctx).workspaceId, parseRuleTree(rules));
  }

  @AnyRole()
  @Query(() => [Profile], { description: "Matching profiles, most recently seen first." })
  audienceSample(
    @Arg("rules", () => GraphQLJSONObject) rules: unknown,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 20 }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audiencePreviews.sample(viewerOf(ctx).workspaceId, parseRuleTree(rules), limit ?? 20);
  }

  @AnyRole()
  @Query(() => AudienceSql, { description: "The SQL the rules compile to." })
  audienceSql(@Arg("rules", () => GraphQLJSONObject) rules: unknown, @Ctx() ctx: Context) {
    return ctx.services.audiencePreviews.sql(viewerOf(ctx).workspaceId, parseRuleTree(rules));
  }

  @AnyRole()
  @Query(() => [BreakdownBucket], { description: "Matching profiles by the value of a trait, largest first." })
  audienceBreakdown(
    @Arg("rules", () => GraphQLJSONObject) rules: unknown,
    @Arg("trait", () => String) trait: string,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 10 }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    const { workspaceId } = viewerOf(ctx);
    return ctx.services.audiencePreviews.breakdown(workspaceId, parseRuleTree(rules), trait, limit ?? 10);
  }

  @AnyRole()
  @Query(() => AudienceExplanation, { description: "Why a profile is or is not in a saved audience (id) or in rules." })
  async explainAudience(
    @Arg("profileId", () => ID) profileId: string,
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("rules", () => GraphQLJSONObject, { nullable: true }) rules: unknown,
    @Ctx() ctx: Context,
  ): Promise<AudienceExplanation> {
    const { workspaceId } = viewerOf(ctx);
    if (((id ?? null) === null) === ((rules ?? null) === null))
      throw badInput(id ? "rules" : "id", "give exactly one of id (a saved audience) and rules");
    const tree = id ? parseRuleTree((await ctx.services.segments.get(workspaceId, id)).rules) : parseRuleTree(rules);
    const explanation = await ctx.services.audiencePreviews.explain(workspaceId, profileId, tree);
    return { ...explanation, trace: explanation.trace };
  }
}
