import { gzipSync } from "node:zlib";

export type TrackingPost = {
  /** Sent as the Basic auth user name unless `auth` says otherwise. */
  writeKey?: string;
  auth?: "basic" | "body" | "none";
  gzip?: boolean;
  headers?: Record<string, string>;
};

export type TrackingAnswer = { status: number; body: unknown; headers: Headers };

/**
 * A bare tracking API client (the benchmark's and the tests'): posts a JSON value, or bytes as they are, to
 * `/v1/<path>` with the write key where Segment clients put it.
 */
export async function postTracking(
  baseUrl: string,
  path: string,
  payload: unknown,
  options: TrackingPost = {},
): Promise<TrackingAnswer> {
  const auth = options.auth ?? "basic";
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.writeKey && auth === "basic")
    headers.authorization = `Basic ${Buffer.from(`${options.writeKey}:`).toString("base64")}`;
  let body: string | Buffer;
  if (typeof payload === "string" || Buffer.isBuffer(payload)) body = payload;
  else
    body = JSON.stringify(auth === "body" && isObject(payload) ? { ...payload, writeKey: options.writeKey } : payload);
  if (options.gzip) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  const response = await fetch(`${baseUrl}/v1/${path}`, { method: "POST", headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text, the caller asserts on it.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
