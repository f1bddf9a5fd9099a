/** The write key from `Authorization: Basic base64("<writeKey>:")`; the password part is ignored. */
export function writeKeyFromHeader(authorization: string | undefined): string | null {
  const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const user = decoded.split(":", 1)[0]?.trim() ?? "";
  return user || null;
}

/**
 * Segment's three ways: Basic auth, or a `writeKey` in the body (alone or with a Bearer token, which Mosaic does not
 * need). Basic wins when both are present.
 */
export function writeKeyOf(authorization: string | undefined, body: unknown): string | null {
  const fromHeader = writeKeyFromHeader(authorization);
  if (fromHeader) return fromHeader;
  if (typeof body !== "object" || body === null || !("writeKey" in body)) return null;
  const key = body.writeKey;
  return typeof key === "string" && key.trim() ? key.trim() : null;
}
