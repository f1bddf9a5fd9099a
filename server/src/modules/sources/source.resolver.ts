import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { SourceMessageType } from "./source-message.type.js";
import { Source, SourceKind } from "./source.entity.js";

@ObjectType()
class SourceStatsType {
  @Field(() => Int)
  receivedCount: number;

  @Field(() => Int)
  rejectedCount: number;

  @Field(() => Date, { nullable: true })
  lastSeenAt: Date | null;
}

@Resolver(() => Source)
export class SourceResolver {
  @Roles("admin", "analyst")
  @Query(() => [Source])
  sources(@Ctx() ctx: Context) {
    return ctx.services.sources.list(viewerOf(ctx).workspaceId);
  }

  @Roles("admin")
  @Query(() => [SourceMessageType], {
    description: "The live debugger: a source's newest messages, accepted and rejected, newest first.",
  })
  sourceMessages(
    @Arg("sourceId", () => ID) sourceId: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sources.recentMessages(viewerOf(ctx).workspaceId, sourceId, first);
  }

  @Roles("admin")
  @Mutation(() => Source, { description: "Creates a source with a new write key." })
  createSource(
    @Arg("name", () => String) name: string,
    @Arg("kind", () => SourceKind, { defaultValue: SourceKind.website }) kind: SourceKind,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sources.create(viewerOf(ctx).workspaceId, name, kind);
  }

  @Roles("admin")
  @Mutation(() => Source, { description: "Replaces the write key; clients using the old key are refused." })
  rotateWriteKey(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.sources.rotateWriteKey(viewerOf(ctx).workspaceId, id);
  }

  @Authorized("admin")
  @FieldResolver(() => String, { description: "The secret clients send; admins only." })
  writeKey(@Root() source: Source): string {
    return source.writeKey;
  }

  @FieldResolver(() => SourceStatsType)
  stats(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.sourceStats.load(source.id);
  }
}
