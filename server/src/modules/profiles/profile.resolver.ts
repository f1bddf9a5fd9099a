import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AnyRole } from "../../engine/auth/access.js";
import { ConnectionType, PageArgs } from "../../engine/graphql/connection.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { EventConnection } from "../events/event.resolver.js";
import { Identity } from "./identity.entity.js";
import { Profile } from "./profile.entity.js";

export const ProfileConnection = ConnectionType(Profile, "Profile", true);

@ArgsType()
class ProfilesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Start of any identifier (email, phone, user id, anonymous id), a profile id, or part of a name.",
  })
  search?: string | null;
}

@ArgsType()
class ProfileEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only events with this name." })
  event?: string | null;

  @Field(() => String, { nullable: true, description: "Only events of this type (track, page, identify…)." })
  type?: string | null;
}

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

@Resolver(() => Profile)
export class ProfileResolver {
  @AnyRole()
  @Query(() => ProfileConnection, { description: "Profiles, most recently active first." })
  profiles(@Args(() => ProfilesArgs) args: ProfilesArgs, @Ctx() ctx: Context) {
    return ctx.services.profiles.list(viewerOf(ctx).workspaceId, args);
  }

  @AnyRole()
  @Query(() => Profile)
  profile(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.profiles.get(viewerOf(ctx).workspaceId, id);
  }

  @FieldResolver(() => String, { description: "Name from traits, else email, else a short id." })
  displayName(@Root() profile: Profile): string {
    const t = profile.traits;
    const full = [str(t.firstName), str(t.lastName)].filter(Boolean).join(" ");
    return str(t.name) ?? (full || null) ?? str(t.email) ?? `Anonymous ${profile.id.slice(0, 8)}`;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() profile: Profile): string | null {
    return str(profile.traits.email);
  }

  @FieldResolver(() => [Identity])
  identities(@Root() profile: Profile, @Ctx() ctx: Context) {
    return ctx.loaders.identities.load(profile.id);
  }

  @FieldResolver(() => EventConnection, { description: "This profile's events, newest first." })
  events(@Root() profile: Profile, @Args(() => ProfileEventsArgs) args: ProfileEventsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.eventPage(args).load(profile.id);
  }
}
