import { Args, Ctx, Query, Resolver } from "type-graphql";
import { Roles } from "../../../engine/auth/access.js";
import { viewerOf, type Context } from "../../../engine/graphql/context.js";
import { ExploreProfilesArgs, ExplorerConnection } from "./explorer.types.js";

@Resolver()
export class ExplorerResolver {
  @Roles("analyst", "marketer", "admin")
  @Query(() => ExplorerConnection, {
    description: "Profiles found by identifier or name, filtered by audience rules or membership, in any order.",
  })
  exploreProfiles(@Args(() => ExploreProfilesArgs) args: ExploreProfilesArgs, @Ctx() ctx: Context) {
    const { first, after, ...view } = args;
    return ctx.services.explorer.explore(viewerOf(ctx).workspaceId, view, first, after ?? null);
  }
}
