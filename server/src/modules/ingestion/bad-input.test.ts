import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking, type TrackingPost } from "./tracking-client.js";

let app: TestApp;
let writeKey: string;
let sourceId: string;
let counter = 0;

beforeAll(async () => {
  app = await startTestApp();
  const source = await app.server.services.sources.create(app.workspaceId, "Bad input", "backend");
  writeKey = source.writeKey;
  sourceId = source.id;
});
afterAll(async () => app.close());

const id = () => `bad-${++counter}`;
const valid = () => ({ type: "track", anonymousId: `anon-${counter}`, event: "Valid", messageId: id() });
const withValid = (bad: unknown) => ({ batch: [valid(), bad] });
const track = (extra: Record<string, unknown>) => ({
  type: "track",
  anonymousId: "a-1",
  event: "E",
  messageId: id(),
  ...extra,
});

type Case = {
  name: string;
  path?: string;
  /** A function so that every case gets fresh messageIds. */
  body: () => unknown;
  options?: TrackingPost;
  status: number;
  code?: string;
  /** Messages of the request that must be stored. */
  stored?: number;
  /** Reason pattern of the one rejected message (index 1 in a batch, 0 for a single call). */
  rejected?: RegExp;
};

const big = (bytes: number) => "x".repeat(bytes);

