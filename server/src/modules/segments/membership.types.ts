import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Profile } from "../profiles/profile.entity.js";
import { Segment } from "./segment.entity.js";

export enum MembershipChangeKind {
  ENTERED = "ENTERED",
  EXITED = "EXITED",
}
registerEnumType(MembershipChangeKind, { name: "MembershipChangeKind" });

@ObjectType({ description: "Proposed rules against the saved membership." })
export class AudienceImpact {
  @Field(() => Int)
  entering: number;

  @Field(() => Int)
  leaving: number;

  @Field(() => Int)
  staying: number;
}

@ObjectType({ description: "An exact Venn region: members of exactly these audiences (and none of the others)." })
export class OverlapRegion {
  @Field(() => [ID])
  audienceIds: string[];

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class AudienceOverlap {
  @Field(() => [Segment])
  audiences: Segment[];

  @Field(() => [OverlapRegion])
  regions: OverlapRegion[];
}

@ObjectType()
export class AudienceSizePoint {
  @Field(() => Date)
  at: Date;

  @Field(() => Int)
  size: number;
}

@ObjectType({ description: "A profile entering or leaving a saved audience." })
export class MembershipChange {
  @Field(() => Profile)
  profile: Profile;

  @Field(() => Segment)
  segment: Segment;

  @Field(() => MembershipChangeKind)
  kind: MembershipChangeKind;

  @Field(() => Date)
  at: Date;
}

@ObjectType({ description: "A saved audience a profile is in now." })
export class ProfileAudience {
  @Field(() => Segment)
  segment: Segment;

  @Field(() => Date)
  enteredAt: Date;
}
