import { isRuleGroup, type RuleGroup } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { z } from "zod";
import { AppError, badInput, notFound } from "../../engine/errors.js";
import { toProfile, type ProfileRow } from "../profiles/profile.service.js";
import type { Profile } from "../profiles/profile.entity.js";
import { audienceSql, withTimeout } from "./audience.service.js";
import { compileAudience } from "./audience.compiler.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog, refreshCatalog } from "./catalog.service.js";
import { backfillIndexedProperties } from "./indexed-properties.service.js";
import { explainProfile, type Explanation } from "./explain.js";
import { withRulePaths } from "./rule-input.js";
import type { TraitIndexService } from "./trait-indexes.service.js";
import { queryRows } from "./sql-runner.js";

/** Long enough for any audience on the target data (p95 ≤ 0.3 s), short enough that a superseded preview stops. */
export const PREVIEW_TIMEOUT_MS = 5_000;

const QUERY_CANCELED = "57014";

export type AudienceSize = { count: number; total: number; percent: number };
export type GroupSize = { index: number; count: number };
export type BreakdownBucket = { value: string | null; count: number };

const countRow = z.object({ count: z.number() });

/**
 * The builder's read side: catalog, live size, per-group sizes, sample, SQL, breakdown and explain for rules
 * that are not saved. Every statement runs under PREVIEW_TIMEOUT_MS.
 */
export class AudiencePreviewService {
  private readonly refreshing = new Map<string, Promise<void>>();
  /** Workspaces whose trait indexes this process has brought in line with the catalog at least once. */
  private readonly indexed = new Set<string>();

  constructor(
    private readonly db: DataSource,
    private readonly traitIndexes: TraitIndexService,
    /** A catalog older than this is rebuilt in the background on the next read (new traits, property keys). */
    private readonly catalogMaxAgeMs = 5 * 60_000,
  ) {}

  async catalog(workspaceId: string): Promise<Catalog & { profileCount: number }> {
    const [catalog, profileCount] = await Promise.all([loadCatalog(this.db, workspaceId), this.total(workspaceId)]);
    const age = catalog.refreshedAt ? Date.now() - Date.parse(catalog.refreshedAt) : Infinity;
    if (age > this.catalogMaxAgeMs) void this.refreshInBackground(workspaceId);
    else if (!this.indexed.has(workspaceId)) {
      this.indexed.add(workspaceId);
      void this.traitIndexes.ensureInBackground(workspaceId);
    }
    return { ...catalog, profileCount };
  }

  /**
   * At most one refresh per workspace at a time; a failure is logged and retried on a later read. Properties the
   * refresh chose for the value rollup (or whose backfill failed) are backfilled after it, still off the request;
   * the trait indexes follow the new catalog afterwards (the refresh does not wait for their builds).
   */
  refreshInBackground(workspaceId: string): Promise<void> {
    let running = this.refreshing.get(workspaceId);
    if (!running) {
      running = refreshCatalog(this.db, workspaceId)
        .then(() => {
          this.indexed.add(workspaceId);
          void this.traitIndexes.ensureInBackground(workspaceId);
          return backfillIndexedProperties(this.db, workspaceId);
        })
        .then((results) => {
          for (const r of results.filter((x) => x.status === "failed"))
            console.error(
              `Value rollup of ${r.event}.${r.key} in workspace ${workspaceId} failed (see indexedProperties)`,
            );
        })
        .catch((error: unknown) => console.error(`Catalog refresh of workspace ${workspaceId} failed:`, error))
        .finally(() => this.refreshing.delete(workspaceId));
      this.refreshing.set(workspaceId, running);
    }
    return running;
  }

  async size(workspaceId: string, tree: RuleGroup, now = new Date()): Promise<AudienceSize> {
    const catalog = await loadCatalog(this.db, workspaceId);
    const compiled = withRulePaths("rules", () => compileAudience(tree, catalog, { workspaceId, now }));
    const [count, total] = await Promise.all([
      this.preview(async (m) => (await queryRows(m, compiled.countSql, compiled.params, countRow))[0]?.count ?? 0),
      this.total(workspaceId),
    ]);
    return { count, total, percent: total === 0 ? 0 : (100 * count) / total };
  }

