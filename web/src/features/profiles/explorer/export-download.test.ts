import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadExport, type ExportProgress } from "./export-download";

function streamed(chunks: string[], headers: Record<string, string>, status = 200) {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status, headers });
}

afterEach(() => vi.unstubAllGlobals());

describe("downloadExport", () => {
  it("reports rows as they arrive against the total, and returns the whole file", async () => {
    const chunks = ["id,email\n", "a,a@x\nb,b@x\n", "c,c@x\n"];
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        streamed(chunks, {
          "x-total-count": "3",
          "content-disposition": 'attachment; filename="profiles-2026-11-23.csv"',
        }),
      ),
    );
    const seen: ExportProgress[] = [];
    const { blob, fileName } = await downloadExport("/api/exports/profiles", (p) => seen.push(p));
    expect(fileName).toBe("profiles-2026-11-23.csv");
    expect(await blob.text()).toBe(chunks.join(""));
    expect(seen.at(-1)).toEqual({ rows: 3, total: 3 });
    expect(seen.map((p) => p.rows)).toEqual([0, 2, 3]);
  });

  it("turns a refused export into an error naming the field", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          { error: { code: "BAD_USER_INPUT", message: "sort.field: unknown", field: "sort.field" } },
          { status: 400 },
        ),
      ),
    );
    await expect(downloadExport("/api/exports/profiles", () => undefined)).rejects.toMatchObject({
      field: "sort.field",
      status: 400,
      message: "sort.field: unknown",
    });
  });
});
