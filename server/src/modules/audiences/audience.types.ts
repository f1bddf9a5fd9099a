import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A trait or event property key found in the data." })
export class CatalogField {
  @Field(() => String)
  key: string;

  @Field(() => String, { description: "string, number, boolean, date, array or object (the most frequent)." })
  type: string;

  @Field(() => Int, { description: "How many sampled profiles (or events) had a value." })
  seen: number;

  @Field(() => [String], { description: "Frequent values of a low-cardinality string key, most frequent first." })
  suggestions: string[];
}

@ObjectType()
export class CatalogEvent {
  @Field(() => String, { description: "The event name; $page / $screen are any page / screen view." })
  name: string;

  @Field(() => Int)
  count: number;

  @Field(() => [CatalogField])
  properties: CatalogField[];
}

@ObjectType()
export class CatalogIdentifier {
  @Field(() => String)
  type: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CatalogAudience {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: "What the rule builder may refer to in this workspace, built from the data." })
export class AudienceCatalog {
  @Field(() => [CatalogField])
  traits: CatalogField[];

  @Field(() => [CatalogEvent])
  events: CatalogEvent[];

  @Field(() => [CatalogIdentifier])
  identifiers: CatalogIdentifier[];

  @Field(() => [CatalogAudience])
  audiences: CatalogAudience[];

  @Field(() => Date, { nullable: true, description: "When the trait keys and property types were last sampled." })
  refreshedAt: Date | null;

  @Field(() => Int)
  profileCount: number;
}

@ObjectType()
export class AudienceSize {
  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: "All profiles of the workspace." })
  total: number;

  @Field(() => Float, { description: "count / total, in percent (0 when the workspace is empty)." })
  percent: number;
}

@ObjectType({ description: "The size of one top-level rule or group on its own." })
export class AudienceGroupSize {
  @Field(() => Int, { description: "Position in the tree's top-level rules." })
  index: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class AudienceSql {
  @Field(() => String, { description: "The parameterised query that selects the member ids." })
  sql: string;

  @Field(() => [String], { description: "$1, $2… as text (lists as JSON)." })
  params: string[];

  @Field(() => String, { description: "The same query with the values written in, to read or run elsewhere." })
  readable: string;
}

@ObjectType({ description: "A trait value and how many members have it; value null = no value." })
export class BreakdownBucket {
  @Field(() => String, { nullable: true })
  value: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Why a profile is or is not in an audience." })
export class AudienceExplanation {
  @Field(() => ID)
  profileId: string;

  @Field(() => Boolean)
  member: boolean;

  @Field(() => GraphQLJSONObject, { description: "The rule tree with each condition's deciding value (TraceNode)." })
  trace: Record<string, unknown>;
}
