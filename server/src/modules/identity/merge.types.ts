import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../engine/graphql/connection.js";

@ObjectType("LinkedIdentifier", { description: "An identifier the merging message shared with a profile." })
export class LinkedIdentifierType {
  @Field(() => String)
  type: string;

  @Field(() => String)
  value: string;

  @Field(() => String, { description: "Which profile held it: winner or loser." })
  side: string;
}

@ObjectType("ProfileMerge", { description: "Two profiles joined into one, with what is needed to undo it." })
export class ProfileMergeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "The profile that remained." })
  winnerId: string;

  @Field(() => ID, { description: "The profile that was merged away (restored by an undo)." })
  loserId: string;

  @Field(() => String, { description: "shared-identifier or alias." })
  rule: string;

  @Field(() => [LinkedIdentifierType])
  linkedBy: LinkedIdentifierType[];

  @Field(() => ID, { nullable: true })
  sourceId: string | null;

  @Field(() => String, { nullable: true })
  sourceName: string | null;

  @Field(() => String, { nullable: true, description: "The message that linked the two profiles." })
  messageId: string | null;

  @Field(() => Date)
  mergedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the merge was undone; null while it stands." })
  undoneAt: Date | null;

  @Field(() => Int, { description: "Events the merged-away profile brought." })
  loserEvents: number;
}

export const ProfileMergeConnection = ConnectionType(ProfileMergeType, "ProfileMerge", false);

@ObjectType("UndoMergeResult")
export class UndoMergeResultType {
  @Field(() => ID)
  mergeId: string;

  @Field(() => ID, { description: "The merged-away profile, back with its identities, events and traits." })
  restoredProfileId: string;

  @Field(() => ID, { description: "The profile that gave them up." })
  fromProfileId: string;
}
