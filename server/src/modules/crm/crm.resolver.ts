import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { AnyRole, Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { CrmImport, CrmPreset } from "./crm-import.entity.js";
import type { AnyColumnMapping } from "./crm-scan.js";
import {
  CrmConflictPage,
  CrmContactPage,
  CrmExportFile,
  CrmFieldStats,
  CrmFieldStatus,
  CrmImportPreview,
  CrmMatchStats,
  CrmMatchStatus,
  CrmProfileRecord,
  CrmRule,
  SurvivorshipRuleName,
} from "./crm.types.js";

@InputType()
class CrmColumnMappingInput {
  @Field(() => String)
  column: string;

  @Field(() => String, { description: "A CRM field (see CrmColumnMapping.target) or ignore." })
  target: AnyColumnMapping["target"];
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** CRM records beside unified profiles. Admins import and set rules; every role reads the comparison. */
@Resolver()
export class CrmResolver {
  @Roles("admin")
  @Query(() => [CrmImport], { description: "The latest 50 CRM imports, newest first." })
  crmImports(@Ctx() ctx: Context) {
    return ctx.services.crmImports.list(viewerOf(ctx).workspaceId);
  }

  @Roles("admin")
  @Query(() => CrmImport)
  crmImport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.crmImports.get(viewerOf(ctx).workspaceId, id);
  }

  @Roles("admin")
  @Query(() => CrmImportPreview, { description: "Checks every row against a mapping (default: the preset's)." })
  async crmImportPreview(
    @Arg("id", () => ID) id: string,
    @Arg("preset", () => CrmPreset, { nullable: true }) preset: CrmPreset | null,
    @Arg("mapping", () => [CrmColumnMappingInput], { nullable: true }) mapping: CrmColumnMappingInput[] | null,
    @Ctx() ctx: Context,
  ): Promise<CrmImportPreview> {
    const p = await ctx.services.crmImports.preview(viewerOf(ctx).workspaceId, id, preset, mapping);
    return { ...p, suggestedMapping: p.suggested };
  }

  @Roles("admin")
  @Mutation(() => CrmImport, {
    description: "Imports the uploaded export in the background: every row or none, upserted by record id.",
  })
  async startCrmImport(
    @Arg("id", () => ID) id: string,
    @Arg("mapping", () => [CrmColumnMappingInput]) mapping: CrmColumnMappingInput[],
    @Arg("preset", () => CrmPreset, { nullable: true }) preset: CrmPreset | null,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.services.crmImports.start(viewerOf(ctx).workspaceId, id, { preset, mapping })).job;
  }

  @AnyRole()
  @Query(() => CrmMatchStats)
  async crmMatchStats(@Ctx() ctx: Context): Promise<CrmMatchStats> {
    const counts = await ctx.services.crm.matchCounts(viewerOf(ctx).workspaceId);
    return { ...counts, total: counts.matched + counts.unmatched + counts.ambiguous };
  }

  @Roles("admin")
  @Mutation(() => CrmMatchStats, {
    description: "Matches every CRM record to profiles again through the identity graph; answers the new counts.",
  })
  async matchCrmAgain(@Ctx() ctx: Context): Promise<CrmMatchStats> {
    const counts = await ctx.services.crmImports.matchAgain(viewerOf(ctx).workspaceId);
    return { ...counts, total: counts.matched + counts.unmatched + counts.ambiguous };
  }

  @AnyRole()
  @Query(() => [CrmFieldStats], { description: "Every field Mosaic knows, compared over the matched records." })
  crmFieldStats(@Ctx() ctx: Context) {
    return ctx.services.crm.fieldStats(viewerOf(ctx).workspaceId);
  }

  @AnyRole()
  @Query(() => CrmConflictPage, { description: "Fields of matched records by status (default: conflict and stale)." })
  crmConflicts(
    @Arg("field", () => String, { nullable: true }) field: string | null,
    @Arg("status", () => CrmFieldStatus, { nullable: true }) status: CrmFieldStatus | null,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.crm.conflicts(viewerOf(ctx).workspaceId, {
      field: field ?? null,
      status: status ?? null,
      offset,
      limit,
    });
  }

  @AnyRole()
  @Query(() => [CrmProfileRecord], { description: "The profile's CRM records, each compared field by field." })
  crmProfileComparison(@Arg("profileId", () => ID) profileId: string, @Ctx() ctx: Context) {
    return ctx.services.crm.profileComparison(viewerOf(ctx).workspaceId, profileId);
  }

  @AnyRole()
  @Query(() => CrmContactPage, { description: "CRM records by match outcome (the unmatched, the ambiguous…)." })
  crmContacts(
    @Arg("status", () => CrmMatchStatus) status: CrmMatchStatus,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.crm.contacts(viewerOf(ctx).workspaceId, status, offset, limit);
  }

  @AnyRole()
  @Query(() => [CrmRule], { description: "The survivorship rule of every field both sides hold." })
  crmRules(@Ctx() ctx: Context) {
    return ctx.services.crm.ruleList(viewerOf(ctx).workspaceId);
  }

  // Analysts own data quality, so they settle which side wins as admins do; marketers read the result.
  @Roles("admin", "analyst")
  @Mutation(() => [CrmRule], { description: "Sets which side wins a field; answers every rule." })
  setCrmRule(
    @Arg("field", () => String) field: string,
    @Arg("rule", () => SurvivorshipRuleName) rule: SurvivorshipRuleName,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerOf(ctx);
    return ctx.services.crm.setRule(viewer.workspaceId, viewer.userId, field, rule);
  }

  @AnyRole()
  @Query(() => CrmExportFile, {
    description: "Golden values from Mosaic that differ from the CRM, in the CRM's import format (record id first).",
  })
  async crmCorrections(
    @Arg("preset", () => CrmPreset, { nullable: true }) preset: CrmPreset | null,
    @Ctx() ctx: Context,
  ): Promise<CrmExportFile> {
    const file = await ctx.services.crm.corrections(viewerOf(ctx).workspaceId, preset);
    return { fileName: `mosaic-crm-corrections-${file.preset}-${stamp()}.csv`, csv: file.csv, rows: file.rows };
  }

  @AnyRole()
  @Query(() => CrmExportFile, { description: "Mosaic-only fields per matched record, for the CRM's importer." })
  async crmEnrichment(
    @Arg("preset", () => CrmPreset, { nullable: true }) preset: CrmPreset | null,
    @Ctx() ctx: Context,
  ): Promise<CrmExportFile> {
    const file = await ctx.services.crm.enrichment(viewerOf(ctx).workspaceId, preset);
    return { fileName: `mosaic-crm-enrichment-${file.preset}-${stamp()}.csv`, csv: file.csv, rows: file.rows };
  }
}
