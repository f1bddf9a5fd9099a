import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A message received from a source (track, identify, page, screen, group, alias)." })
@Entity({ name: "events" })
export class Event {
  @Field(() => ID, { description: "Unique within the profile; bigint as a string." })
  @PrimaryColumn({ type: "bigint" })
  id: string;

  @Field(() => ID)
  @PrimaryColumn({ name: "profile_id", type: "uuid" })
  profileId: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "source_id", type: "uuid", nullable: true })
  sourceId: string | null;

  @Field(() => String)
  @Column({ name: "message_id", type: "text" })
  messageId: string;

  @Field(() => String)
  @Column({ type: "text" })
  type: string;

  @Field(() => String, { nullable: true, description: "Event name for track, page or screen name otherwise." })
  @Column({ type: "text", nullable: true })
  event: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: "jsonb", default: {} })
  properties: Record<string, unknown>;

  @Field(() => GraphQLJSONObject)
  @Column({ type: "jsonb", default: {} })
  context: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  @Column({ name: "anonymous_id", type: "text", nullable: true })
  anonymousId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "user_id", type: "text", nullable: true })
  userId: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  timestamp: Date;

  @Field(() => Date)
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt: Date;
}
