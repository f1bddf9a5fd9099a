import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum SourceKind {
  website = "website",
  app = "app",
  backend = "backend",
  pos = "pos",
  crm = "crm",
  import = "import",
  other = "other",
}
registerEnumType(SourceKind, { name: "SourceKind" });

@ObjectType({ description: "Where messages come from; each source has its own write key." })
@Entity({ name: "sources" })
export class Source {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => String)
  @Column({ type: "text" })
  name: string;

  @Field(() => SourceKind)
  @Column({ type: "text" })
  kind: SourceKind;

  @Column({ name: "write_key", type: "text" })
  writeKey: string;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
