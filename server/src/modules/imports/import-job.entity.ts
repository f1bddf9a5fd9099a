import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { ColumnMapping, ImportKind as ImportKindName, ValueType } from "./import-mapping.js";
import type { RowError } from "./row-message.js";

export enum ImportKind {
  profiles = "profiles",
  events = "events",
}
registerEnumType(ImportKind, { name: "ImportKind" });

export enum ImportStatus {
  uploaded = "uploaded",
  running = "running",
  done = "done",
  failed = "failed",
}
registerEnumType(ImportStatus, { name: "ImportStatus" });

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
export class ImportJob {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => ImportKind)
  @Column({ type: "text" })
  kind: ImportKindName;

  @Field(() => String)
  @Column({ name: "file_name", type: "text" })
  fileName: string;

  @Field(() => String, { description: "SHA-256 of the uploaded bytes, hex." })
  @Column({ name: "file_sha256", type: "text" })
  fileSha256: string;

  @Field(() => Int)
  @Column({ name: "file_bytes", type: "integer" })
  fileBytes: number;

  /** Kept until the job ends; never selected unless asked for. */
  @Column({ type: "bytea", nullable: true, select: false })
  file: Buffer | null;

  @Column({ type: "text" })
  delimiter: string;

  @Field(() => [String])
  @Column({ type: "jsonb" })
  columns: string[];

  @Field(() => Int, { description: "Data rows in the file, the header excluded." })
  @Column({ name: "total_rows", type: "integer" })
  totalRows: number;

  @Field(() => ImportStatus)
  @Column({ type: "text" })
  status: ImportStatus;

  @Field(() => ID, { nullable: true })
  @Column({ name: "source_id", type: "uuid", nullable: true })
  sourceId: string | null;

  @Field(() => [ColumnMappingType], { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  mapping: ColumnMapping[] | null;

  @Field(() => Int)
  @Column({ name: "processed_rows", type: "integer" })
  processedRows: number;

  @Field(() => Int, { description: "Rows stored as new messages." })
  @Column({ name: "accepted_rows", type: "integer" })
  acceptedRows: number;

  @Field(() => Int)
  @Column({ name: "rejected_rows", type: "integer" })
  rejectedRows: number;

  @Field(() => Int, { description: "Rows whose message this source already had (an earlier import of the same rows)." })
  @Column({ name: "duplicate_rows", type: "integer" })
  duplicateRows: number;

  @Field(() => Int, { description: "All row errors; `errors` holds the first 1,000." })
  @Column({ name: "error_count", type: "integer" })
  errorCount: number;

  @Field(() => [ImportRowError])
  @Column({ type: "jsonb" })
  errors: RowError[];

  @Field(() => String, { nullable: true, description: "Why the job stopped early." })
  @Column({ type: "text", nullable: true })
  failure: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "started_at", type: "timestamptz", nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "finished_at", type: "timestamptz", nullable: true })
  finishedAt: Date | null;
}
