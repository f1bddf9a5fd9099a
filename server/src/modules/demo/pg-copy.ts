import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { UUID } from "../../engine/ids.js";

// Streaming rows into PostgreSQL with COPY. Text format: tab-separated columns, one row a line.

export const NULL = "\\N";

/** Ids written into COPY rows unescaped must be what they claim to be. */
export function checkUuid(name: string, value: string): void {
  if (!UUID.test(value)) throw new RangeError(`${name}: "${value}" is not a UUID`);
}

const SPECIAL = /[\\\t\n\r]/;

/** Escapes a value for COPY text: backslashes (JSON has plenty) and the separators. */
export function copyText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

export function copyJson(value: unknown): string {
  return copyText(JSON.stringify(value));
}

const CHUNK_CHARS = 256 * 1024;

/** Joins lines into chunks of about 256 KB: one stream write per chunk rather than per row. */
async function* chunked(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = "";
  for await (const line of lines) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/**
 * Streams `lines` (each ending in "\n") into `COPY … FROM STDIN`. Backpressure comes from the socket, so
 * a generator of rows never holds more than a chunk or two in memory. Returns the rows copied.
 */
export async function copyInto(
  client: pg.ClientBase,
  sql: string,
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<number> {
  const target = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunked(lines)), target);
  return target.rowCount;
}

/** Streams ready-made chunks (binary COPY data, for instance) into `COPY … FROM STDIN`. */
export async function copyChunks(client: pg.ClientBase, sql: string, chunks: Iterable<Buffer>): Promise<number> {
  const target = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunks), target);
  return target.rowCount;
}
