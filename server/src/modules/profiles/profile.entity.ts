import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "One unified person: every identifier, trait and event resolved to them." })
@Entity({ name: "profiles" })
export class Profile {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => GraphQLJSONObject, { description: "Merged traits, last write wins by message timestamp." })
  @Column({ type: "jsonb", default: {} })
  traits: Record<string, unknown>;

  @Field(() => Date)
  @Column({ name: "first_seen_at", type: "timestamptz" })
  firstSeenAt: Date;

  @Field(() => Date)
  @Column({ name: "last_seen_at", type: "timestamptz" })
  lastSeenAt: Date;

  @Field(() => Date)
  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}
