import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A trait of the workspace that audience rules read from an index of its own." })
export class TraitIndex {
  @Field(() => String)
  key: string;

  @Field(() => String, { description: "building, ready (used by audience rules) or failed." })
  status: string;

  @Field(() => String, { nullable: true, description: "Why the last build failed." })
  error: string | null;

  @Field(() => Date, { description: "When the current build started." })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readyAt: Date | null;
}
