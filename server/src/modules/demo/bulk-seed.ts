import type pg from "pg";
import { BulkRows } from "./bulk-rows.js";
import {
  asciiFieldCount,
  asciiJsonb,
  asciiText,
  asciiTimestamp,
  asciiUuid,
  BinaryCopyWriter,
  isAscii,
} from "./binary-copy.js";
import { checkUuid, copyChunks, copyInto } from "./pg-copy.js";
import type { Seed } from "./random.js";
import { createIndexes, dropIndexes, type IndexDefinition, isEmpty, secondaryIndexes } from "./seed-indexes.js";

export type BulkSeedPhase = "prepare" | "load" | "create-indexes" | "analyze";

export type BulkSeedOptions = {
  workspaceId: string;
  sourceId: string;
  profiles: number;
  eventsPerProfile: number;
  /** Same seed, same rows (profile ids aside: they are unique per run). Default 1. */
  seed?: Seed;
  /** Events fall in the 18 months before this moment. Default: now. */
  anchor?: Date;
  /** Parallel COPY streams, one connection each. Default 2. */
  connections?: number;
  /** Rows written so far (profiles + identities + events) out of the total. */
  onProgress?: (done: number, total: number) => void;
  onPhase?: (phase: BulkSeedPhase) => void;
};

export type BulkSeedResult = {
  profiles: number;
  identities: number;
  events: number;
  /** Secondary indexes dropped before the load (the tables were empty) and built again after it. */
  rebuiltIndexes: string[];
  /** Wall-clock seconds of the load itself and of the index builds and ANALYZE. */
  loadSeconds: number;
  indexSeconds: number;
};

// Largest first: their index builds are started first and finish close to the smaller ones.
const TABLES = ["events", "identities", "profiles"] as const;
const PROGRESS_STEP = 25_000;

function wholeNumber(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw new RangeError(`${name}: ${value} is not a whole number in 0..${max}`);
  return value;
}

/**
 * Fills a workspace with `profiles` synthetic profiles (three identities each) and `eventsPerProfile` events
 * per profile, streamed with COPY over parallel connections. On empty tables the secondary indexes are
 * dropped first and built once at the end, which is much faster than maintaining them row by row. Not
 * atomic: a failed run leaves the rows copied so far (the indexes are rebuilt regardless).
 */
export async function bulkSeed(pool: pg.Pool, options: BulkSeedOptions): Promise<BulkSeedResult> {
  const profiles = wholeNumber("profiles", options.profiles);
  const eventsPerProfile = wholeNumber("eventsPerProfile", options.eventsPerProfile, 10_000);
  const connections = Math.max(1, Math.min(wholeNumber("connections", options.connections ?? 2, 16), profiles || 1));
  const anchorMs = (options.anchor ?? new Date()).getTime();
  if (!Number.isFinite(anchorMs)) throw new RangeError("anchor: not a valid date");
  checkUuid("workspaceId", options.workspaceId);
  checkUuid("sourceId", options.sourceId);
  const rows = new BulkRows({
    workspaceId: options.workspaceId,
    sourceId: options.sourceId,
    seed: options.seed ?? 1,
    anchorMs,
    eventsPerProfile,
  });
  const total = profiles * (4 + eventsPerProfile);
  let done = 0;
  let reported = 0;
  const progress = (rowCount: number) => {
    done += rowCount;
    if (done - reported >= PROGRESS_STEP || done === total) {
      reported = done;
      options.onProgress?.(done, total);
    }
  };

  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  let dropped: IndexDefinition[] = [];
  const started = performance.now();
  let loaded = started;
  try {
    options.onPhase?.("prepare");
    const [first] = clients;
    if (!first) throw new RangeError("no connection");
    for (const table of TABLES) {
      if (!(await isEmpty(first, table))) continue;
      const indexes = await secondaryIndexes(first, table);
      await dropIndexes(first, indexes);
      dropped = [...dropped, ...indexes];
    }

    options.onPhase?.("load");
    options.onProgress?.(0, total);
    const shard = Math.ceil(profiles / connections);
    await Promise.all(
      clients.map(async (client, w) => {
        const from = w * shard;
        const to = Math.min(profiles, from + shard);
        if (from >= to) return;
        await copyInto(
          client,
          "COPY profiles (id, workspace_id, traits, first_seen_at, last_seen_at, created_at, updated_at) FROM STDIN",
          range(from, to, (i) => {
            progress(1);
            return rows.profile(i).profile;
          }),
        );
        await copyInto(
          client,
          "COPY identities (workspace_id, type, value, profile_id, source_id, first_seen_at, last_seen_at) FROM STDIN",
          range(from, to, (i) => {
            progress(3);
            return rows.profile(i).identities;
          }),
        );
        await copyChunks(
          client,
          `COPY events (profile_id, workspace_id, source_id, message_id, type, event, properties, context, anonymous_id,
            user_id, timestamp, received_at) FROM STDIN (FORMAT binary)`,
          eventChunks(rows, options, from, to, () => progress(eventsPerProfile)),
        );
      }),
    );
    loaded = performance.now();
  } finally {
    try {
      if (dropped.length) {
        options.onPhase?.("create-indexes");
        await createIndexes(clients, dropped);
      }
    } finally {
      for (const client of clients) client.release();
    }
  }
  options.onPhase?.("analyze");
  await pool.query(`ANALYZE ${TABLES.join(", ")}`);
  return {
    profiles,
    identities: profiles * 3,
    events: profiles * eventsPerProfile,
    rebuiltIndexes: dropped.map((d) => d.name),
    loadSeconds: (loaded - started) / 1000,
    indexSeconds: (performance.now() - loaded) / 1000,
  };
}

/**
 * Events of profiles [from, to) in binary COPY format; ids come from the events identity column. Every value
 * the bulk rows hold is ASCII, so a profile's rows are assembled as one latin1 string and written at once.
 */
function* eventChunks(
  rows: BulkRows,
  o: BulkSeedOptions,
  from: number,
  to: number,
  done: () => void,
): Generator<Buffer> {
  const writer = new BinaryCopyWriter();
  const constant = asciiUuid(o.workspaceId) + asciiUuid(o.sourceId);
  const fields = asciiFieldCount(12);
  for (let i = from; i < to; i++) {
    const head = fields + asciiUuid(rows.profileId(i)) + constant;
    let out = "";
    let values = "";
    rows.eachEvent(i, (e) => {
      values += e.messageId + e.event + e.properties + e.context;
      out +=
        head +
        asciiText(e.messageId) +
        asciiText(e.type) +
        asciiText(e.event) +
        asciiJsonb(e.properties) +
        asciiJsonb(e.context) +
        asciiText(e.anonymousId) +
        asciiText(e.userId) +
        asciiTimestamp(e.timestamp) +
        asciiTimestamp(e.receivedAt);
    });
    if (!isAscii(values)) throw new RangeError(`bulk rows of profile ${i} are not ASCII`);
    writer.bytes(out);
    done();
    yield* writer.take();
  }
  yield writer.finish();
}

function* range(from: number, to: number, line: (i: number) => string): Generator<string> {
  for (let i = from; i < to; i++) yield line(i);
}
