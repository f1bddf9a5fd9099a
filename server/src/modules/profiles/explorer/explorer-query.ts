import type { RuleGroup } from "@mosaic/shared";
import { badInput } from "../../../engine/errors.js";
import { UUID } from "../../../engine/ids.js";
import { compilePlan, planSql, withRulePaths, type Catalog } from "../../audiences/index.js";
import type { SqlValue } from "../../audiences/sql-params.js";
import { decodeExplorerCursor, type ExplorerCursor } from "./explorer-cursor.js";
import { parseColumns, parseSort, type ExplorerColumn, type SortKey } from "./explorer-fields.js";

export type SortDirection = "asc" | "desc";

/** What the explorer shows, already shape-checked (the rule tree by parseRuleTree). */
export type ExplorerInput = {
  search?: string | null;
  rules?: RuleGroup | null;
  audienceId?: string | null;
  /** direction: "asc" or "desc" (checked here, as it may come from a URL). */
  sort?: { field: string; direction: string } | null;
  columns?: readonly string[] | null;
};

export type Statement = { sql: string; params: SqlValue[] };

/** Identifier types looked up exactly even before the catalog has seen them (a workspace's first minutes). */
const COMMON_IDENTIFIERS = ["email", "phone", "user_id", "anonymous_id"];
export const MAX_SEARCH = 200;

const PROFILE_COLUMNS = "p.id, p.workspace_id, p.traits, p.first_seen_at, p.last_seen_at, p.created_at, p.updated_at";
const EVENT_COUNT_JOIN = `LEFT JOIN LATERAL (SELECT sum(s.event_count) AS n FROM profile_event_stats s
  WHERE s.profile_id = p.id) ec ON true`;

const like = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function bind(params: SqlValue[], value: SqlValue, type: string): string {
  return `$${params.push(value)}::${type}`;
}

/**
 * Any identifier typed in full finds its profile through the identities primary key (one probe per identifier
 * type); the start of an identifier uses the lower(value) prefix index, part of a name the trigram index.
 */
function searchCondition(
  term: string,
  catalog: Catalog,
  add: (value: SqlValue, type: "text" | "text[]" | "uuid") => string,
) {
  const types = [...new Set([...COMMON_IDENTIFIERS, ...catalog.identifiers.map((i) => i.type)])];
  const lower = term.toLowerCase();
  const arms = [
    `SELECT i.profile_id FROM identities i WHERE i.workspace_id = $1::uuid AND i.type = ANY(${add(types, "text[]")})
       AND i.value = ANY(${add([...new Set([term, lower])], "text[]")})`,
  ];
  // Shorter fragments match too much of a large workspace to be worth a scan.
  if (term.length >= 3) {
    arms.push(
      `SELECT i.profile_id FROM identities i WHERE i.workspace_id = $1::uuid AND lower(i.value) LIKE ${add(`${like(lower)}%`, "text")}`,
    );
    // An email is no part of a name: the trigram scan is skipped for the most common lookup.
    if (!term.includes("@"))
      arms.push(
        `SELECT s.id FROM profiles s WHERE s.workspace_id = $1::uuid AND s.search_name LIKE ${add(`%${like(lower)}%`, "text")}`,
      );
  }
  if (UUID.test(term)) arms.push(`SELECT ${add(term.toLowerCase(), "uuid")}`);
  return `p.id IN (${arms.join("\n  UNION ALL ")})`;
}

function checkCursorValue(key: SortKey, cursor: ExplorerCursor): void {
  if (cursor.value === null) {
    if (!key.nullable) throw badInput("after", "is not a valid cursor");
    return;
  }
  const valid =
    key.type === "timestamptz"
      ? /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(cursor.value)
      : /^-?\d{1,30}(\.\d{1,30})?$/.test(cursor.value);
  if (!valid) throw badInput("after", "is not a valid cursor");
}

/**
 * One explorer view as SQL. `count` counts the filtered set; `page` reads a page after a cursor in one or two
 * statements (rows with a sort value, then those without); `exportRows` is the whole set in order, for a cursor.
 */
