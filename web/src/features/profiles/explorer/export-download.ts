import { GraphQLRequestError } from "../../../lib/graphql";

export type ExportProgress = { rows: number; total: number | null };

/** Lines in a chunk of CSV; a quoted value holding a line break counts twice, so progress is capped below 100 %. */
function lineBreaks(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) if (byte === 10) count += 1;
  return count;
}

/**
 * Reads the streamed export with fetch so the page can show how far it got (X-Total-Count is sent before the
 * rows), then hands the whole file back as a Blob to save. Errors before the stream name the field at fault.
 */
export async function downloadExport(
  url: string,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(url, { credentials: "same-origin", signal });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error =
      typeof body === "object" && body !== null && "error" in body && typeof body.error === "object" && body.error
        ? body.error
        : {};
    const message = "message" in error && typeof error.message === "string" ? error.message : response.statusText;
    const field = "field" in error && typeof error.field === "string" ? error.field : undefined;
    throw new GraphQLRequestError(message, "HTTP_ERROR", field, response.status);
  }
  const totalHeader = response.headers.get("x-total-count");
  const total = totalHeader === null ? null : Number(totalHeader);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "profiles.csv";
  if (!response.body) return { blob: await response.blob(), fileName };
  // One branch becomes the file, the other is only counted.
  const [file, counted] = response.body.tee();
  const blob = new Response(file).blob();
  const reader = counted.getReader();
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    lines += lineBreaks(value);
    // The header line is not a profile.
    onProgress({ rows: Math.max(0, lines - 1), total });
  }
  return { blob: await blob, fileName };
}
