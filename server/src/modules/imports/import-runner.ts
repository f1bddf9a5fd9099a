import type { DataSource } from "typeorm";
import type { IngestionService } from "../ingestion/index.js";
import type { ColumnMapping, ImportKind } from "./import-mapping.js";
import { ErrorReport, mappedRows } from "./import-scan.js";
import type { RowMessage } from "./row-message.js";

/** Rows per ingestion call (one transaction each), and a byte budget under the tracking API's 500 KB batch limit. */
export const BATCH_ROWS = 500;
const BATCH_BYTES = 450 * 1024;

export type ImportProgress = {
  processed: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  report: ErrorReport;
};

export type RunInput = {
  kind: ImportKind;
  text: string;
  delimiter: string;
  columns: readonly string[];
  mapping: readonly ColumnMapping[];
  sourceId: string;
  writeKey: string;
};

type Pending = { line: number; message: RowMessage; json: string };

/** The batch could not be stored; everything before it was. */
export class BatchFailed extends Error {
  constructor(
    readonly firstLine: number,
    reason: string,
  ) {
    super(`rows from line ${firstLine} on were not imported: ${reason}`);
  }
}

/**
 * Streams the file through the tracking API's ingestion in batches, as a client would: the same validation,
 * dedupe on messageId per source and identity resolution, one transaction per batch. Reports progress after
 * each batch; a batch that fails throws BatchFailed and stores nothing of itself.
 */
export async function runImport(
  db: DataSource,
  ingestion: Pick<IngestionService, "receive">,
  input: RunInput,
  onBatch: (progress: ImportProgress) => Promise<void>,
): Promise<ImportProgress> {
  const progress: ImportProgress = { processed: 0, accepted: 0, rejected: 0, duplicates: 0, report: new ErrorReport() };
  const authorization = `Basic ${Buffer.from(`${input.writeKey}:`).toString("base64")}`;
  let batch: Pending[] = [];
  let bytes = 0;
  let invalid = 0;

  const flush = async () => {
    if (batch.length > 0) {
      const ids = batch.map((p) => p.message.messageId);
      const known: Array<{ message_id: string }> = await db.query(
        `SELECT message_id FROM event_messages WHERE source_id = $1 AND message_id = ANY($2::text[])`,
        [input.sourceId, ids],
      );
      const seen = new Set(known.map((r) => r.message_id));
      let duplicates = 0;
      for (const id of ids) {
        if (seen.has(id)) duplicates++;
        seen.add(id);
      }
      const response = await ingestion
        .receive({
          endpoint: "batch",
          body: Buffer.from(`{"batch":[${batch.map((p) => p.json).join(",")}]}`),
          authorization,
          contentEncoding: undefined,
          receivedAt: Date.now(),
        })
        .catch((error: unknown) => {
          throw new BatchFailed(batch[0]?.line ?? 0, error instanceof Error ? error.message : String(error));
        });
      if (response.status !== 200) {
        const error = response.body.error;
        const message = typeof error === "object" && error && "message" in error ? String(error.message) : "refused";
        throw new BatchFailed(batch[0]?.line ?? 0, message);
      }
      const rejected = Array.isArray(response.body.rejected) ? response.body.rejected : [];
      const rowErrors = rejected.flatMap((r: unknown) => {
        const index = typeof r === "object" && r && "index" in r && typeof r.index === "number" ? r.index : -1;
        const reason = typeof r === "object" && r && "reason" in r ? String(r.reason) : "rejected";
        const line = batch[index]?.line;
        return line === undefined ? [] : [{ line, column: null, reason }];
      });
      progress.report.add(rowErrors);
      progress.rejected += rowErrors.length;
      progress.duplicates += duplicates;
      progress.accepted += batch.length - rowErrors.length - duplicates;
    }
    progress.processed += batch.length + invalid;
    batch = [];
    bytes = 0;
    invalid = 0;
    await onBatch(progress);
  };

  for await (const row of mappedRows(input.text, input.delimiter, input.columns, input.kind, input.mapping)) {
    if (!row.message) {
      progress.report.add(row.errors);
      progress.rejected++;
      invalid++;
    } else {
      const json = JSON.stringify(row.message);
      const size = Buffer.byteLength(json);
      if (batch.length >= BATCH_ROWS || bytes + size > BATCH_BYTES) await flush();
      batch.push({ line: row.line, message: row.message, json });
      bytes += size + 1;
    }
    if (invalid >= BATCH_ROWS) await flush();
  }
  await flush();
  return progress;
}
