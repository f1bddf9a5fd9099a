import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";
// Not the module index: it reaches the GraphQL schema, which imports this entity again.
import { UploadJob } from "../imports/upload-job.entity.js";
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
export class CrmImport extends UploadJob {
  @Field(() => CrmRecordKind)
  @Column({ type: "text" })
  kind: CrmKind;

  @Field(() => CrmPreset)
  @Column({ type: "text" })
  preset: CrmPresetName;

  @Field(() => [CrmColumnMappingType], { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  mapping: AnyColumnMapping[] | null;

  @Field(() => Int, { description: "Records new to Mosaic." })
  @Column({ name: "inserted_rows", type: "integer" })
  insertedRows: number;

  @Field(() => Int, { description: "Records whose content changed since the last import." })
  @Column({ name: "updated_rows", type: "integer" })
  updatedRows: number;

  @Field(() => Int, { description: "Records already stored exactly so." })
  @Column({ name: "unchanged_rows", type: "integer" })
  unchangedRows: number;

  @Field(() => [CrmRowErrorType], { description: "The first 1,000 row errors; any error stops the whole import." })
  @Column({ type: "jsonb" })
  errors: CrmRowError[];
}
