import { describe, expect, it } from "vitest";
import { embeddedTuning } from "./embedded-tuning.js";

const GB = 1024 ** 3;
const settings = (memory: number) =>
  Object.fromEntries(
    embeddedTuning(memory)
      .filter((_, i) => i % 2 === 1)
      .map((s) => s.split("=") as [string, string]),
  );

describe("embeddedTuning", () => {
  it.each([
    // memory, shared_buffers, effective_cache_size, work_mem, maintenance_work_mem
    [1 * GB, "256MB", "768MB", "4MB", "64MB"],
    [4 * GB, "1024MB", "3072MB", "8MB", "128MB"],
    [24 * GB, "6144MB", "18432MB", "48MB", "768MB"],
    [128 * GB, "8192MB", "65536MB", "64MB", "1024MB"],
    [256 * 1024 * 1024, "128MB", "512MB", "4MB", "64MB"],
  ])("sizes a %d-byte machine", (memory, shared, cache, work, maintenance) => {
    expect(settings(memory)).toMatchObject({
      shared_buffers: shared,
      effective_cache_size: cache,
      work_mem: work,
      maintenance_work_mem: maintenance,
      random_page_cost: "1.1",
      max_connections: "200",
    });
  });

  it("passes each setting as its own -c flag", () => {
    const flags = embeddedTuning(8 * GB);
    expect(flags.filter((_, i) => i % 2 === 0).every((f) => f === "-c")).toBe(true);
    expect(flags.filter((_, i) => i % 2 === 1).every((s) => /^[a-z_]+=[0-9.]+(MB)?$/.test(s))).toBe(true);
  });
});
