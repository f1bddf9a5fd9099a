import { ruleGroupSchema } from "@mosaic/shared";
import type { DataSource, EntityManager } from "typeorm";
import { z } from "zod";
import { loadCatalog, queryRows } from "../audiences/index.js";
import { refreshMembersIn } from "./membership-refresh.js";

const pendingRow = z.object({ profile_id: z.string(), workspace_id: z.string() });
const segmentRow = z.object({ id: z.string(), rules: z.unknown() });

/**
 * Moves profiles in and out of saved audiences shortly after ingestion: takes the profiles ingestion marked as
 * changed (oldest first, skipping rows another worker holds) and re-evaluates every materialised audience of
 * their workspace for just those profiles, in one transaction. An audience that fails (say its rules no
 * longer fit the catalog) is skipped, not retried forever; the scheduled full refresh catches up.
 */
export class MembershipWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly log: (line: string) => void = console.error,
    private readonly batchSize = 2_000,
  ) {}

  /** Processes one batch of pending profiles; returns how many pending rows it took. */
  async drain(): Promise<number> {
    return this.db.transaction(async (m) => {
      const taken = await queryRows(
        m,
        `WITH taken AS (
           DELETE FROM segment_pending_profiles WHERE (profile_id, id) IN (
             SELECT profile_id, id FROM segment_pending_profiles ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING profile_id, workspace_id)
         SELECT profile_id, workspace_id FROM taken`,
        [this.batchSize],
        pendingRow,
      );
      const byWorkspace = new Map<string, Set<string>>();
      for (const row of taken) {
        const ids = byWorkspace.get(row.workspace_id) ?? new Set<string>();
        ids.add(row.profile_id);
        byWorkspace.set(row.workspace_id, ids);
      }
      for (const [workspaceId, ids] of byWorkspace) await this.evaluate(m, workspaceId, [...ids]);
      return taken.length;
    });
  }

  private async evaluate(m: EntityManager, workspaceId: string, profileIds: string[]) {
    const segments = await queryRows(
      m,
      `SELECT id, rules FROM segments WHERE workspace_id = $1 AND refreshed_at IS NOT NULL ORDER BY id`,
      [workspaceId],
      segmentRow,
    );
    if (segments.length === 0) return;
    const catalog = await loadCatalog(this.db, workspaceId);
    const now = new Date();
    for (const segment of segments) {
      const rules = ruleGroupSchema.safeParse(segment.rules);
      if (!rules.success) continue;
      await m.query(`SAVEPOINT membership`);
      try {
        await refreshMembersIn(m, { id: segment.id, workspaceId, rules: rules.data }, catalog, profileIds, now);
        await m.query(`RELEASE SAVEPOINT membership`);
      } catch (error) {
        await m.query(`ROLLBACK TO SAVEPOINT membership`);
        this.log(`Real-time membership of audience ${segment.id} failed: ${String(error)}`);
      }
    }
  }

  /** Drains every `intervalMs`, and straight away again while batches come back full. */
  start(intervalMs = 1_000): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.drain()
        .then((taken) => {
          if (!this.stopped) this.timer = setTimeout(tick, taken >= this.batchSize ? 0 : intervalMs).unref();
        })
        .catch((error: unknown) => {
          if (this.stopped) return;
          this.log(`Membership worker: ${String(error)}`);
          this.timer = setTimeout(tick, intervalMs).unref();
        });
    };
    this.timer = setTimeout(tick, intervalMs).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
