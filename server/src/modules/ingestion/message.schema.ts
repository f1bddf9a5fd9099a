import { z } from "zod";
import { parseTimestamp } from "./clock-skew.js";

export const MESSAGE_TYPES = ["identify", "track", "page", "screen", "group", "alias"] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === "string" && (MESSAGE_TYPES as readonly string[]).includes(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const MAX_ID_LENGTH = 255;
export const MAX_NAME_LENGTH = 200;
export const MAX_MESSAGE_ID_LENGTH = 100;

const object = z.custom<Record<string, unknown>>(isRecord, { error: "must be an object" });

/** Clients have always been allowed to send numeric ids; they are kept as strings. */
const id = z.preprocess(
  (value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value),
  z.string({ error: "must be a string or a number" }).max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
);
const requiredId = id.refine((value) => value.trim() !== "", "must not be empty");

/** Parsed once, here: the schema's output is epoch ms. */
const timestamp = z
  .string({ error: "must be an ISO 8601 date string" })
  .max(64, "must be an ISO 8601 date string")
  .transform((value, ctx) => {
    const ms = parseTimestamp(value);
    if (ms !== null) return ms;
    ctx.issues.push({ code: "custom", message: "must be an ISO 8601 date string", input: value });
    return z.NEVER;
  });

const name = z
  .string({ error: "must be a string" })
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`);

const common = {
  messageId: z
    .string({ error: "must be a string" })
    .min(1, "must not be empty")
    .max(MAX_MESSAGE_ID_LENGTH, `must be at most ${MAX_MESSAGE_ID_LENGTH} characters`)
    .nullish(),
  userId: id.nullish(),
  anonymousId: id.nullish(),
  context: object.nullish(),
  integrations: object.nullish(),
  timestamp: timestamp.nullish(),
  originalTimestamp: timestamp.nullish(),
  sentAt: timestamp.nullish(),
};

/** One schema per message type; unknown keys pass through (they are kept as extras). */
export const messageSchemas = {
  identify: z.looseObject({ ...common, traits: object.nullish() }),
  track: z.looseObject({
    ...common,
    event: name.refine((value) => value.trim() !== "", "must not be empty"),
    properties: object.nullish(),
  }),
  page: z.looseObject({ ...common, name: name.nullish(), properties: object.nullish() }),
  screen: z.looseObject({ ...common, name: name.nullish(), properties: object.nullish() }),
  group: z.looseObject({ ...common, groupId: requiredId, traits: object.nullish() }),
  alias: z.looseObject({ ...common, previousId: requiredId }),
};

/** Top-level keys stored in their own columns; every other key of a message is kept in `extras`. */
export const COLUMN_KEYS: Record<MessageType, readonly string[]> = {
  identify: ["traits"],
  track: ["event", "properties"],
  page: ["name", "properties"],
  screen: ["name", "properties"],
  group: ["groupId", "traits"],
  alias: ["previousId"],
};
export const COMMON_COLUMN_KEYS = [
  "type",
  "messageId",
  "userId",
  "anonymousId",
  "context",
  "integrations",
  "timestamp",
];
/** Never stored: the write key is a secret. */
export const DROPPED_KEYS = ["writeKey"];

/** The first problem of a failed parse, as "field: what is wrong". */
export function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid message";
  const field = issue.path.map(String).join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}