const cases: Case[] = [
  // The request cannot be read: nothing is stored.
  { name: "malformed JSON", body: () => '{"batch": [', status: 400, code: "INVALID_JSON" },
  { name: "JSON with trailing garbage", body: () => '{"batch": []} x', status: 400, code: "INVALID_JSON" },
  { name: "an empty body", body: () => "", status: 400, code: "INVALID_JSON" },
  { name: "an empty body on /v1/track", path: "track", body: () => "", status: 400, code: "INVALID_JSON" },
  { name: "a JSON array body", body: () => "[]", status: 400, code: "INVALID_BODY" },
  { name: "a JSON string body", body: () => '"hello"', status: 400, code: "INVALID_BODY" },
  { name: "a JSON number body", body: () => "42", status: 400, code: "INVALID_BODY" },
  { name: "a JSON null body", body: () => "null", status: 400, code: "INVALID_BODY" },
  {
    name: "a single call whose body is an array",
    path: "identify",
    body: () => "[1,2]",
    status: 400,
    code: "INVALID_BODY",
  },
  { name: "batch that is not an array", body: () => ({ batch: { type: "track" } }), status: 400, code: "INVALID_BODY" },
  { name: "batch missing", body: () => ({ messages: [valid()] }), status: 400, code: "INVALID_BODY" },
  {
    name: "batch-level context that is not an object",
    body: () => ({ batch: [valid()], context: "web" }),
    status: 400,
    code: "INVALID_BODY",
  },
  {
    name: "batch-level sentAt that is not a date",
    body: () => ({ batch: [valid()], sentAt: "soon" }),
    status: 400,
    code: "INVALID_BODY",
  },
  {
    name: "a batch body over 500 KB",
    body: () => ({ batch: [{ ...valid(), properties: { blob: big(510 * 1024) } }] }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "a single call over 32 KB",
    path: "track",
    body: () => track({ properties: { blob: big(33 * 1024) } }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "2,501 messages in one batch",
    body: () => ({ batch: Array.from({ length: 2501 }, () => valid()) }),
    status: 413,
    code: "TOO_MANY_MESSAGES",
  },
  {
    name: "gzip that is not gzip",
    body: () => JSON.stringify({ batch: [valid()] }),
    options: { headers: { "content-encoding": "gzip" } },
    status: 400,
    code: "INVALID_ENCODING",
  },
  {
    name: "truncated gzip",
    body: () => gzipSync(JSON.stringify({ batch: [valid()] })).subarray(0, 20),
    options: { headers: { "content-encoding": "gzip" } },
    status: 400,
    code: "INVALID_ENCODING",
  },
  {
    name: "gzip that inflates past 500 KB",
    body: () => gzipSync(JSON.stringify({ batch: [{ ...valid(), properties: { blob: big(600 * 1024) } }] })),
    options: { headers: { "content-encoding": "gzip" } },
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "an unsupported Content-Encoding",
    body: () => JSON.stringify({ batch: [valid()] }),
    options: { headers: { "content-encoding": "compress" } },
    status: 415,
    code: "UNSUPPORTED_ENCODING",
  },
  {
    name: "no write key at all",
    body: () => ({ batch: [valid()] }),
    options: { auth: "none" },
    status: 401,
    code: "MISSING_WRITE_KEY",
  },
  {
    name: "an unknown write key (Basic)",
    body: () => ({ batch: [valid()] }),
    options: { writeKey: "wk_nope" },
    status: 401,
    code: "INVALID_WRITE_KEY",
  },
  {
    name: "an unknown write key (body)",
    body: () => ({ batch: [valid()] }),
    options: { writeKey: "wk_nope", auth: "body" },
    status: 401,
    code: "INVALID_WRITE_KEY",
  },
  {
    name: "a Basic header that is not base64 of a key",
    body: () => ({ batch: [valid()] }),
    options: { auth: "none", headers: { authorization: "Basic %%%" } },
    status: 401,
  },
  {
    name: "a Bearer token without writeKey in the body",
    body: () => ({ batch: [valid()] }),
    options: { auth: "none", headers: { authorization: "Bearer abc" } },
    status: 401,
    code: "MISSING_WRITE_KEY",
  },
  {
    name: "a writeKey in the body that is not a string",
    body: () => ({ batch: [valid()], writeKey: 12 }),
    options: { auth: "none" },
    status: 401,
    code: "MISSING_WRITE_KEY",
  },

  // Odd but valid requests: accepted.
  {
    name: "a valid body sent as text/plain",
    body: () => ({ batch: [valid()] }),
    options: { headers: { "content-type": "text/plain" } },
    status: 200,
    stored: 1,
  },
  {
    name: "a valid body sent as form data",
    body: () => ({ batch: [valid()] }),
    options: { headers: { "content-type": "application/x-www-form-urlencoded" } },
    status: 200,
    stored: 1,
  },
  {
    name: "a valid body sent as octet-stream",
    body: () => ({ batch: [valid()] }),
    options: { headers: { "content-type": "application/octet-stream" } },
    status: 200,
    stored: 1,
  },
  {
    name: "the write key in the body",
    body: () => ({ batch: [valid()] }),
    options: { auth: "body" },
    status: 200,
    stored: 1,
  },
  {
    name: "a Bearer token with writeKey in the body",
    body: () => ({ batch: [valid()], writeKey }),
    options: { auth: "none", headers: { authorization: "Bearer token" } },
    status: 200,
    stored: 1,
  },
  { name: "gzip", body: () => ({ batch: [valid(), valid()] }), options: { gzip: true }, status: 200, stored: 2 },
  {
    name: "deflate",
    body: () => deflateSync(JSON.stringify({ batch: [valid()] })),
    options: { headers: { "content-encoding": "deflate" } },
    status: 200,
    stored: 1,
  },
  {
    name: "brotli",
    body: () => brotliCompressSync(JSON.stringify({ batch: [valid()] })),
    options: { headers: { "content-encoding": "br" } },
    status: 200,
    stored: 1,
  },
  { name: "an empty batch", body: () => ({ batch: [] }), status: 200, stored: 0 },
  {
    name: "numeric ids",
    body: () => ({ batch: [{ type: "identify", userId: 42, messageId: id() }] }),
    status: 200,
    stored: 1,
  },
  {
    name: "unknown keys and a UTF-8 BOM",
    body: () => `\uFEFF${JSON.stringify({ batch: [{ ...valid(), _metadata: { x: 1 }, channel: "server" }] })}`,
    status: 200,
    stored: 1,
  },
  {
    name: "a batch of 2,500 messages",
    body: () => ({ batch: Array.from({ length: 2500 }, () => valid()) }),
    status: 200,
    stored: 2500,
  },

  // Some messages are invalid: the valid ones are stored and the others listed.
  {
    name: "track without event",
    body: () => withValid(track({ event: undefined })),
    status: 200,
    stored: 1,
    rejected: /^event: /,
  },
  {
    name: "track with an empty event",
    body: () => withValid(track({ event: "  " })),
    status: 200,
    stored: 1,
    rejected: /^event: must not be empty/,
  },
  {
    name: "track with a numeric event",
    body: () => withValid(track({ event: 3 })),
    status: 200,
    stored: 1,
    rejected: /^event: must be a string/,
  },
  {
    name: "an event name over 200 characters",
    body: () => withValid(track({ event: big(201) })),
    status: 200,
    stored: 1,
    rejected: /^event: must be at most 200/,
  },
  {
    name: "group without groupId",
    body: () => withValid({ type: "group", userId: "u", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^groupId: /,
  },
  {
    name: "group with an empty groupId",
    body: () => withValid({ type: "group", userId: "u", groupId: "", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^groupId: must not be empty/,
  },
  {
    name: "alias without previousId",
    body: () => withValid({ type: "alias", userId: "u", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^previousId: /,
  },
  {
    name: "alias without userId",
    body: () => withValid({ type: "alias", anonymousId: "a", previousId: "p", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^userId: is required for alias/,
  },
  {
    name: "no userId nor anonymousId",
    body: () => withValid({ type: "track", event: "E", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /userId or anonymousId is required/,
  },
  {
    name: "blank userId and anonymousId",
    body: () => withValid(track({ userId: " ", anonymousId: "" })),
    status: 200,
    stored: 1,
    rejected: /userId or anonymousId is required/,
  },
  {
    name: "a userId that is an object",
    body: () => withValid(track({ userId: { id: 1 } })),
    status: 200,
    stored: 1,
    rejected: /^userId: must be a string or a number/,
  },
  {
    name: "an anonymousId that is a boolean",
    body: () => withValid(track({ anonymousId: true })),
    status: 200,
    stored: 1,
    rejected: /^anonymousId: /,
  },
  {
    name: "a userId over 255 characters",
    body: () => withValid(track({ userId: big(256) })),
    status: 200,
    stored: 1,
    rejected: /^userId: must be at most 255/,
  },
  {
    name: "a messageId over 100 characters",
    body: () => withValid(track({ messageId: big(101) })),
    status: 200,
    stored: 1,
    rejected: /^messageId: must be at most 100/,
  },
  {
    name: "a numeric messageId",
    body: () => withValid(track({ messageId: 7 })),
    status: 200,
    stored: 1,
    rejected: /^messageId: must be a string/,
  },
  {
    name: "an empty messageId",
    body: () => withValid(track({ messageId: "" })),
    status: 200,
    stored: 1,
    rejected: /^messageId: must not be empty/,
  },
  {
    name: "a timestamp that is not a date",
    body: () => withValid(track({ timestamp: "yesterday" })),
    status: 200,
    stored: 1,
    rejected: /^timestamp: must be an ISO 8601/,
  },
  {
    name: "a numeric timestamp",
    body: () => withValid(track({ timestamp: 1700000000 })),
    status: 200,
    stored: 1,
    rejected: /^timestamp: must be an ISO 8601/,
  },
  {
    name: "the 30th of February",
    body: () => withValid(track({ timestamp: "2024-02-30T10:00:00Z" })),
    status: 200,
    stored: 1,
    rejected: /^timestamp: /,
  },
  {
    name: "an originalTimestamp that is not a date",
    body: () => withValid(track({ originalTimestamp: "2024-13-01" })),
    status: 200,
    stored: 1,
    rejected: /^originalTimestamp: /,
  },
  {
    name: "a sentAt that is not a date",
    body: () => withValid(track({ sentAt: "now" })),
    status: 200,
    stored: 1,
    rejected: /^sentAt: /,
  },
  {
    name: "a timestamp in the year 3000",
    body: () => withValid(track({ timestamp: "3000-01-01T00:00:00Z" })),
    status: 200,
    stored: 1,
    rejected: /^timestamp: must fall between/,
  },
  {
    name: "a message without type",
    body: () => withValid({ anonymousId: "a", event: "E", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^type: must be one of/,
  },
  {
    name: "an unknown type",
    body: () => withValid(track({ type: "purchase" })),
    status: 200,
    stored: 1,
    rejected: /^type: must be one of/,
  },
  {
    name: "a message that is a string",
    body: () => withValid("track"),
    status: 200,
    stored: 1,
    rejected: /must be a JSON object/,
  },
  {
    name: "a message that is null",
    body: () => withValid(null),
    status: 200,
    stored: 1,
    rejected: /must be a JSON object/,
  },
  {
    name: "properties that are an array",
    body: () => withValid(track({ properties: [1, 2] })),
    status: 200,
    stored: 1,
    rejected: /^properties: must be an object/,
  },
  {
    name: "context that is a string",
    body: () => withValid(track({ context: "web" })),
    status: 200,
    stored: 1,
    rejected: /^context: must be an object/,
  },
  {
    name: "identify traits that are a string",
    body: () => withValid({ type: "identify", userId: "u", traits: "vip", messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^traits: must be an object/,
  },
  {
    name: "integrations that are a string",
    body: () => withValid(track({ integrations: "all" })),
    status: 200,
    stored: 1,
    rejected: /^integrations: must be an object/,
  },
  {
    name: "page name that is a number",
    body: () => withValid({ type: "page", anonymousId: "a", name: 5, messageId: id() }),
    status: 200,
    stored: 1,
    rejected: /^name: must be a string/,
  },
  {
    name: "a message over 32 KB in a batch",
    body: () => withValid(track({ properties: { blob: big(33 * 1024) } })),
    status: 200,
    stored: 1,
    rejected: /larger than 32 KB/,
  },
  {
    name: "only blocked ids",
    body: () => withValid(track({ anonymousId: "anonymous", userId: "null" })),
    status: 200,
    stored: 1,
    rejected: /no usable identifier/,
  },
  {
    name: "an all-zero anonymousId",
    body: () => withValid(track({ anonymousId: "00000000-0000-0000-0000-000000000000" })),
    status: 200,
    stored: 1,
    rejected: /no usable identifier/,
  },

  // A single call whose one message is invalid is refused as a whole.
  {
    name: "/v1/track without event",
    path: "track",
    body: () => ({ anonymousId: "a", messageId: id() }),
    status: 400,
    code: "INVALID_MESSAGE",
    rejected: /^event: /,
  },
  {
    name: "/v1/group without groupId",
    path: "group",
    body: () => ({ userId: "u", messageId: id() }),
    status: 400,
    code: "INVALID_MESSAGE",
    rejected: /^groupId: /,
  },
  {
    name: "/v1/alias without previousId",
    path: "alias",
    body: () => ({ userId: "u", messageId: id() }),
    status: 400,
    code: "INVALID_MESSAGE",
    rejected: /^previousId: /,
  },
  {
    name: "/v1/identify without any id",
    path: "identify",
    body: () => ({ traits: { email: "a@b.co" }, messageId: id() }),
    status: 400,
    code: "INVALID_MESSAGE",
    rejected: /userId or anonymousId/,
  },
  {
    name: "/v1/screen with a bad timestamp",
    path: "screen",
    body: () => ({ anonymousId: "a", name: "S", timestamp: "x", messageId: id() }),
    status: 400,
    code: "INVALID_MESSAGE",
    rejected: /^timestamp: /,
  },
];

function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return app.server.services.db.query(sql, params);
}

async function counts() {
  const [row] = await query<{ events: number; messages: number; profiles: number; identities: number }>(
    `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM event_messages)::int AS messages,
            (SELECT count(*) FROM profiles)::int AS profiles, (SELECT count(*) FROM identities)::int AS identities`,
  );
  if (!row) throw new Error("no counts");
  return row;
}

describe("bad input", () => {
  it("has at least 50 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const before = await counts();
    const response = await postTracking(app.url, c.path ?? "batch", c.body(), { writeKey, ...c.options });
    expect(response.status).toBe(c.status);
    if (c.status === 200) {
      expect(response.body).toMatchObject({ success: true });
      if (!c.rejected) expect(response.body).toEqual({ success: true });
    } else {
      expect(response.body).toMatchObject({
        error: { code: c.code ?? expect.any(String), message: expect.any(String) },
      });
    }
    if (c.rejected) {
      const index = c.path && c.path !== "batch" ? 0 : 1;
      expect(response.body).toMatchObject({ rejected: [{ index, reason: expect.stringMatching(c.rejected) }] });
    }
    const after = await counts();
    expect(after.events - before.events).toBe(c.stored ?? 0);
    expect(after.messages - before.messages).toBe(c.stored ?? 0);
    if (!c.stored) expect(after).toMatchObject({ profiles: before.profiles, identities: before.identities });

    // The server is still up and well.
    const next = await postTracking(app.url, "track", track({}), { writeKey });
    expect(next).toMatchObject({ status: 200, body: { success: true } });
  });

  it("names every rejected message with its index and messageId", async () => {
    const good = valid();
    const response = await postTracking(
      app.url,
      "batch",
      { batch: [track({ event: "", messageId: "r-1" }), good, { type: "group", userId: "u", messageId: "r-3" }, "x"] },
      { writeKey },
    );
    expect(response.body).toEqual({
      success: true,
      rejected: [
        { index: 0, messageId: "r-1", reason: "event: must not be empty" },
        { index: 2, messageId: "r-3", reason: expect.stringMatching(/^groupId: /) },
        { index: 3, messageId: null, reason: "the message must be a JSON object" },
      ],
    });
  });

  it("counts receipts and rejections per source, also for refused requests", async () => {
    const stats = async () =>
      (
        await query<{ r: number; j: number }>(
          `SELECT received_count::int AS r, rejected_count::int AS j FROM source_stats WHERE source_id = $1`,
          [sourceId],
        )
      )[0];
    const before = await stats();
    await postTracking(app.url, "batch", { batch: [valid(), valid(), track({ event: "" })] }, { writeKey });
    await postTracking(app.url, "batch", "{oops", { writeKey });
    await postTracking(app.url, "batch", { batch: [valid()] }, { writeKey: "wk_other" });
    const after = await stats();
    expect((after?.r ?? 0) - (before?.r ?? 0)).toBe(4);
    expect((after?.j ?? 0) - (before?.j ?? 0)).toBe(2);
  });

  it("keeps context, integrations and unknown keys, and drops the write key", async () => {
    const messageId = id();
    await postTracking(
      app.url,
      "batch",
      {
        batch: [
          {
            ...track({ messageId }),
            integrations: { All: false },
            _metadata: { nodeVersion: "20" },
            channel: "server",
          },
        ],
        context: { app: { name: "shop" } },
        writeKey,
      },
      { writeKey },
    );
    const [row] = await query<{ context: unknown; integrations: unknown; extras: unknown }>(
      `SELECT context, integrations, extras FROM events WHERE message_id = $1`,
      [messageId],
    );
    expect(row).toEqual({
      context: { app: { name: "shop" } },
      integrations: { All: false },
      extras: { _metadata: { nodeVersion: "20" }, channel: "server" },
    });
  });

  it("answers other methods and paths under /v1 with JSON", async () => {
    const get = await fetch(`${app.url}/v1/track`);
    expect(get.status).toBe(405);
    const other = await fetch(`${app.url}/v1/nope`, { method: "POST", body: "{}" });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
