import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ROLES, type Role } from "../../engine/auth/roles.js";

export enum RoleEnum {
  admin = "admin",
  marketer = "marketer",
  analyst = "analyst",
}
registerEnumType(RoleEnum, { name: "Role", description: `One of: ${ROLES.join(", ")}` });

@ObjectType()
@Entity({ name: "users" })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "workspace_id", type: "uuid" })
  workspaceId: string;

  @Field(() => String)
  @Column({ type: "text" })
  email: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  name: string;

  @Field(() => RoleEnum)
  @Column({ type: "text" })
  role: Role;

  // Never a @Field: the hash stays on the server.
  @Column({ name: "password_hash", type: "text" })
  passwordHash: string;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "last_login_at", type: "timestamptz", nullable: true })
  lastLoginAt: Date | null;
}
