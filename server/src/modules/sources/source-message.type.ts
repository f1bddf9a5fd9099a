import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SourceMessageStatusType {
  accepted = "accepted",
  rejected = "rejected",
}
registerEnumType(SourceMessageStatusType, { name: "SourceMessageStatus" });

@ObjectType("SourceMessage", { description: "A message a source sent, as the live debugger shows it." })
export class SourceMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => SourceMessageStatusType)
  status: SourceMessageStatusType;

  @Field(() => String, { nullable: true, description: "identify, track, page, screen, group or alias." })
  type: string | null;

  @Field(() => String, { nullable: true, description: "The event (track) or name (page, screen)." })
  event: string | null;

  @Field(() => String, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true })
  anonymousId: string | null;

  @Field(() => String, { nullable: true })
  messageId: string | null;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it happened (accepted messages, clock-skew corrected)." })
  timestamp: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected." })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: "Position of a rejected message in its request." })
  index: number | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The message (write key removed); null when a rejected one was too large to keep.",
  })
  payload: Record<string, unknown> | null;
}
