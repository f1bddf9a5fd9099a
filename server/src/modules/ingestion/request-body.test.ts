import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { IngestError } from "./ingestion.errors.js";
import { decodeBody } from "./request-body.js";

const text = JSON.stringify({ batch: [{ type: "track", event: "E", anonymousId: "a" }] });
const raw = Buffer.from(text);

describe("decodeBody", () => {
  it.each([
    ["no encoding", raw, undefined],
    ["identity", raw, "identity"],
    ["gzip", gzipSync(raw), "gzip"],
    ["x-gzip", gzipSync(raw), "x-gzip"],
    ["GZIP in capitals", gzipSync(raw), "GZIP"],
    ["deflate (zlib)", deflateSync(raw), "deflate"],
    ["deflate (raw)", deflateRawSync(raw), "deflate"],
    ["br", brotliCompressSync(raw), "br"],
    ["stacked gzip, br", brotliCompressSync(gzipSync(raw)), "gzip, br"],
  ])("decodes %s", async (_what, body, encoding) => {
    expect((await decodeBody(body, encoding, 1024)).toString()).toBe(text);
  });

  it.each([
    ["plain text labelled gzip", raw, "gzip", "INVALID_ENCODING", 400],
    ["an empty gzip body", Buffer.alloc(0), "gzip", "INVALID_ENCODING", 400],
    ["garbage labelled br", raw, "br", "INVALID_ENCODING", 400],
    ["an unknown encoding", raw, "compress", "UNSUPPORTED_ENCODING", 415],
    ["a body over the limit", Buffer.alloc(2000, 32), undefined, "PAYLOAD_TOO_LARGE", 413],
    ["gzip inflating past the limit", gzipSync(Buffer.alloc(1_000_000, 32)), "gzip", "PAYLOAD_TOO_LARGE", 413],
    ["deflate inflating past the limit", deflateSync(Buffer.alloc(1_000_000, 32)), "deflate", "PAYLOAD_TOO_LARGE", 413],
  ])("refuses %s", async (_what, body, encoding, code, status) => {
    const error = await decodeBody(body, encoding, 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code, status });
  });
});
