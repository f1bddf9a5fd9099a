import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../engine/graphql/connection.js";

@ObjectType("ProfileLifetimeValue", {
  description: "Historical revenue of a customer and, once a model is fitted, the predicted value.",
})
export class ProfileLifetimeValue {
  @Field(() => Int) orders: number;
  @Field(() => Float, { description: "Revenue to date, in `currency`." }) revenue: number;
  @Field(() => String, { description: "YYYY-MM-DD" }) firstOrderOn: string;
  @Field(() => String, { description: "YYYY-MM-DD" }) lastOrderOn: string;
  @Field(() => Float, { nullable: true, description: "Probability the customer is still active (BG/NBD), 0 to 1." })
  pAlive: number | null;
  @Field(() => Float, { nullable: true, description: "Expected orders over the next 52 weeks." })
  expectedPurchases12m: number | null;
  @Field(() => Float, { nullable: true, description: "Discounted value of the next 12 months, in `currency`." })
  predictedValue12m: number | null;
  @Field(() => String, { nullable: true, description: "ISO 4217 currency of the fitted model." })
  currency: string | null;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType("TraitSource", { description: "Which source set a trait's current value, and when." })
export class TraitSource {
  @Field(() => String) key: string;
  @Field(() => Date, { nullable: true, description: "Timestamp of the message that set the value." })
  at: Date | null;
  @Field(() => ID, { nullable: true }) sourceId: string | null;
  @Field(() => String, { nullable: true }) sourceName: string | null;
  @Field(() => String, { nullable: true }) messageId: string | null;
}

@ObjectType("TraitChange", { description: "A value received for a trait; `applied` is false when it arrived late." })
export class TraitChangeType {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => GraphQLJSON, { nullable: true }) value: unknown;
  @Field(() => Date, { description: "Timestamp of the message." }) at: Date;
  @Field(() => ID, { nullable: true }) sourceId: string | null;
  @Field(() => String, { nullable: true }) sourceName: string | null;
  @Field(() => String, { nullable: true }) messageId: string | null;
  @Field(() => Boolean, { description: "False when a newer value was already there (last write wins)." })
  applied: boolean;
  @Field(() => Date) recordedAt: Date;
}

export const TraitChangeConnection = ConnectionType(TraitChangeType, "TraitChange", false);

@ObjectType("ProfileEventName", { description: "An event name this profile sent, with how often." })
export class ProfileEventName {
  @Field(() => String) event: string;
  @Field(() => Int) count: number;
}

@ObjectType("ActivityDay")
export class ActivityDay {
  @Field(() => String, { description: "YYYY-MM-DD (UTC)" }) day: string;
  @Field(() => Int) events: number;
}

@ObjectType("ProfileActivity", { description: "Events per UTC day over a window ending on the last seen day." })
export class ProfileActivity {
  @Field(() => String, { description: "First day of the window, YYYY-MM-DD." }) from: string;
  @Field(() => String, { description: "Last day of the window, YYYY-MM-DD." }) to: string;
  @Field(() => Int) total: number;
  @Field(() => [ActivityDay], { description: "Every day of the window, zero days included, oldest first." })
  days: ActivityDay[];
}

@ObjectType("ProfileLocation", { description: "Where a profile id's data lives now, following merges." })
export class ProfileLocation {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: "The live profile holding its data (the same id when it was never merged)." })
  currentId: string;
  @Field(() => [ID], { description: "Profiles it was merged through, oldest merge first, ending at currentId." })
  mergedInto: string[];
  @Field(() => Date, { nullable: true, description: "When it was first merged away; null when it is live." })
  mergedAt: Date | null;
}
