import { z } from "zod";
import { badInput } from "../../../engine/errors.js";
import { UUID } from "../../../engine/ids.js";

/**
 * An explorer cursor: the sort it was made for, and the last row's sort value (PostgreSQL's exact text, so a
 * timestamp keeps its microseconds; null when the row had none) and id. Opaque to clients (base64url JSON).
 */
export type ExplorerCursor = { sort: string; value: string | null; id: string };

const shape = z.tuple([z.string().max(300), z.string().max(100).nullable(), z.string().regex(UUID)]);

export function encodeExplorerCursor(cursor: ExplorerCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString("base64url");
}

/** `sort` is "<field> <direction>"; a cursor made for another sort would skip or repeat rows, so it is refused. */
export function decodeExplorerCursor(text: string, sort: string): ExplorerCursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw badInput("after", "is not a valid cursor");
  }
  const parsed = shape.safeParse(json);
  if (!parsed.success) throw badInput("after", "is not a valid cursor");
  const [madeFor, value, id] = parsed.data;
  if (madeFor !== sort) throw badInput("after", "was made for another sort order; start again from the first page");
  return { sort: madeFor, value, id };
}
