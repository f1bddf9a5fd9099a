import { VALUE_TYPES } from "@mosaic/shared";
import type { DataSource, QueryRunner } from "typeorm";
import { z } from "zod";
import { queryRows } from "./sql-runner.js";
import {
  MAX_TRAIT_INDEXES,
  chooseTraitIndexes,
  createTraitIndexSql,
  dropTraitIndexSql,
  traitIndexName,
} from "./trait-indexes.js";

export type TraitIndexStatus = "building" | "ready" | "failed";

export type TraitIndexRow = {
  key: string;
  indexName: string;
  status: TraitIndexStatus;
  error: string | null;
  createdAt: Date;
  readyAt: Date | null;
};

export type TraitIndexOptions = {
  max?: number;
  /** A failed build is tried again at the first ensure after this long (not at every catalog refresh). */
  retryFailedAfterMs?: number;
  /**
   * How long a build may wait for a lock, including the transactions that wrote to profiles before it started: a
   * build stuck behind a long transaction gives up, is marked failed and is tried again later.
   */
  lockTimeoutMs?: number;
};

/** Every trait index build of every Mosaic process, one at a time: builds read the whole profiles table. */
const BUILD_LOCK = 727_014;

const row = z.object({
  key: z.string(),
  index_name: z.string(),
  status: z.enum(["building", "ready", "failed"]),
  error: z.string().nullable(),
  created_at: z.date(),
  ready_at: z.date().nullable(),
});

const toRow = (r: z.output<typeof row>): TraitIndexRow => ({
  key: r.key,
  indexName: r.index_name,
  status: r.status,
  error: r.error,
  createdAt: r.created_at,
  readyAt: r.ready_at,
});

const traitRow = z.object({
  key: z.string(),
  value_type: z.enum(VALUE_TYPES).nullable(),
  seen: z.coerce.number(),
  suggestions: z.array(z.string()),
});

/**
 * Keeps a btree expression index on profiles for each chosen trait of a workspace (see chooseTraitIndexes), built
 * with CREATE INDEX CONCURRENTLY so ingestion keeps writing; the compiler uses an index once it is ready and
 * valid (loadCatalog). Runs after catalog refreshes, never on a request.
 */
export class TraitIndexService {
  private readonly running = new Map<string, Promise<TraitIndexRow[]>>();
  /** One build at a time in this process too: a waiting build would hold a pooled connection. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly max: number;
  private readonly retryFailedAfterMs: number;
  private readonly lockTimeoutMs: number;

  constructor(
    private readonly db: DataSource,
    options: TraitIndexOptions = {},
  ) {
    this.max = options.max ?? MAX_TRAIT_INDEXES;
    this.retryFailedAfterMs = options.retryFailedAfterMs ?? 60 * 60_000;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10 * 60_000;
  }

  async list(workspaceId: string): Promise<TraitIndexRow[]> {
    const rows = await queryRows(
      this.db,
      `SELECT key, index_name, status, error, created_at, ready_at FROM trait_indexes WHERE workspace_id = $1
       ORDER BY key`,
      [workspaceId],
      row,
    );
    return rows.map(toRow);
  }

  /** ensure() without waiting; a failure is logged, and the next refresh tries again. */
  ensureInBackground(workspaceId: string): Promise<TraitIndexRow[]> {
    let running = this.running.get(workspaceId);
    if (!running) {
      running = this.ensure(workspaceId)
        .catch((error: unknown) => {
          console.error(`Trait indexes of workspace ${workspaceId} failed:`, error);
          return [];
        })
        .finally(() => this.running.delete(workspaceId));
      this.running.set(workspaceId, running);
    }
    return running;
  }

  /**
   * Brings the workspace's trait indexes in line with its catalog: builds the missing ones, forgets the traits
   * that left the chosen set (dropping an index no workspace uses any more: each one slows every profile write),
   * and cleans up after failed builds. Returns the workspace's rows afterwards.
   */
  ensure(workspaceId: string): Promise<TraitIndexRow[]> {
    const next = this.queue.then(() => this.ensureNow(workspaceId));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async ensureNow(workspaceId: string): Promise<TraitIndexRow[]> {
    const traits = await queryRows(
      this.db,
      `SELECT key, value_type, seen, suggestions FROM audience_catalog WHERE workspace_id = $1 AND kind = 'trait'`,
      [workspaceId],
      traitRow,
    );
    const chosen = chooseTraitIndexes(
      traits.map((t) => ({ key: t.key, type: t.value_type ?? "string", seen: t.seen, suggestions: t.suggestions })),
      this.max,
    );
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await takeBuildLock(runner);
      await runner.query(`SELECT set_config('lock_timeout', $1, false)`, [`${this.lockTimeoutMs}ms`]);
      const current = await this.list(workspaceId);
      const left = current.filter((r) => !chosen.includes(r.key));
      for (const r of left) await this.forget(runner, workspaceId, r);
      let built = false;
      for (const key of chosen) {
        const known = current.find((r) => r.key === key);
        const retry = known?.status !== "failed" || Date.now() - known.createdAt.getTime() >= this.retryFailedAfterMs;
        if (retry) built = (await this.build(runner, workspaceId, key)) || built;
        else if ((await indexState(runner, known.indexName)) === "invalid") await dropQuietly(runner, known.indexName);
      }
      // An expression index has no statistics until ANALYZE: the planner would guess 10 rows per value and may
      // pick a nested loop over a third of the workspace. ANALYZE samples a fixed number of rows; writes go on.
      if (built) await runner.query(`ANALYZE profiles`);
    } finally {
      await runner.query(`RESET lock_timeout`).catch(() => undefined);
      await runner.query(`SELECT pg_advisory_unlock($1)`, [BUILD_LOCK]).catch(() => undefined);
      await runner.release();
    }
    return this.list(workspaceId);
  }

