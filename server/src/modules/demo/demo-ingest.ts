import type { IngestionService } from "../ingestion/index.js";
import type { DemoDataset, DemoMessage, SegmentMessage, SourceKey } from "./demo-types.js";

export type SourceIds = Record<SourceKey, string>;

/** One `/v1/batch` request's worth of the demo: one source's messages, received when the last of them was sent. */
export type DemoBatch = { source: SourceKey; messages: SegmentMessage[]; receivedAt: number };

export type IngestProgress = { messages: number; total: number; batches: number };

export type DemoIngestResult = { messages: number; stored: number; batches: number };

/** How late the demo's batches arrive after their last message: delivery is never instant. */
const DELIVERY_DELAY_MS = 1_500;

/**
 * The time-ordered stream cut into chunks as long as possible while no source has more than `maxPerSource`
 * messages in one, each chunk split by source (sources in the order they first appear in it): the requests the
 * shop's four clients would have sent. Keeps the stream's order within each batch and from chunk to chunk.
 */
export function demoBatches(messages: readonly DemoMessage[], maxPerSource: number): DemoBatch[] {
  if (!Number.isInteger(maxPerSource) || maxPerSource < 1)
    throw new RangeError(`maxPerSource: ${maxPerSource} is not a whole number ≥ 1`);
  const batches: DemoBatch[] = [];
  let chunk = new Map<SourceKey, SegmentMessage[]>();
  const flush = () => {
    for (const [source, items] of chunk) {
      const last = items[items.length - 1];
      const sentAt = last ? Date.parse(last.timestamp) : Number.NaN;
      if (!Number.isFinite(sentAt)) throw new RangeError(`${last?.messageId}: timestamp is not a date`);
      batches.push({ source, messages: items, receivedAt: sentAt + DELIVERY_DELAY_MS });
    }
    chunk = new Map();
  };
  for (const { source, message } of messages) {
    let items = chunk.get(source);
    if (items && items.length >= maxPerSource) {
      flush();
      items = undefined;
    }
    if (!items) chunk.set(source, (items = []));
    items.push(message);
  }
  flush();
  return batches;
}

/**
 * Sends a generated store through the tracking API's ingestion, as its clients would: batches of at most the API's
 * limit per request, in time order, each one transaction with validation, dedupe, identity resolution, traits and
 * the profile hooks. Nothing is told about who sent what: the profiles are Mosaic's own resolution. A rejected
 * message means the generator and ingestion disagree, so it fails the load.
 */
export async function ingestDemoDataset(
  ingestion: Pick<IngestionService, "ingest">,
  workspaceId: string,
  sourceIds: SourceIds,
  dataset: DemoDataset,
  options: { maxPerSource: number; onProgress?: (progress: IngestProgress) => void },
): Promise<DemoIngestResult> {
  const batches = demoBatches(dataset.messages, options.maxPerSource);
  const result: DemoIngestResult = { messages: 0, stored: 0, batches: 0 };
  for (const batch of batches) {
    const source = { id: sourceIds[batch.source], workspaceId };
    // Built in process, there is no request body: its byte limits guard HTTP clients, not generated messages.
    const { stored, rejected } = await ingestion.ingest(
      source,
      "batch",
      { batch: batch.messages },
      { receivedAt: batch.receivedAt, bodyBytes: 0 },
    );
    const first = rejected[0];
    if (first) {
      const messageId = batch.messages[first.index]?.messageId;
      throw new Error(`demo message ${messageId} (${batch.source}) was rejected: ${first.reason}`);
    }
    result.messages += batch.messages.length;
    result.stored += stored;
    result.batches++;
    options.onProgress?.({ messages: result.messages, total: dataset.messages.length, batches: result.batches });
  }
  return result;
}
