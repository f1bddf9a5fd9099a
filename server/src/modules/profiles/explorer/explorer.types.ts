import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MAX_PAGE, PageInfo } from "../../../engine/graphql/connection.js";
import { Profile } from "../profile.entity.js";

@InputType({ description: "The explorer's order; profiles without a value come last either way, then by id." })
export class ExplorerSortInput {
  @Field(() => String, {
    description: "last_seen_at, first_seen_at, event_count, lifetime_value, or traits.<a numeric trait>.",
  })
  field: string;

  @Field(() => String, { defaultValue: "desc", description: "asc or desc." })
  direction: string;
}

@ArgsType()
export class ExploreProfilesArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page (same filters and sort)." })
  after?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Any identifier in full (email, phone, user id, anonymous id), its start, a profile id or part of a name.",
  })
  search?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "An audience rule tree the profiles must match." })
  rules?: unknown;

  @Field(() => ID, { nullable: true, description: "Only the current members of this saved audience." })
  audienceId?: string | null;

  @Field(() => ExplorerSortInput, { nullable: true, description: "Default: last seen, newest first." })
  sort?: ExplorerSortInput | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Columns to return in each edge's values: last_seen_at, first_seen_at, event_count, lifetime_value, orders, predicted_value_12m, traits.<key>.",
  })
  columns?: string[] | null;
}

@ObjectType()
export class ExplorerEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Profile)
  node: Profile;

  @Field(() => GraphQLJSONObject, { description: "The requested columns by id (null where the profile has none)." })
  values: Record<string, unknown>;
}

@ObjectType({ description: "A page of the profile explorer." })
export class ExplorerConnection {
  @Field(() => [ExplorerEdge])
  edges: ExplorerEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
