import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

@ObjectType({ description: "A saved audience: a named rule tree." })
@Entity({ name: "segments" })
export class Segment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => String)
  @Column({ type: "text" })
  name: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description: string;

  @Field(() => GraphQLJSONObject, { description: "The rule tree (see the shared package's rule schema)." })
  @Column({ type: "jsonb" })
  rules: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: "Materialised member count; null before the first refresh." })
  @Column({ type: "integer", nullable: true })
  size: number | null;

  @Field(() => Date, { nullable: true, description: "Last full membership evaluation." })
  @Column({ name: "refreshed_at", type: "timestamptz", nullable: true })
  refreshedAt: Date | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
