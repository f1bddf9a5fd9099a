import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { DRY_RUN_DEFAULT_MESSAGES } from "./identity-rules.service.js";
import { IdentityDryRunType, IdentityRulesStateType, IdentityRulesType } from "./identity-rules.types.js";
import { withoutNulls } from "./rules-input.js";

@Resolver()
export class IdentityRulesResolver {
  @Roles("admin", "analyst")
  @Query(() => IdentityRulesStateType, { description: "The workspace's identity resolution rules." })
  identityRules(@Ctx() ctx: Context) {
    return ctx.services.identityRules.get(viewerOf(ctx).workspaceId);
  }

  @Roles("admin")
  @Mutation(() => IdentityRulesStateType, { description: "Saves the rules; messages received from now on use them." })
  updateIdentityRules(@Arg("rules", () => IdentityRulesType) rules: IdentityRulesType, @Ctx() ctx: Context) {
    const viewer = viewerOf(ctx);
    return ctx.services.identityRules.update(viewer.workspaceId, withoutNulls(rules), viewer.userId);
  }

  @Roles("admin")
  @Query(() => IdentityDryRunType, {
    description: "Replays recent messages under the current and the proposed rules; writes nothing.",
  })
  identityRulesDryRun(
    @Arg("rules", () => IdentityRulesType) rules: IdentityRulesType,
    @Arg("messages", () => Int, { defaultValue: DRY_RUN_DEFAULT_MESSAGES }) messages: number,
    @Ctx() ctx: Context,
  ) {
    // The proposal is named like the mutation's argument, so a bad field reads the same in both.
    return ctx.services.identityRules.dryRun(viewerOf(ctx).workspaceId, withoutNulls(rules), {
      messages,
      field: "rules",
    });
  }
}