export type ExplorerQuery = {
  columns: ExplorerColumn[];
  sort: SortKey & { direction: SortDirection; label: string };
  count: Statement;
  page(first: number, after: string | null): Statement[];
  exportRows: Statement;
};

export function buildExplorerQuery(
  input: ExplorerInput,
  catalog: Catalog,
  options: { workspaceId: string; now: Date },
): ExplorerQuery {
  const term = input.search?.trim() ?? "";
  if (term.length > MAX_SEARCH) throw badInput("search", `must be at most ${MAX_SEARCH} characters`);
  const columns = parseColumns(input.columns ?? [], catalog.traits);
  const direction = input.sort?.direction ?? "desc";
  if (direction !== "asc" && direction !== "desc") throw badInput("sort.direction", "must be asc or desc");
  const sorted: SortDirection = direction;

  const rules: RuleGroup = input.rules ?? { combinator: "and", rules: [] };
  const { ctx, plan } = withRulePaths("rules", () => compilePlan(rules, catalog, options, "audience"));
  const where = ["p.workspace_id = $1::uuid"];
  const condition = planSql(plan);
  if (condition !== "true") where.push(condition);
  if (term) where.push(searchCondition(term, catalog, (value, type) => ctx.params.add(value, type)));
  if (input.audienceId) {
    if (!UUID.test(input.audienceId)) throw badInput("audienceId", "is not an audience id (a UUID)");
    where.push(
      `EXISTS (SELECT 1 FROM segment_members sm WHERE sm.segment_id = ${ctx.params.add(input.audienceId, "uuid")}
        AND sm.profile_id = p.id)`,
    );
  }
  const filterFrom = ["FROM profiles p", ...ctx.joins].join("\n");
  const whereSql = where.join("\n  AND ");
  const count = {
    sql: `SELECT count(*)::int AS count\n${filterFrom}\nWHERE ${whereSql}`,
    params: [...ctx.params.values],
  };

  const key = parseSort(input.sort?.field ?? "last_seen_at", catalog.traits, (value) => ctx.params.add(value, "text"));
  if (key.needs === "ltv") ctx.joinLtv();
  const from = ["FROM profiles p", ...ctx.joins, ...(key.needs === "eventCount" ? [EVENT_COUNT_JOIN] : [])].join("\n");
  const base = [...ctx.params.values];
  const label = `${key.field} ${direction}`;
  const dir = direction.toUpperCase();
  const cmp = direction === "desc" ? "<" : ">";
  const select = `SELECT ${PROFILE_COLUMNS}, (${key.expr})::text AS sort_value\n${from}\nWHERE ${whereSql}`;

  function page(first: number, after: string | null): Statement[] {
    const cursor = after === null ? null : decodeExplorerCursor(after, label);
    if (cursor) checkCursorValue(key, cursor);
    const limit = first + 1;
    const statements: Statement[] = [];
    if (!cursor || cursor.value !== null) {
      const params = [...base];
      const keyset = cursor
        ? `\n  AND (${key.expr}, p.id) ${cmp} (${bind(params, cursor.value ?? "", key.type)}, ${bind(params, cursor.id, "uuid")})`
        : "";
      statements.push({
        sql: `${select}${key.nullable ? `\n  AND ${key.expr} IS NOT NULL` : ""}${keyset}
ORDER BY ${key.expr} ${dir}, p.id ${dir}\nLIMIT ${bind(params, limit, "int")}`,
        params,
      });
    }
    // Profiles without a value come last in either direction, by id.
    if (key.nullable) {
      const params = [...base];
      const keyset = cursor?.value === null ? `\n  AND p.id ${cmp} ${bind(params, cursor.id, "uuid")}` : "";
      statements.push({
        sql: `${select}\n  AND ${key.expr} IS NULL${keyset}\nORDER BY p.id ${dir}\nLIMIT ${bind(params, limit, "int")}`,
        params,
      });
    }
    return statements;
  }

  return {
    columns,
    sort: { ...key, direction: sorted, label },
    count,
    page,
    exportRows: { sql: `${select}\nORDER BY ${key.expr} ${dir} NULLS LAST, p.id ${dir}`, params: base },
  };
}
