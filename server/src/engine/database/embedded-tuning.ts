const MB = 1024 * 1024;

/** Whole megabytes in [low, high]. */
const clampMb = (bytes: number, low: number, high: number) => Math.round(Math.min(Math.max(bytes / MB, low), high));

/**
 * Server settings for the embedded PostgreSQL, sized from the machine's memory the way PostgreSQL's own tuning
 * guides size a dedicated server (a quarter of memory for shared buffers, most of the rest counted as OS cache).
 * PostgreSQL's defaults assume a tiny machine and spinning disks: with them a 1M-profile workspace no longer fits in
 * shared buffers (live audience sizes then read every page from the OS again), hash aggregates spill to disk at 4 MB,
 * and the planner prices a random read at four sequential ones, so it scans 7 GB of events rather than probe an
 * index. Memory is only reserved, not used, until pages are read.
 */
export function embeddedTuning(totalMemoryBytes: number): string[] {
  const settings: Record<string, string> = {
    max_connections: "200",
    shared_buffers: `${clampMb(totalMemoryBytes / 4, 128, 8192)}MB`,
    effective_cache_size: `${clampMb((totalMemoryBytes * 3) / 4, 512, 65536)}MB`,
    // Per sort / hash node; a live size has a few. Bounded so that many concurrent previews stay within memory.
    work_mem: `${clampMb(totalMemoryBytes / 512, 4, 64)}MB`,
    maintenance_work_mem: `${clampMb(totalMemoryBytes / 32, 64, 1024)}MB`,
    // Solid-state storage (the only kind this is installed on in practice): a random page costs about a sequential one.
    random_page_cost: "1.1",
    effective_io_concurrency: "200",
  };
  return Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
}
