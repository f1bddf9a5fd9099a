import type { CookieOptions, Request } from "express";
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { AnyRole, Public, Roles } from "../../engine/auth/access.js";
import { SESSION_COOKIE } from "../../engine/auth/tokens.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { Workspace } from "../workspaces/workspace.entity.js";
import { RoleEnum, User } from "./user.entity.js";

@ObjectType({ description: "The signed-in user." })
class Viewer {
  @Field(() => String)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => Workspace)
  workspace: Workspace;
}

@ObjectType()
class CreatedApiToken {
  @Field(() => String, { description: "Shown once; send it as `Authorization: Bearer <token>`." })
  token: string;
}

export type CookieMode = "auto" | "true" | "false";

export function sessionCookieOptions(req: Request, mode: CookieMode, expires?: Date): CookieOptions {
  const secure = mode === "true" || (mode === "auto" && (req.secure || req.get("x-forwarded-proto") === "https"));
  return { httpOnly: true, sameSite: "lax", secure, path: "/", ...(expires ? { expires } : {}) };
}

@Resolver()
export class AuthResolver {
  @AnyRole()
  @Query(() => Viewer)
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    const viewer = viewerOf(ctx);
    const workspace = await ctx.services.db.getRepository(Workspace).findOneByOrFail({ id: viewer.workspaceId });
    return { id: viewer.userId, email: viewer.email, name: viewer.name, role: RoleEnum[viewer.role], workspace };
  }

  @Public()
  @Mutation(() => User, { description: "Signs in and sets the HTTP-only session cookie." })
  async login(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const { secret, expiresAt, user } = await ctx.services.auth.login(email, password);
    ctx.res.cookie(SESSION_COOKIE, secret, sessionCookieOptions(ctx.req, ctx.services.cookieMode, expiresAt));
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends the current session (if any) and clears the cookie." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const secret: unknown = ctx.req.cookies?.[SESSION_COOKIE];
    if (typeof secret === "string") await ctx.services.auth.logout(secret);
    ctx.res.clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx.req, ctx.services.cookieMode));
    return true;
  }

  @AnyRole()
  @Mutation(() => CreatedApiToken, { description: "An API token acting as the signed-in user, for scripts." })
  async createApiToken(@Arg("name", () => String) name: string, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    const { token } = await ctx.services.auth.createToken(viewerOf(ctx).email, name.trim().slice(0, 100) || "api");
    return { token };
  }

  @Roles("admin")
  @Query(() => [User], { description: "The workspace's users." })
  users(@Ctx() ctx: Context) {
    return ctx.services.db.getRepository(User).find({
      where: { workspaceId: viewerOf(ctx).workspaceId },
      order: { email: "ASC" },
    });
  }

  @Roles("admin")
  @Mutation(() => User)
  createUser(
    @Arg("email", () => String) email: string,
    @Arg("role", () => RoleEnum) role: RoleEnum,
    @Arg("password", () => String) password: string,
    @Arg("name", () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.createUser({
      workspaceId: viewerOf(ctx).workspaceId,
      email,
      role,
      password,
      name: name ?? "",
    });
  }
}
