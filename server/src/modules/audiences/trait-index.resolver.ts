import { Ctx, Query, Resolver } from "type-graphql";
import { Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { TraitIndex } from "./trait-index.types.js";

/** Read-only: indexes follow the catalog on their own; people who tune audiences see which traits are fast. */
@Resolver()
export class TraitIndexResolver {
  @Roles("admin", "analyst")
  @Query(() => [TraitIndex], { description: "The workspace's indexed traits and the state of their builds." })
  traitIndexes(@Ctx() ctx: Context): Promise<TraitIndex[]> {
    return ctx.services.traitIndexes.list(viewerOf(ctx).workspaceId);
  }
}
