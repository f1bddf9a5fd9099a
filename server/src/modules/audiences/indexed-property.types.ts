import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum IndexedPropertyStatus {
  building = "building",
  ready = "ready",
  failed = "failed",
}
registerEnumType(IndexedPropertyStatus, {
  name: "IndexedPropertyStatus",
  description: "building: being backfilled from the events; ready: rules read it; failed: rules read raw events.",
});

@ObjectType({
  description:
    "An event property whose values are counted per profile and day, so rules filtering on it need not read every event.",
})
export class IndexedProperty {
  @Field(() => String)
  event: string;

  @Field(() => String)
  key: string;

  @Field(() => IndexedPropertyStatus)
  status: IndexedPropertyStatus;

  @Field(() => String, { nullable: true, description: "Why the last backfill failed." })
  error: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readyAt: Date | null;
}