  /** True when it built a new index. */
  private async build(runner: QueryRunner, workspaceId: string, key: string): Promise<boolean> {
    const name = traitIndexName(key);
    const state = await indexState(runner, name);
    if (state === "valid") {
      await this.record(runner, workspaceId, key, name, "ready", null);
      return false;
    }
    await this.record(runner, workspaceId, key, name, "building", null);
    try {
      // An invalid index is a build cut short (we hold the build lock, so no build is running): start again.
      if (state === "invalid") await runner.query(dropTraitIndexSql(name));
      await runner.query(createTraitIndexSql(key));
      if ((await indexState(runner, name)) !== "valid") throw new Error(`index ${name} was not left valid`);
      await this.record(runner, workspaceId, key, name, "ready", null);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await dropQuietly(runner, name);
      await this.record(runner, workspaceId, key, name, "failed", message.slice(0, 1000));
      return false;
    }
  }

  private async record(
    runner: QueryRunner,
    workspaceId: string,
    key: string,
    name: string,
    status: TraitIndexStatus,
    error: string | null,
  ): Promise<void> {
    // created_at is when the current build started, so a failure is retried some time after it.
    await runner.query(
      `INSERT INTO trait_indexes (workspace_id, key, index_name, status, error, created_at, ready_at)
       VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $4 = 'ready' THEN now() END)
       ON CONFLICT (workspace_id, key) DO UPDATE SET
         index_name = EXCLUDED.index_name, status = EXCLUDED.status, error = EXCLUDED.error,
         created_at = CASE WHEN EXCLUDED.status = 'building' OR trait_indexes.status <> EXCLUDED.status
                           THEN now() ELSE trait_indexes.created_at END,
         ready_at = CASE WHEN EXCLUDED.status <> 'ready' THEN NULL
                         ELSE coalesce(trait_indexes.ready_at, now()) END`,
      [workspaceId, key, name, status, error],
    );
  }

  private async forget(runner: QueryRunner, workspaceId: string, r: TraitIndexRow): Promise<void> {
    await runner.query(`DELETE FROM trait_indexes WHERE workspace_id = $1 AND key = $2`, [workspaceId, r.key]);
    const [other] = await queryRows(
      runner,
      `SELECT EXISTS (SELECT 1 FROM trait_indexes WHERE index_name = $1) AS used`,
      [r.indexName],
      z.object({ used: z.boolean() }),
    );
    if (!other?.used) await dropQuietly(runner, r.indexName);
  }
}

/**
 * Polled, never waited for in a statement: a concurrent build waits for every transaction older than its own
 * snapshot, so a session blocked in pg_advisory_lock behind that build would deadlock with it.
 */
async function takeBuildLock(runner: QueryRunner): Promise<void> {
  for (let wait = 50; ; wait = Math.min(wait * 2, 2_000)) {
    const [row] = await queryRows(
      runner,
      `SELECT pg_try_advisory_lock($1) AS taken`,
      [BUILD_LOCK],
      z.object({ taken: z.boolean() }),
    );
    if (row?.taken) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function indexState(runner: QueryRunner, name: string): Promise<"valid" | "invalid" | "missing"> {
  const [state] = await queryRows(
    runner,
    `SELECT i.indisvalid AND i.indisready AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)`,
    [name],
    z.object({ valid: z.boolean() }),
  );
  return !state ? "missing" : state.valid ? "valid" : "invalid";
}

/** Cleanup that may itself wait out the lock timeout; what it leaves is dropped by the next ensure. */
async function dropQuietly(runner: QueryRunner, name: string): Promise<void> {
  await runner.query(dropTraitIndexSql(name)).catch((error: unknown) => {
    console.error(`Could not drop trait index ${name} yet:`, error instanceof Error ? error.message : error);
  });
}
