import type { IncomingMessage } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { IngestError } from "./ingestion.errors.js";

/** Segment's limits: 32 KB per call and per message; a batch request at most 500 KB and 2,500 messages. */
export const LIMITS = { messageBytes: 32 * 1024, batchBytes: 500 * 1024, batchMessages: 2500 } as const;

/** An encoded body may be slightly larger than what it decodes to (incompressible data). */
const ENCODED_SLACK = 16 * 1024;
/** An oversize body is read to its end so the client gets the 413; past this the connection is dropped instead. */
const DRAIN_CAP = 16 * 1024 * 1024;

const tooLarge = (limit: number) => new IngestError("PAYLOAD_TOO_LARGE", `the body is larger than ${limit / 1024} KB`);

/** The request body as bytes, at most `limit` of them (plus slack when it is encoded). */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoded = (req.headers["content-encoding"] ?? "identity").trim().toLowerCase() !== "identity";
  const max = encoded ? limit + ENCODED_SLACK : limit;
  const declared = Number(req.headers["content-length"]);
  return new Promise((resolve, reject) => {
    if (Number.isFinite(declared) && declared > DRAIN_CAP) {
      req.destroy();
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_CAP) req.destroy();
      else if (size <= max) chunks.push(chunk);
    });
    req.on("end", () => (size > max ? reject(tooLarge(limit)) : resolve(Buffer.concat(chunks, size))));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(size > max ? tooLarge(limit) : new IngestError("INVALID_BODY", "the body ended early"));
    });
  });
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

function isTooLarge(error: unknown): boolean {
  return (
    error instanceof RangeError || (error instanceof Error && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE")
  );
}

async function decodeOne(body: Buffer, encoding: string, limit: number): Promise<Buffer> {
  const options = { maxOutputLength: limit + 1 };
  switch (encoding) {
    case "identity":
    case "":
      return body;
    case "gzip":
    case "x-gzip":
      return gunzip(body, options);
    case "deflate":
      // HTTP's "deflate" is zlib-wrapped, but some clients send raw deflate.
      return inflate(body, options).catch((error: unknown) => {
        if (isTooLarge(error)) throw error;
        return inflateRaw(body, options);
      });
    case "br":
      return brotli(body, options);
    default:
      throw new IngestError("UNSUPPORTED_ENCODING", `Content-Encoding "${encoding}" is not supported (use gzip)`);
  }
}

/** Undoes the Content-Encoding (gzip, deflate or br, possibly stacked) without ever holding more than `limit` bytes. */
export async function decodeBody(body: Buffer, contentEncoding: string | undefined, limit: number): Promise<Buffer> {
  const encodings = (contentEncoding ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== "identity")
    .reverse();
  let decoded = body;
  for (const encoding of encodings) {
    try {
      decoded = await decodeOne(decoded, encoding, limit);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      if (isTooLarge(error)) throw tooLarge(limit);
      throw new IngestError("INVALID_ENCODING", `the body is not valid ${encoding} data`);
    }
  }
  if (decoded.length > limit) throw tooLarge(limit);
  return decoded;
}
