import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "mosaic_session";
export const API_TOKEN_PREFIX = "mos_pat_";

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Only hashes are stored: a database leak does not hand out live sessions or tokens. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
