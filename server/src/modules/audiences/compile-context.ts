import type { RuleIssue } from "./audience.errors.js";
import { CatalogIndex, type Catalog } from "./catalog.js";
import { SqlParams } from "./sql-params.js";

/**
 * "audience": one query over all profiles of the workspace; a leaf that needs events or identities becomes a
 * LEFT JOIN on the set of profiles that satisfy it (or its complement).
 * "probe": one profile; each leaf yields its deciding value and whether it holds (for explain).
 */
export type CompileMode = "audience" | "probe";

/**
 * "auto" answers event rules from the aggregates where it can; "raw" reads the events table only (slower, the
 * same answers: the tests compare the two).
 */
export type EventStrategy = "auto" | "raw";

export type CompileOptions = {
  workspaceId: string;
  /** The instant relative dates are measured from ("in the last 30 days" of `now`). */
  now: Date;
  strategy?: EventStrategy;
};

/** Bounds that keep one audience's SQL reasonable. */
export const MAX_CONDITIONS = 100;
export const MAX_AUDIENCE_NESTING = 5;

export class CompileContext {
  readonly params = new SqlParams();
  readonly joins: string[] = [];
  readonly issues: RuleIssue[] = [];
  readonly index: CatalogIndex;
  readonly workspace: string;
  readonly now: Date;
  readonly strategy: EventStrategy;
  /** Saved audiences being inlined, outermost first (to refuse cycles). */
  readonly audienceStack: string[] = [];
  conditions = 0;
  /** Some leaf reads the profile row (traits, computed traits), not just its id. */
  readsProfile = false;
  private aliases = 0;
  private ltvJoined = false;

  constructor(
    catalog: Catalog,
    options: CompileOptions,
    readonly mode: CompileMode,
  ) {
    this.index = new CatalogIndex(catalog);
    // $1 is always the workspace: every table read is filtered by it.
    this.workspace = this.params.add(options.workspaceId, "uuid");
    this.now = options.now;
    this.strategy = options.strategy ?? "auto";
  }

  alias(prefix: string): string {
    this.aliases += 1;
    return `${prefix}${this.aliases}`;
  }

  issue(path: string, message: string): null {
    this.issues.push({ path, message });
    return null;
  }

  /** profile_ltv holds the computed and predicted traits; joined once, whatever the number of rules using it. */
  joinLtv(): void {
    this.readsProfile = true;
    if (this.ltvJoined) return;
    this.ltvJoined = true;
    this.joins.unshift("LEFT JOIN profile_ltv l ON l.profile_id = p.id");
  }

  /** A SQL expression needed only to explain (probe mode); not built otherwise, so no parameter goes unused. */
  probe(build: () => string): string | null {
    return this.mode === "probe" ? build() : null;
  }
}

/**
 * What a leaf compiles to. `holds` is a boolean that is never NULL (safe under NOT). `strict` may be NULL where
 * holds is false; it is used where no NOT is above the leaf (NULL and false then select the same rows), because
 * a strict comparison lets PostgreSQL turn a LEFT JOIN into an inner join and use an index.
 * `value` is the deciding value (probe mode only).
 */
export type LeafSql = {
  holds: string;
  strict?: string;
  value: string | null;
  /** For a leaf that holds when the profile is in a set: that set's SQL and its LEFT JOIN (audience mode). */
  set?: { sql: string; join: string; alias: string };
};
