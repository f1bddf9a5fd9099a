import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { extractIdentifiers, type IdentityRulesService, type ProfileHooks } from "../identity/index.js";
import { parseRequest, type Endpoint, type Rejection } from "./batch.parse.js";
import { BatchWriter, type Prepared, type Source, type StoreResult } from "./batch-writer.js";
import { countMessages } from "./event-store.js";
import { IngestError } from "./ingestion.errors.js";
import { isRecord } from "./message.schema.js";
import { recordRejections, rejectionRecords, wholeRequestRejection } from "./rejection-log.js";
import { decodeBody, LIMITS } from "./request-body.js";
import { writeKeyFromHeader, writeKeyOf } from "./write-key.js";

export type TrackingRequest = {
  endpoint: Endpoint;
  /** The raw body, or why it could not be read (too large, cut short). */
  body: Buffer | IngestError;
  authorization: string | undefined;
  contentEncoding: string | undefined;
  receivedAt: number;
};

export type TrackingResponse = { status: number; body: Record<string, unknown> };

/** Stored and duplicate counts of the accepted messages, and the rejected ones in request order. */
export type IngestResult = StoreResult & { rejected: Rejection[] };

const NO_IDENTIFIER = "no usable identifier: userId and anonymousId are empty or blocked by the identity rules";

export function limitFor(endpoint: Endpoint): number {
  return endpoint === "batch" ? LIMITS.batchBytes : LIMITS.messageBytes;
}

const errorResponse = (error: IngestError, rejected?: Rejection[]): TrackingResponse => ({
  status: error.status,
  body: { error: { code: error.code, message: error.message }, ...(rejected ? { rejected } : {}) },
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new IngestError("INVALID_JSON", "the body is not valid JSON");
  }
}

/**
 * The tracking API's use case, free of HTTP: decode, authenticate, validate, then store (BatchWriter). A 2xx
 * means every accepted message is committed; a request that cannot be read gets a 4xx and stores nothing.
 */
export class IngestionService {
  private readonly writer: BatchWriter;

  constructor(
    private readonly db: DataSource,
    private readonly identityRules: IdentityRulesService,
    hooks: ProfileHooks,
  ) {
    this.writer = new BatchWriter(db, hooks);
  }

  async receive(request: TrackingRequest): Promise<TrackingResponse> {
    let body: unknown;
    let bodyBytes = 0;
    try {
      if (request.body instanceof IngestError) throw request.body;
      const decoded = await decodeBody(request.body, request.contentEncoding, limitFor(request.endpoint));
      bodyBytes = decoded.length;
      body = parseJson(decoded.toString("utf8"));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      // A source that named itself in the header is charged with the refused request.
      const headerKey = writeKeyFromHeader(request.authorization);
      const source = headerKey ? await this.sourceByWriteKey(headerKey) : null;
      if (source) await this.chargeRefusal(source, 1, error.message);
      return errorResponse(error);
    }

    const writeKey = writeKeyOf(request.authorization, body);
    if (!writeKey) {
      return errorResponse(
        new IngestError("MISSING_WRITE_KEY", "send the source's write key as the Basic auth user name or as writeKey"),
      );
    }
    const source = await this.sourceByWriteKey(writeKey);
    if (!source) return errorResponse(new IngestError("INVALID_WRITE_KEY", "the write key matches no source"));

    let result: IngestResult;
    try {
      result = await this.ingest(source, request.endpoint, body, { receivedAt: request.receivedAt, bodyBytes });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      const messages = isRecord(body) && Array.isArray(body.batch) ? Math.max(body.batch.length, 1) : 1;
      await this.chargeRefusal(source, messages, error.message);
      return errorResponse(error);
    }
    const { rejected } = result;
    if (request.endpoint !== "batch" && rejected.length > 0) {
      return errorResponse(new IngestError("INVALID_MESSAGE", rejected[0]?.reason ?? "invalid message"), rejected);
    }
    return { status: 200, body: rejected.length > 0 ? { success: true, rejected } : { success: true } };
  }

  /**
   * What the tracking API does with a request's parsed JSON body once its source is known: validate and normalise
   * the messages, extract their identifiers under the workspace's rules, then store, resolve and log rejections in
   * one transaction. Also the in-process entry for messages that do not come over HTTP (the demo seed).
   * Throws an IngestError, storing nothing, when the body as a whole cannot be used.
   */
  async ingest(
    source: Source,
    endpoint: Endpoint,
    body: unknown,
    options: { receivedAt: number; bodyBytes: number },
  ): Promise<IngestResult> {
    const parsed = parseRequest(endpoint, body, {
      receivedAt: options.receivedAt,
      newMessageId: () => `mosaic-${randomUUID()}`,
      bodyBytes: options.bodyBytes,
    });
    const rules = await this.identityRules.compiled(source.workspaceId);
    const rejected = [...parsed.rejected];
    const messages: Prepared[] = [];
    for (const message of parsed.accepted) {
      const identity = extractIdentifiers(message, rules);
      if (identity.identifiers.length === 0 && identity.aliasOf === null)
        rejected.push({ index: message.index, messageId: message.messageId, reason: NO_IDENTIFIER });
      else messages.push({ message, identity });
    }
    rejected.sort((a, b) => a.index - b.index);

    const stored = await this.writer.store({
      source,
      messages,
      rules,
      receivedAt: options.receivedAt,
      counts: { received: parsed.received, rejected: rejected.length },
      rejections: rejectionRecords(endpoint, body, rejected),
    });
    return { ...stored, rejected };
  }

  /** A request refused as a whole still counts against its source and shows in its debugger. */
  private async chargeRefusal(source: Source, messages: number, reason: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await countMessages(tx, source.id, messages, messages);
      await recordRejections(tx, source, [wholeRequestRejection(reason)]);
    });
  }

  private async sourceByWriteKey(writeKey: string): Promise<Source | null> {
    const rows: Array<{ id: string; workspace_id: string }> = await this.db.query(
      `SELECT id, workspace_id FROM sources WHERE write_key = $1`,
      [writeKey],
    );
    const row = rows[0];
    return row ? { id: row.id, workspaceId: row.workspace_id } : null;
  }
}
