import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Roles } from "../../../engine/auth/access.js";
import { viewerOf, type Context } from "../../../engine/graphql/context.js";
import type { ExplorerPage } from "./explorer.service.js";
import { ExploreProfilesArgs, ExplorerConnection } from "./explorer.types.js";

@Resolver(() => ExplorerConnection)
export class ExplorerResolver {
  @Roles("analyst", "marketer", "admin")
  @Query(() => ExplorerConnection, {
    description: "Profiles found by identifier or name, filtered by audience rules or membership, in any order.",
  })
  exploreProfiles(@Args(() => ExploreProfilesArgs) args: ExploreProfilesArgs, @Ctx() ctx: Context) {
    const { first, after, ...view } = args;
    return ctx.services.explorer.explore(viewerOf(ctx).workspaceId, view, first, after ?? null);
  }

  @Roles("analyst", "marketer", "admin")
  @Query(() => Int, {
    description: "How many profiles the explorer's search and filters match (exploreProfiles' totalCount alone).",
  })
  async countProfiles(
    @Ctx() ctx: Context,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("rules", () => GraphQLJSONObject, { nullable: true }) rules: unknown,
    @Arg("audienceId", () => ID, { nullable: true }) audienceId: string | null,
  ) {
    const { explorer } = ctx.services;
    return explorer.count(await explorer.prepare(viewerOf(ctx).workspaceId, { search, rules, audienceId }));
  }

  @FieldResolver(() => Int, { description: "How many profiles match the search and filters, across all pages." })
  totalCount(@Root() page: ExplorerPage): Promise<number> {
    return page.count();
  }
}
