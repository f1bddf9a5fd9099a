import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import { AnyRole, Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Segment } from "./segment.entity.js";

@InputType()
class SegmentInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GraphQLJSONObject)
  rules: Record<string, unknown>;
}

@Resolver(() => Segment)
export class SegmentResolver {
  @AnyRole()
  @Query(() => [Segment], { description: "Saved audiences, by name." })
  segments(@Ctx() ctx: Context) {
    return ctx.services.segments.list(viewerOf(ctx).workspaceId);
  }

  @AnyRole()
  @Query(() => Segment)
  segment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.segments.get(viewerOf(ctx).workspaceId, id);
  }

  @Roles("admin", "marketer")
  @Mutation(() => Segment)
  createSegment(@Arg("input", () => SegmentInput) input: SegmentInput, @Ctx() ctx: Context) {
    const viewer = viewerOf(ctx);
    return ctx.services.segments.create(viewer.workspaceId, viewer.userId, input);
  }

  @Roles("admin", "marketer")
  @Mutation(() => Segment)
  updateSegment(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => SegmentInput) input: SegmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.segments.update(viewerOf(ctx).workspaceId, id, input);
  }

  @Roles("admin", "marketer")
  @Mutation(() => Boolean)
  deleteSegment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.segments.delete(viewerOf(ctx).workspaceId, id);
  }
}
