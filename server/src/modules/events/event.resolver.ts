import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from "type-graphql";
import { AnyRole } from "../../engine/auth/access.js";
import { ConnectionType, PageArgs } from "../../engine/graphql/connection.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Event } from "./event.entity.js";

export const EventConnection = ConnectionType(Event, "Event", false);

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only events with this name." })
  event?: string | null;

  @Field(() => String, { nullable: true, description: "Only events of this type (track, page, identify…)." })
  type?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this profile's events." })
  profileId?: string | null;
}

@Resolver(() => Event)
export class EventResolver {
  @AnyRole()
  @Query(() => EventConnection, { description: "The workspace's events, newest first." })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context) {
    return ctx.services.events.feed(viewerOf(ctx).workspaceId, args);
  }

  @AnyRole()
  @Query(() => [String], { description: "Distinct event and page names seen in this workspace." })
  eventNames(@Ctx() ctx: Context) {
    return ctx.services.events.eventNames(viewerOf(ctx).workspaceId);
  }
}
