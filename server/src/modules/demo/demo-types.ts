/** The shapes of a generated demo store: Segment-spec messages, who sent them, and the ground truth. */
export const SOURCE_KEYS = ["website", "app", "backend", "pos"] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export type JsonObject = { [key: string]: unknown };

type MessageBase = {
  messageId: string;
  anonymousId?: string;
  userId?: string;
  /** ISO 8601, UTC, millisecond precision. */
  timestamp: string;
  context: JsonObject;
};

export type IdentifyMessage = MessageBase & { type: "identify"; traits: JsonObject };
export type TrackMessage = MessageBase & { type: "track"; event: string; properties: JsonObject };
export type PageMessage = MessageBase & { type: "page"; name: string; properties: JsonObject };
export type ScreenMessage = MessageBase & { type: "screen"; name: string; properties: JsonObject };
export type AliasMessage = MessageBase & { type: "alias"; previousId: string; userId: string };

/** One item exactly as a client would put it in a `/v1/batch` body. */
export type SegmentMessage = IdentifyMessage | TrackMessage | PageMessage | ScreenMessage | AliasMessage;

export type DemoMessage = {
  source: SourceKey;
  /** Ground truth: the person who sent it (the identity pipeline has to find this out by itself). */
  personKey: string;
  message: SegmentMessage;
};

export type PersonKind = "customer" | "visitor";
export type Plan = "free" | "pro" | "business";

/** Who is really behind the messages, for tests and for the CRM export. */
export type DemoPerson = {
  key: string;
  kind: PersonKind;
  /** Every anonymous id the person browsed under (one per device); empty for store-only customers. */
  anonymousIds: string[];
  userId?: string;
  /** Lower-case; identify calls sometimes send it in another case. */
  email?: string;
  firstName?: string;
  lastName?: string;
  /** The latest phone (E.164). */
  phone?: string;
  /** Numbers the person gave earlier and later replaced. */
  previousPhones: string[];
  company?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  previousCity?: string;
  plan?: Plan;
  /** ISO time of sign-up (customers only). */
  signedUpAt?: string;
  orders: number;
  /** Sum of `revenue` over the person's orders, USD. */
  revenue: number;
};

/** Messages share frozen parts (a device's context, a library, a page): treat a dataset as read-only. */
export type DemoDataset = {
  /** Sorted by timestamp. */
  messages: DemoMessage[];
  people: DemoPerson[];
};
