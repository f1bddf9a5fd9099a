import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { FieldKind, SurvivorshipRule } from "./crm-catalog.js";
import type { FieldStatus, Side } from "./crm-compare.js";
import { CrmColumnMappingType, CrmRowErrorType } from "./crm-import.entity.js";
import type { CrmCompanyView, CrmDealView } from "./crm-accounts-read.js";
import type { AnyColumnMapping } from "./crm-scan.js";

export enum CrmFieldKind {
  crm = "crm",
  cdp = "cdp",
  shared = "shared",
}
registerEnumType(CrmFieldKind, {
  name: "CrmFieldKind",
  description: "Which system holds the field: the CRM only, Mosaic only, or both.",
});

export enum CrmFieldStatus {
  match = "match",
  conflict = "conflict",
  stale = "stale",
  crm_only = "crm_only",
  cdp_only = "cdp_only",
  empty = "empty",
}
registerEnumType(CrmFieldStatus, { name: "CrmFieldStatus" });

export enum SurvivorshipRuleName {
  crm_wins = "crm_wins",
  cdp_wins = "cdp_wins",
  most_recent = "most_recent",
}
registerEnumType(SurvivorshipRuleName, {
  name: "SurvivorshipRule",
  description: "Which side's value becomes the golden value when both have one.",
});

export enum CrmSide {
  crm = "crm",
  cdp = "cdp",
}
registerEnumType(CrmSide, { name: "CrmSide" });

export enum CrmMatchStatus {
  matched = "matched",
  unmatched = "unmatched",
  ambiguous = "ambiguous",
}
registerEnumType(CrmMatchStatus, { name: "CrmMatchStatus" });

@ObjectType()
export class CrmPreviewRow {
  @Field(() => Int)
  line: number;

  @Field(() => [String])
  cells: string[];

  @Field(() => [CrmRowErrorType])
  errors: CrmRowErrorType[];
}

@ObjectType({ description: "A mapping applied to a whole CRM export, nothing stored." })
export class CrmImportPreview {
  @Field(() => [String])
  columns: string[];

  @Field(() => [CrmColumnMappingType], { description: "What the preset suggests for this header." })
  suggestedMapping: AnyColumnMapping[];

  @Field(() => [CrmColumnMappingType])
  mapping: AnyColumnMapping[];

  @Field(() => [CrmPreviewRow])
  rows: CrmPreviewRow[];

  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  invalidRows: number;

  @Field(() => Int)
  errorCount: number;

  @Field(() => [CrmRowErrorType])
  errors: CrmRowErrorType[];
}

@ObjectType({ description: "How the workspace's CRM records matched unified profiles." })
export class CrmMatchStats {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "Records whose identifiers all lead to one profile." })
  matched: number;

  @Field(() => Int, { description: "Records none of whose identifiers Mosaic knows." })
  unmatched: number;

  @Field(() => Int, { description: "Records whose identifiers lead to different profiles." })
  ambiguous: number;
}

@ObjectType({ description: "One field across every matched record: coverage, freshness and conflicts." })
export class CrmFieldStats {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => CrmFieldKind)
  kind: FieldKind;

  @Field(() => SurvivorshipRuleName, { description: "The source of truth for the field." })
  rule: SurvivorshipRule;

  @Field(() => Float, { nullable: true, description: "Share (0–1) of matched records with a CRM value." })
  crmCoverage: number | null;

  @Field(() => Float, { nullable: true, description: "Share (0–1) of matched records with a Mosaic value." })
  cdpCoverage: number | null;

  @Field(() => Float, { nullable: true, description: "Median age in days of the CRM's values (last modified)." })
  crmMedianAgeDays: number | null;

  @Field(() => Float, { nullable: true, description: "Median age in days of Mosaic's values (trait provenance)." })
  cdpMedianAgeDays: number | null;

  @Field(() => Int, { description: "Matched records where both sides have a value." })
  compared: number;

  @Field(() => Int, { description: "Of those, records whose values differ after normalisation (stale included)." })
  conflicts: number;

  @Field(() => Int)
  stale: number;

  @Field(() => Float, { nullable: true, description: "conflicts / compared, for shared fields." })
  conflictRate: number | null;
}

