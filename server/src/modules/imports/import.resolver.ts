import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { ColumnMappingType, ImportJob, ImportRowError, ImportValueType } from "./import-job.entity.js";
import type { ValueType } from "./import-mapping.js";
import type { Preview } from "./import.service.js";

@InputType()
class ColumnMappingInput {
  @Field(() => String)
  column: string;

  @Field(() => String)
  target: string;

  @Field(() => ImportValueType, { defaultValue: ImportValueType.string })
  type: ValueType;
}

@ObjectType()
class ImportPreviewRow {
  @Field(() => Int)
  line: number;

  @Field(() => [String])
  cells: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The message the row becomes, or null." })
  message: Record<string, unknown> | null;

  @Field(() => [ImportRowError])
  errors: ImportRowError[];
}

@ObjectType({ description: "A mapping applied to the whole file, nothing stored." })
class ImportPreview {
  @Field(() => [String])
  columns: string[];

  @Field(() => [ColumnMappingType], { description: "What the header suggests." })
  suggestedMapping: ColumnMappingType[];

  @Field(() => [ColumnMappingType], { description: "The mapping this preview used (columns left out are ignored)." })
  mapping: ColumnMappingType[];

  @Field(() => [ImportPreviewRow], { description: "The first rows of the file." })
  rows: ImportPreviewRow[];

  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  invalidRows: number;

  @Field(() => Int)
  errorCount: number;

  @Field(() => [ImportRowError], { description: "The first 1,000 row errors." })
  errors: ImportRowError[];
}

const toPreview = (p: Preview): ImportPreview => ({
  columns: p.columns,
  suggestedMapping: p.suggested,
  mapping: p.mapping,
  rows: p.sample.map((row) => ({ line: row.line, cells: row.cells, message: row.message, errors: row.errors })),
  validRows: p.validRows,
  invalidRows: p.invalidRows,
  errorCount: p.report.count,
  errors: p.report.errors,
});

/** CSV imports; the file itself is uploaded to POST /api/imports. */
@Resolver(() => ImportJob)
export class ImportResolver {
  @Roles("admin")
  @Query(() => [ImportJob], { description: "The latest 50 imports, newest first." })
  imports(@Ctx() ctx: Context) {
    return ctx.services.imports.list(viewerOf(ctx).workspaceId);
  }

  @Roles("admin")
  @Query(() => ImportJob)
  importJob(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.get(viewerOf(ctx).workspaceId, id);
  }

  @Roles("admin")
  @Query(() => ImportPreview, { description: "Validates every row against a mapping (default: the suggested one)." })
  async importPreview(
    @Arg("id", () => ID) id: string,
    @Arg("mapping", () => [ColumnMappingInput], { nullable: true }) mapping: ColumnMappingInput[] | null,
    @Ctx() ctx: Context,
  ) {
    return toPreview(await ctx.services.imports.preview(viewerOf(ctx).workspaceId, id, mapping));
  }

  @Roles("admin")
  @Mutation(() => ImportJob, {
    description: "Imports the file in the background into the source (default: the workspace's CSV import source).",
  })
  startImport(
    @Arg("id", () => ID) id: string,
    @Arg("mapping", () => [ColumnMappingInput]) mapping: ColumnMappingInput[],
    @Arg("sourceId", () => ID, { nullable: true }) sourceId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imports.start(viewerOf(ctx).workspaceId, id, { sourceId, mapping });
  }
}
