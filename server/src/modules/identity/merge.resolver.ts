import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AnyRole, Roles } from "../../engine/auth/access.js";
import { checkFirst, decodeCursor, PageArgs, toConnection } from "../../engine/graphql/connection.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Profile } from "../profiles/profile.entity.js";
import { ProfileMergeConnection, ProfileMergeType, UndoMergeResultType } from "./merge.types.js";

@Resolver(() => Profile)
export class MergeResolver {
  @AnyRole()
  @Query(() => ProfileMergeConnection, { description: "Every merge in the workspace, newest first." })
  async mergeHistory(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const first = checkFirst(args.first);
    const after = args.after ? decodeCursor(args.after, ["string", "string"]) : null;
    const rows = await ctx.services.merges.list(viewerOf(ctx).workspaceId, {
      first: first + 1,
      after: after ? { mergedKey: String(after[0]), id: String(after[1]) } : undefined,
    });
    return toConnection(rows, first, (row) => [row.mergedKey, row.id]);
  }

  @Roles("admin")
  @Mutation(() => UndoMergeResultType, {
    description: "Splits a merge: the merged-away profile comes back with its identities, events and traits.",
  })
  undoMerge(@Arg("mergeId", () => ID) mergeId: string, @Ctx() ctx: Context) {
    const viewer = viewerOf(ctx);
    return ctx.services.merges.splitMerge(viewer.workspaceId, mergeId, viewer.userId);
  }

  @AnyRole()
  @FieldResolver(() => [ProfileMergeType], {
    description: "Merges this profile took part in, as winner or as loser, newest first (at most 100).",
  })
  merges(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.profile.merges.load(profile.id);
  }
}
