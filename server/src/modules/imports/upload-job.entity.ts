import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from "typeorm";

export enum ImportStatus {
  uploaded = "uploaded",
  running = "running",
  done = "done",
  failed = "failed",
}
registerEnumType(ImportStatus, { name: "ImportStatus" });

/**
 * What every uploaded file's job has, whatever it imports (events and profiles, CRM records): the file, its rows
 * and the job's progress. Each job's table and GraphQL type add what is its own (mapping, counts, errors).
 */
// Never in the schema itself (type-graphql emits only types a field returns): its fields are inherited.
@ObjectType()
export abstract class UploadJob {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => String)
  @Column({ name: "file_name", type: "text" })
  fileName: string;

  @Field(() => String, { description: "SHA-256 of the uploaded bytes, hex." })
  @Column({ name: "file_sha256", type: "text" })
  fileSha256: string;

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

  @Field(() => Int)
  @Column({ name: "processed_rows", type: "integer" })
  processedRows: number;

  @Field(() => Int, { description: "All row errors; `errors` holds the first 1,000." })
  @Column({ name: "error_count", type: "integer" })
  errorCount: number;

  @Field(() => String, { nullable: true, description: "Why the job stopped early." })
  @Column({ type: "text", nullable: true })
  failure: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "finished_at", type: "timestamptz", nullable: true })
  finishedAt: Date | null;
}