  /** The size of each top-level rule or group on its own (muted ones are left out), by position in the tree. */
  async groupSizes(workspaceId: string, tree: RuleGroup, now = new Date()): Promise<GroupSize[]> {
    const catalog = await loadCatalog(this.db, workspaceId);
    const options = { workspaceId, now };
    withRulePaths("rules", () => compileAudience(tree, catalog, options));
    const parts = tree.rules.flatMap((node, index) => {
      if (node.muted) return [];
      const group: RuleGroup = isRuleGroup(node) ? node : { combinator: "and", rules: [node] };
      return [{ index, compiled: compileAudience(group, catalog, options) }];
    });
    return this.preview((m) =>
      Promise.all(
        parts.map(async ({ index, compiled }) => {
          const [row] = await queryRows(m, compiled.countSql, compiled.params, countRow);
          return { index, count: row?.count ?? 0 };
        }),
      ),
    );
  }

  /** Members most recently seen first. */
  async sample(workspaceId: string, tree: RuleGroup, limit: number, now = new Date()): Promise<Profile[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput("limit", "must be from 1 to 200");
    const catalog = await loadCatalog(this.db, workspaceId);
    const compiled = withRulePaths("rules", () => compileAudience(tree, catalog, { workspaceId, now }));
    const sql = `SELECT s.* FROM profiles s WHERE s.workspace_id = $1::uuid AND s.id IN (${compiled.sql})
      ORDER BY s.last_seen_at DESC, s.id LIMIT $${compiled.params.length + 1}::int`;
    const rows = await this.preview((m): Promise<ProfileRow[]> => m.query(sql, [...compiled.params, limit]));
    return rows.map(toProfile);
  }

  async sql(workspaceId: string, tree: RuleGroup, now = new Date()) {
    const catalog = await loadCatalog(this.db, workspaceId);
    const shown = withRulePaths("rules", () => audienceSql(tree, catalog, { workspaceId, now }));
    return {
      sql: shown.sql,
      params: shown.params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : String(p))),
      readable: shown.readable,
    };
  }

  /** Members by the value of one catalog trait, largest first; profiles without it count under null. */
  async breakdown(
    workspaceId: string,
    tree: RuleGroup,
    trait: string,
    limit: number,
    now = new Date(),
  ): Promise<BreakdownBucket[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput("limit", "must be from 1 to 100");
    const catalog = await loadCatalog(this.db, workspaceId);
    if (!catalog.traits.some((t) => t.key === trait))
      throw badInput("trait", `unknown trait "${trait.slice(0, 200)}": not in this workspace's catalog`);
    const compiled = withRulePaths("rules", () => compileAudience(tree, catalog, { workspaceId, now }));
    const key = compiled.params.length + 1;
    const sql = `SELECT s.traits ->> $${key}::text AS value, count(*)::int AS count
      FROM profiles s WHERE s.workspace_id = $1::uuid AND s.id IN (${compiled.sql})
      GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST LIMIT $${key + 1}::int`;
    return this.preview((m) =>
      queryRows(
        m,
        sql,
        [...compiled.params, trait, limit],
        z.object({ value: z.string().nullable(), count: z.number() }),
      ),
    );
  }

  async explain(workspaceId: string, profileId: string, tree: RuleGroup, now = new Date()): Promise<Explanation> {
    const catalog = await loadCatalog(this.db, workspaceId);
    withRulePaths("rules", () => compileAudience(tree, catalog, { workspaceId, now }));
    const explanation = await this.preview((m) => explainProfile(m, tree, catalog, { workspaceId, now, profileId }));
    if (!explanation) throw notFound(`Profile ${profileId}`);
    return explanation;
  }

  async total(workspaceId: string): Promise<number> {
    const [row] = await queryRows(
      this.db,
      `SELECT count(*)::int AS count FROM profiles WHERE workspace_id = $1`,
      [workspaceId],
      countRow,
    );
    return row?.count ?? 0;
  }

  private async preview<T>(run: Parameters<typeof withTimeout<T>>[2]): Promise<T> {
    try {
      return await withTimeout(this.db, PREVIEW_TIMEOUT_MS, run);
    } catch (error) {
      if (typeof error === "object" && error !== null && "code" in error && error.code === QUERY_CANCELED)
        throw new AppError(
          "BAD_USER_INPUT",
          `rules: the query took longer than ${PREVIEW_TIMEOUT_MS / 1000} s and was stopped`,
          "rules",
        );
      throw error;
    }
  }
}
