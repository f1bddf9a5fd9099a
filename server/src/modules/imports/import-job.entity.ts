import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ImportStatus, UploadJob } from "./upload-job.entity.js";

export { ImportStatus };
import type { ColumnMapping, ImportKind as ImportKindName, ValueType } from "./import-mapping.js";
import type { RowError } from "./row-message.js";

export enum ImportKind {
  profiles = "profiles",
  events = "events",
}
registerEnumType(ImportKind, { name: "ImportKind" });

export enum ImportValueType {
  string = "string",
  number = "number",
  boolean = "boolean",
  date = "date",
}
registerEnumType(ImportValueType, { name: "ImportValueType" });

@ObjectType({ description: "Where one CSV column goes: a target (userId, email, traits.<key>…) and a type." })
export class ColumnMappingType implements ColumnMapping {
  @Field(() => String)
  column: string;

  @Field(() => String, {
    description: "ignore, userId, anonymousId, email, phone, event, timestamp, traits.<key> or properties.<key>",
  })
  target: string;

  @Field(() => ImportValueType)
  type: ValueType;
}

@ObjectType({ description: "Why a row of the file was not imported." })
export class ImportRowError implements RowError {
  @Field(() => Int, { description: "Line in the file (the header is line 1)." })
  line: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field(() => String)
  reason: string;
}

@ObjectType({ description: "An uploaded CSV file and its import job." })
@Entity({ name: "imports" })
export class ImportJob extends UploadJob {
  @Field(() => ImportKind)
  @Column({ type: "text" })
  kind: ImportKindName;

  @Field(() => Int)
  @Column({ name: "file_bytes", type: "integer" })
  fileBytes: number;

  @Field(() => ID, { nullable: true })
  @Column({ name: "source_id", type: "uuid", nullable: true })
  sourceId: string | null;

  @Field(() => [ColumnMappingType], { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  mapping: ColumnMapping[] | null;

  @Field(() => Int, { description: "Rows stored as new messages." })
  @Column({ name: "accepted_rows", type: "integer" })
  acceptedRows: number;

  @Field(() => Int)
  @Column({ name: "rejected_rows", type: "integer" })
  rejectedRows: number;

  @Field(() => Int, { description: "Rows whose message this source already had (an earlier import of the same rows)." })
  @Column({ name: "duplicate_rows", type: "integer" })
  duplicateRows: number;

  @Field(() => [ImportRowError])
  @Column({ type: "jsonb" })
  errors: RowError[];

  @Field(() => Date, { nullable: true })
  @Column({ name: "started_at", type: "timestamptz", nullable: true })
  startedAt: Date | null;
}