@ObjectType({ description: "One field of a CRM record beside the same field of its profile." })
export class CrmFieldComparison {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => CrmFieldKind)
  kind: FieldKind;

  @Field(() => CrmFieldStatus)
  status: FieldStatus;

  @Field(() => CrmSide, { nullable: true, description: "For stale fields, the side whose value is older." })
  older: Side | null;

  @Field(() => String, { nullable: true })
  crmValue: string | null;

  @Field(() => String, { nullable: true, description: "When the CRM record was last modified." })
  crmAt: string | null;

  @Field(() => String, { nullable: true })
  cdpValue: string | null;

  @Field(() => String, { nullable: true, description: "When Mosaic received the value (trait provenance)." })
  cdpAt: string | null;

  @Field(() => SurvivorshipRuleName)
  rule: SurvivorshipRule;

  @Field(() => String, { nullable: true, description: "The value Mosaic shows under the field's rule." })
  golden: string | null;

  @Field(() => CrmSide, { nullable: true })
  goldenSide: Side | null;
}

@ObjectType()
export class CrmConflict extends CrmFieldComparison {
  @Field(() => ID)
  contactId: string;

  @Field(() => String)
  recordId: string;

  @Field(() => ID)
  profileId: string;

  @Field(() => String, { description: "The CRM record's name (or email)." })
  name: string;
}

@ObjectType()
export class CrmConflictPage {
  @Field(() => Int)
  total: number;

  @Field(() => [CrmConflict])
  rows: CrmConflict[];
}

@ObjectType({ description: "A CRM record matched to the profile, compared field by field." })
export class CrmProfileRecord {
  @Field(() => ID)
  contactId: string;

  @Field(() => String)
  recordId: string;

  @Field(() => String, { nullable: true })
  updatedAt: string | null;

  @Field(() => [CrmFieldComparison])
  fields: CrmFieldComparison[];

  @Field(() => CrmCompany, { nullable: true, description: "The contact's company, when a companies export has it." })
  company: CrmCompany | null;

  @Field(() => [CrmDeal], { description: "The contact's deals, latest close date first." })
  deals: CrmDeal[];
}

@ObjectType({ description: "A company (Salesforce account) from a CRM export." })
export class CrmCompany implements CrmCompanyView {
  @Field(() => String)
  recordId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  domain: string | null;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => String, { nullable: true, description: "As the CRM wrote it." })
  employees: string | null;

  @Field(() => String, { nullable: true, description: "As the CRM wrote it." })
  annualRevenue: string | null;

  @Field(() => String, { nullable: true })
  updatedAt: string | null;
}

@ObjectType({ description: "A deal (Salesforce opportunity) from a CRM export." })
export class CrmDeal implements CrmDealView {
  @Field(() => String)
  recordId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  stage: string | null;

  @Field(() => Float, { nullable: true, description: "In the CRM's currency." })
  amount: number | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  closeDate: string | null;

  @Field(() => String, { nullable: true })
  pipeline: string | null;

  @Field(() => Boolean, { description: "False once the stage is closed won or closed lost." })
  open: boolean;
}

@ObjectType({ description: "A CRM record as imported, with its match outcome." })
export class CrmContact {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  recordId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field(() => CrmMatchStatus)
  matchStatus: string;

  @Field(() => [ID], { description: "Profiles the record's identifiers lead to (several when ambiguous)." })
  candidateProfileIds: string[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType()
export class CrmContactPage {
  @Field(() => Int)
  total: number;

  @Field(() => [CrmContact])
  rows: CrmContact[];
}

@ObjectType()
export class CrmRule {
  @Field(() => String)
  field: string;

  @Field(() => String)
  label: string;

  @Field(() => SurvivorshipRuleName)
  rule: SurvivorshipRule;
}

@ObjectType({ description: "A CSV file for the CRM's importer." })
export class CrmExportFile {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  csv: string;

  @Field(() => Int, { description: "Data rows in the file." })
  rows: number;
}
