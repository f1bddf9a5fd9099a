import { parseTimestamp } from "./clock-skew.js";
import { IngestError } from "./ingestion.errors.js";
import { normalizeMessage, type BatchDefaults, type NormalizedMessage } from "./message.normalize.js";
import { isMessageType, isRecord, MESSAGE_TYPES, type MessageType } from "./message.schema.js";
import { LIMITS } from "./request-body.js";

export type Endpoint = MessageType | "batch";
export type Rejection = { index: number; messageId: string | null; reason: string };
export type ParsedRequest = { accepted: NormalizedMessage[]; rejected: Rejection[]; received: number };

type Options = { receivedAt: number; newMessageId: () => string; bodyBytes: number };

function batchDefaults(body: Record<string, unknown>): BatchDefaults {
  const objectOrNull = (key: "context" | "integrations") => {
    const value = body[key];
    if (value === undefined || value === null) return null;
    if (!isRecord(value)) throw new IngestError("INVALID_BODY", `${key}: must be an object`);
    return value;
  };
  let sentAt: number | null = null;
  if (body.sentAt !== undefined && body.sentAt !== null) {
    sentAt = typeof body.sentAt === "string" ? parseTimestamp(body.sentAt) : null;
    if (sentAt === null) throw new IngestError("INVALID_BODY", "sentAt: must be an ISO 8601 date string");
  }
  return { context: objectOrNull("context"), integrations: objectOrNull("integrations"), sentAt };
}

/**
 * A parsed JSON body to valid messages plus the rejected ones. Throws an IngestError only when the request as a
 * whole cannot be used (not an object, no batch array, too many messages).
 */
export function parseRequest(endpoint: Endpoint, body: unknown, options: Options): ParsedRequest {
  if (!isRecord(body)) throw new IngestError("INVALID_BODY", "the body must be a JSON object");
  const accepted: NormalizedMessage[] = [];
  const rejected: Rejection[] = [];

  if (endpoint !== "batch") {
    const result = normalizeMessage(endpoint, body, { index: 0, ...options });
    if (result.ok) accepted.push(result.message);
    else rejected.push({ index: 0, messageId: result.messageId, reason: result.reason });
    return { accepted, rejected, received: 1 };
  }

  const items = body.batch;
  if (!Array.isArray(items)) throw new IngestError("INVALID_BODY", "batch: must be an array of messages");
  if (items.length > LIMITS.batchMessages)
    throw new IngestError("TOO_MANY_MESSAGES", `batch: at most ${LIMITS.batchMessages} messages per request`);
  const defaults = batchDefaults(body);
  // No single message can be over the limit when the whole body is not.
  const checkSize = options.bodyBytes > LIMITS.messageBytes;
  items.forEach((item: unknown, index) => {
    const reject = (reason: string, messageId: unknown = null) =>
      rejected.push({ index, messageId: typeof messageId === "string" ? messageId : null, reason });
    if (!isRecord(item)) return reject("the message must be a JSON object");
    if (!isMessageType(item.type)) return reject(`type: must be one of ${MESSAGE_TYPES.join(", ")}`, item.messageId);
    if (checkSize && Buffer.byteLength(JSON.stringify(item)) > LIMITS.messageBytes)
      return reject(`the message is larger than ${LIMITS.messageBytes / 1024} KB`, item.messageId);
    const result = normalizeMessage(item.type, item, { index, defaults, ...options });
    if (result.ok) accepted.push(result.message);
    else reject(result.reason, result.messageId);
  });
  return { accepted, rejected, received: items.length };
}
