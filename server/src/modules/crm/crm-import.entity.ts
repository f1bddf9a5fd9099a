import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ImportStatus } from "../imports/index.js";
import type { CrmKind } from "./crm-kinds.js";
import type { CrmPreset as CrmPresetName } from "./crm-presets.js";
import type { CrmRowError } from "./crm-rows.js";
import type { AnyColumnMapping } from "./crm-scan.js";

export enum CrmPreset {
  hubspot = "hubspot",
  salesforce = "salesforce",
}
export enum CrmRecordKind {
  contacts = "contacts",
  companies = "companies",
  deals = "deals",
}
registerEnumType(CrmRecordKind, {
  name: "CrmRecordKind",
  description: "What a CRM export holds: contacts, companies (Salesforce accounts) or deals (opportunities).",
});

registerEnumType(CrmPreset, { name: "CrmPreset", description: "A CRM's export format: column names and spellings." });

@ObjectType({ description: "Where one column of a CRM export goes." })
export class CrmColumnMappingType {
  @Field(() => String)
  column: string;

  @Field(() => String, {
    description:
      "Contacts: ignore, recordId, externalId, email, phone, firstName, lastName, company, companyId, city, " +
      "country, lifecycleStage, leadStatus, owner, dealStage, notes, createdAt, updatedAt. Companies: ignore, " +
      "recordId, name, domain, industry, employees, annualRevenue, city, country, owner, createdAt, updatedAt. " +
      "Deals: ignore, recordId, name, stage, amount, closeDate, pipeline, owner, companyId, contactIds, createdAt, " +
      "updatedAt.",
  })
  target: AnyColumnMapping["target"];
}

@ObjectType({ description: "Why a row of a CRM export cannot be imported." })
export class CrmRowErrorType implements CrmRowError {
  @Field(() => Int, { description: "Line in the file (the header is line 1)." })
  line: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field(() => String)
  reason: string;
}

@ObjectType({ description: "An uploaded CRM export and its import job (all rows or none)." })
@Entity({ name: "crm_imports" })
export class CrmImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => CrmRecordKind)
  @Column({ type: "text" })
  kind: CrmKind;

  @Field(() => CrmPreset)
  @Column({ type: "text" })
  preset: CrmPresetName;

  @Field(() => String)
  @Column({ name: "file_name", type: "text" })
  fileName: string;

  @Field(() => String)
  @Column({ name: "file_sha256", type: "text" })
  fileSha256: string;

  @Column({ type: "bytea", nullable: true, select: false })
  file: Buffer | null;

  @Column({ type: "text" })
  delimiter: string;

  @Field(() => [String])
  @Column({ type: "jsonb" })
  columns: string[];

  @Field(() => Int)
  @Column({ name: "total_rows", type: "integer" })
  totalRows: number;

  @Field(() => ImportStatus)
  @Column({ type: "text" })
  status: ImportStatus;

  @Field(() => [CrmColumnMappingType], { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  mapping: AnyColumnMapping[] | null;

  @Field(() => Int)
  @Column({ name: "processed_rows", type: "integer" })
  processedRows: number;

  @Field(() => Int, { description: "Records new to Mosaic." })
  @Column({ name: "inserted_rows", type: "integer" })
  insertedRows: number;

  @Field(() => Int, { description: "Records whose content changed since the last import." })
  @Column({ name: "updated_rows", type: "integer" })
  updatedRows: number;

  @Field(() => Int, { description: "Records already stored exactly so." })
  @Column({ name: "unchanged_rows", type: "integer" })
  unchangedRows: number;

  @Field(() => Int)
  @Column({ name: "error_count", type: "integer" })
  errorCount: number;

  @Field(() => [CrmRowErrorType], { description: "The first 1,000 row errors; any error stops the whole import." })
  @Column({ type: "jsonb" })
  errors: CrmRowError[];

  @Field(() => String, { nullable: true })
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
