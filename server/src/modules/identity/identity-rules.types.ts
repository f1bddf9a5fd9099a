import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum BlockedMatch {
  exact = "exact",
  regex = "regex",
}
registerEnumType(BlockedMatch, { name: "BlockedMatch" });

@ObjectType("BlockedValueRule", { description: "Values never promoted to identifiers." })
@InputType("BlockedValueRuleInput")
export class BlockedValueRuleType {
  @Field(() => [String], { nullable: true, description: "Identifier types it applies to; null means every type." })
  types?: string[] | null;

  @Field(() => BlockedMatch)
  match: BlockedMatch;

  @Field(() => String, { description: "Compared with the normalised value, case-insensitively." })
  value: string;
}

@ObjectType("IdentifierLimit", { description: "The most values of one identifier type a profile may hold." })
@InputType("IdentifierLimitInput")
export class IdentifierLimitType {
  @Field(() => String)
  type: string;

  @Field(() => Int)
  max: number;

  @Field(() => Int, { nullable: true, description: "Count only values seen within this many days; null means ever." })
  windowDays?: number | null;
}

@ObjectType("TraitIdentifier", { description: "A trait whose value is promoted to an identifier of a type." })
@InputType("TraitIdentifierInput")
export class TraitIdentifierType {
  @Field(() => String)
  trait: string;

  @Field(() => String)
  type: string;
}

export enum PhoneFormat {
  e164 = "e164",
  digits = "digits",
  asSent = "asSent",
}
registerEnumType(PhoneFormat, {
  name: "PhoneFormat",
  valuesConfig: {
    e164: { description: '"+" and 7 to 15 digits; separators dropped, a leading 00 read as "+".' },
    digits: { description: "The 7 to 15 digits alone." },
    asSent: { description: "The value as sent (trimmed when trim is on)." },
  },
});

@ObjectType("IdentifierNormalization", {
  description: "How identifier values are put in one form before they are matched, stored and checked.",
})
@InputType("IdentifierNormalizationInput")
export class IdentifierNormalizationType {
  @Field(() => Boolean, { description: "Drop surrounding whitespace from every value." })
  trim: boolean;

  @Field(() => Boolean, { description: "Lower-case email addresses." })
  lowercaseEmail: boolean;

  @Field(() => Boolean, { description: "Lower-case user ids, anonymous ids and every other type." })
  lowercaseIds: boolean;

  @Field(() => PhoneFormat)
  phone: PhoneFormat;
}

@ObjectType("IdentityRules", { description: "How messages' identifiers link profiles (Segment-style rules)." })
@InputType("IdentityRulesInput")
export class IdentityRulesType {
  @Field(() => [BlockedValueRuleType])
  blocked: BlockedValueRuleType[];

  @Field(() => [IdentifierLimitType])
  limits: IdentifierLimitType[];

  @Field(() => Int, { description: "Limit for types without their own entry." })
  defaultLimit: number;

  @Field(() => [String], { description: "Highest first; consulted only when a limit would be exceeded." })
  priority: string[];

  @Field(() => [TraitIdentifierType])
  traitIdentifiers: TraitIdentifierType[];

  @Field(() => IdentifierNormalizationType)
  normalization: IdentifierNormalizationType;
}

@ObjectType("IdentityRulesState")
export class IdentityRulesStateType {
  @Field(() => IdentityRulesType)
  rules: IdentityRulesType;

  @Field(() => Int, { description: "0 while the workspace uses the defaults; +1 per saved change." })
  version: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType("Identifier")
export class IdentifierType {
  @Field(() => String)
  type: string;

  @Field(() => String)
  value: string;
}

@ObjectType("DryRunChange", { description: "Profiles one rule set would keep together and the other would not." })
export class DryRunChangeType {
  @Field(() => [IdentifierType], { description: "Identifiers of the profile that is joined or cut (first 10)." })
  identifiers: IdentifierType[];

  @Field(() => Int, { description: "How many profiles the other rule set makes of it." })
  profiles: number;

  @Field(() => Int)
  messages: number;
}

@ObjectType("DryRunTotals")
export class DryRunTotalsType {
  @Field(() => Int)
  profiles: number;

  @Field(() => Int)
  merges: number;
}

@ObjectType("IdentityDryRun", { description: "What saving proposed rules would do to the recent messages." })
export class IdentityDryRunType {
  @Field(() => Int, { description: "How many recent messages were replayed." })
  messages: number;

  @Field(() => DryRunTotalsType)
  current: DryRunTotalsType;

  @Field(() => DryRunTotalsType)
  proposed: DryRunTotalsType;

  @Field(() => [DryRunChangeType], { description: "Current profiles the proposed rules would merge (first 100)." })
  merges: DryRunChangeType[];

  @Field(() => [DryRunChangeType], { description: "Current profiles the proposed rules would split (first 100)." })
  splits: DryRunChangeType[];

  @Field(() => Int, { description: "Messages that would no longer resolve to any profile." })
  newlyUnresolved: number;

  @Field(() => Int, { description: "Messages that would resolve where they did not." })
  newlyResolved: number;
}
