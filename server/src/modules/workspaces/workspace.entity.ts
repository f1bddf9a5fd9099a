import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType()
@Entity({ name: "workspaces" })
export class Workspace {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "text" })
  slug: string;

  @Field(() => String)
  @Column({ type: "text" })
  name: string;

  @Column({ type: "jsonb", default: {} })
  settings: Record<string, unknown>;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
