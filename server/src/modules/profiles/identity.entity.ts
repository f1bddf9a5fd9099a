import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "An identifier (user id, anonymous id, email, phone…) resolved to a profile." })
@Entity({ name: "identities" })
export class Identity {
  @PrimaryColumn({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => String)
  @PrimaryColumn({ type: "text" })
  type: string;

  @Field(() => String)
  @PrimaryColumn({ type: "text" })
  value: string;

  @Column({ name: "profile_id", type: "uuid" })
  profileId: string;

  @Column({ name: "source_id", type: "uuid", nullable: true })
  sourceId: string | null;

  @Field(() => Date)
  @Column({ name: "first_seen_at", type: "timestamptz" })
  firstSeenAt: Date;

  @Field(() => Date)
  @Column({ name: "last_seen_at", type: "timestamptz" })
  lastSeenAt: Date;
}
