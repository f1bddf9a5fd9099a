import type { DataSource } from "typeorm";
import { badInput } from "../../engine/errors.js";
import { compileRules, type CompiledRules } from "./compiled-rules.js";
import { compareRules, type DryRunReport, type ReplayMessage } from "./dry-run.js";
import { DEFAULT_IDENTITY_RULES, identityRulesSchema, type IdentityRules } from "./identity-rules.schema.js";
import { fieldPath } from "./rules-input.js";

export type StoredRules = { rules: IdentityRules; version: number; updatedAt: Date | null };

type RulesRow = { rules: unknown; version: number; updated_at: Date };
type EventRow = {
  type: string;
  user_id: string | null;
  anonymous_id: string | null;
  context: Record<string, unknown>;
  properties: Record<string, unknown>;
  message_id: string;
  at: number;
};

/** Other processes pick up a rules change within this time; this process at once. */
const CACHE_MS = 2000;
export const DRY_RUN_DEFAULT_MESSAGES = 10_000;
export const DRY_RUN_MAX_MESSAGES = 100_000;

function validate(input: unknown, field: string): IdentityRules {
  const parsed = identityRulesSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw badInput(fieldPath(field, issue?.path ?? []), issue?.message ?? "is invalid");
}

/** Per-workspace identity rules (blocked values, limits, priority, trait identifiers) and their dry run. */
export class IdentityRulesService {
  private readonly cache = new Map<string, { until: number; compiled: Promise<CompiledRules> }>();

  constructor(private readonly db: DataSource) {}

  async get(workspaceId: string): Promise<StoredRules> {
    const rows: RulesRow[] = await this.db.query(
      `SELECT rules, version, updated_at FROM identity_rules WHERE workspace_id = $1`,
      [workspaceId],
    );
    const row = rows[0];
    if (!row) return { rules: DEFAULT_IDENTITY_RULES, version: 0, updatedAt: null };
    const parsed = identityRulesSchema.safeParse(row.rules);
    if (!parsed.success) {
      // A hand-edited row must not stop ingestion: fall back to the defaults, loudly.
      console.error(`identity_rules of workspace ${workspaceId} are invalid; using the defaults`);
      return { rules: DEFAULT_IDENTITY_RULES, version: row.version, updatedAt: row.updated_at };
    }
    return { rules: parsed.data, version: row.version, updatedAt: row.updated_at };
  }

  async update(workspaceId: string, input: unknown, userId: string | null = null): Promise<StoredRules> {
    const rules = validate(input, "rules");
    const rows: RulesRow[] = await this.db.query(
      `INSERT INTO identity_rules (workspace_id, rules, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id) DO UPDATE
         SET rules = EXCLUDED.rules, version = identity_rules.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by
       RETURNING rules, version, updated_at`,
      [workspaceId, JSON.stringify(rules), userId],
    );
    this.cache.delete(workspaceId);
    return { rules, version: rows[0]?.version ?? 1, updatedAt: rows[0]?.updated_at ?? new Date() };
  }

  async reset(workspaceId: string, userId: string | null = null): Promise<StoredRules> {
    return this.update(workspaceId, DEFAULT_IDENTITY_RULES, userId);
  }

  /** The rules ready for the resolver, cached briefly: ingestion asks on every request. */
  compiled(workspaceId: string): Promise<CompiledRules> {
    const now = Date.now();
    const hit = this.cache.get(workspaceId);
    if (hit && hit.until > now) return hit.compiled;
    const compiled = this.get(workspaceId).then((stored) => compileRules(stored.rules));
    this.cache.set(workspaceId, { until: now + CACHE_MS, compiled });
    compiled.catch(() => this.cache.delete(workspaceId));
    return compiled;
  }

  /**
   * Replays the workspace's last `messages` stored messages under the current and the proposed rules and reports
   * the merges and splits the change would cause. Reads only; the replay starts from an empty graph, so links made
   * by older messages are not part of it.
   */
  async dryRun(
    workspaceId: string,
    proposedInput: unknown,
    options: { messages?: number; field?: string } = {},
  ): Promise<DryRunReport> {
    const proposed = validate(proposedInput, options.field ?? "proposed");
    const limit = options.messages ?? DRY_RUN_DEFAULT_MESSAGES;
    if (!Number.isInteger(limit) || limit < 1 || limit > DRY_RUN_MAX_MESSAGES)
      throw badInput("messages", `must be a whole number from 1 to ${DRY_RUN_MAX_MESSAGES}`);
    const current = await this.get(workspaceId);
    const rows: EventRow[] = await this.db.query(
      `SELECT type, user_id, anonymous_id, context, properties, message_id, at FROM (
         SELECT type, user_id, anonymous_id, context, properties, message_id, timestamp, id,
                (extract(epoch FROM timestamp) * 1000)::float8 AS at
           FROM events WHERE workspace_id = $1 ORDER BY timestamp DESC, id DESC LIMIT $2) recent
        ORDER BY timestamp, id`,
      [workspaceId, limit],
    );
    const messages = rows.map((r): ReplayMessage => ({
      userId: r.user_id,
      anonymousId: r.anonymous_id,
      traits: r.type === "identify" ? r.properties : null,
      context: r.context,
      previousId: r.type === "alias" && typeof r.properties.previousId === "string" ? r.properties.previousId : null,
      messageId: r.message_id,
      at: r.at,
    }));
    return compareRules(messages, compileRules(current.rules), compileRules(proposed));
  }
}
