import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../../../engine/errors.js";
import { checkFirst } from "../../../engine/graphql/connection.js";
import { loadCatalog, parseRuleTree, withTimeout, type Catalog } from "../../audiences/index.js";
import type { Profile } from "../profile.entity.js";
import { toProfile, type ProfileRow } from "../profile.service.js";
import { encodeExplorerCursor } from "./explorer-cursor.js";
import type { ExplorerColumn } from "./explorer-fields.js";
import { buildExplorerQuery, type ExplorerInput, type ExplorerQuery } from "./explorer-query.js";

/** Long enough for a sort over every profile of a large workspace; a runaway filter stops instead of piling up. */
export const EXPLORER_TIMEOUT_MS = 15_000;

/** The explorer's arguments as they arrive (GraphQL or the export's query string): the rule tree is unchecked. */
export type RawExplorerInput = Omit<ExplorerInput, "rules"> & { rules?: unknown };

export type ExplorerRow = { profile: Profile; values: Record<string, unknown> };
export type ExplorerPage = {
  edges: Array<{ cursor: string; node: Profile; values: Record<string, unknown> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counting every match costs far more than a page on a large set: only run when the total is asked for. */
  count: () => Promise<number>;
};

/** How long a workspace's catalog is reused: it is rebuilt every few minutes anyway, and reading it costs more than a lookup. */
const CATALOG_TTL_MS = 10_000;

type Queryable = Pick<DataSource | EntityManager, "query">;
type SortedRow = ProfileRow & { sort_value: string | null };

export class ExplorerService {
  private readonly catalogs = new Map<string, { at: number; catalog: Promise<Catalog> }>();

  constructor(private readonly db: DataSource) {}

  private catalog(workspaceId: string): Promise<Catalog> {
    const cached = this.catalogs.get(workspaceId);
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog;
    const catalog = loadCatalog(this.db, workspaceId);
    this.catalogs.set(workspaceId, { at: Date.now(), catalog });
    catalog.catch(() => this.catalogs.delete(workspaceId));
    return catalog;
  }

  /** Checks the input against the workspace (catalog names, the audience) and compiles it. */
  async prepare(workspaceId: string, raw: RawExplorerInput, now = new Date()): Promise<ExplorerQuery> {
    const rules = raw.rules === null || raw.rules === undefined ? null : parseRuleTree(raw.rules, "rules");
    const build = (catalog: Catalog): ExplorerQuery => {
      if (raw.audienceId && !catalog.audiences.some((a) => a.id === raw.audienceId))
        throw badInput("audienceId", "is not an audience of this workspace");
      return buildExplorerQuery({ ...raw, rules }, catalog, { workspaceId, now });
    };
    try {
      return build(await this.catalog(workspaceId));
    } catch {
      // The reused catalog may predate what the input names (an audience saved a moment ago): check once more
      // against a fresh one, which also gives the error when the name really is unknown.
      this.catalogs.delete(workspaceId);
      return build(await this.catalog(workspaceId));
    }
  }

  async explore(
    workspaceId: string,
    raw: RawExplorerInput,
    first: number,
    after: string | null,
  ): Promise<ExplorerPage> {
    checkFirst(first);
    const query = await this.prepare(workspaceId, raw);
    const statements = query.page(first, after);
    const rows = await withTimeout(this.db, EXPLORER_TIMEOUT_MS, async (m) => {
      const found: SortedRow[] = [];
      for (const statement of statements) {
        if (found.length > first) break;
        const more: SortedRow[] = await m.query(statement.sql, statement.params);
        found.push(...more);
      }
      return found.slice(0, first + 1);
    });
    const page = rows.slice(0, first);
    const values = await this.values(this.db, page, query.columns);
    const edges = page.map((row, i) => ({
      cursor: encodeExplorerCursor({ sort: query.sort.label, value: row.sort_value, id: row.id }),
      node: toProfile(row),
      values: values[i] ?? {},
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      // A first page that holds every match is its own count (a lookup by identifier, mostly).
      count: () => (after === null && rows.length <= first ? Promise.resolve(rows.length) : this.count(query)),
    };
  }

  /** How many profiles the view holds, across all pages. */
  async count(query: ExplorerQuery): Promise<number> {
    return withTimeout(this.db, EXPLORER_TIMEOUT_MS, async (m) => {
      const [row] = (await m.query(query.count.sql, query.count.params)) as Array<{ count: number }>;
      return row?.count ?? 0;
    });
  }

  /**
   * Every profile of the view in order, `batch` rows at a time from a server-side cursor in one read-only
   * transaction, so memory stays flat whatever the size. `write` may wait (back-pressure from the response).
   */
  async stream(query: ExplorerQuery, batch: number, write: (rows: ExplorerRow[]) => Promise<void>): Promise<void> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction("REPEATABLE READ");
      await runner.query("SET TRANSACTION READ ONLY");
      await runner.query(
        `DECLARE explorer_export NO SCROLL CURSOR FOR ${query.exportRows.sql}`,
        query.exportRows.params,
      );
      for (;;) {
        const rows: SortedRow[] = await runner.query(`FETCH FORWARD ${batch} FROM explorer_export`);
        if (rows.length === 0) break;
        const values = await this.values(runner.manager, rows, query.columns);
        await write(rows.map((row, i) => ({ profile: toProfile(row), values: values[i] ?? {} })));
        if (rows.length < batch) break;
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The chosen columns of a page: traits from the row, the rest in one query per source for the whole page. */
  private async values(db: Queryable, rows: ProfileRow[], columns: ExplorerColumn[]) {
    const ids = rows.map((r) => r.id);
    const wants = new Set(columns.map((c) => c.id));
    const needsLtv = ["lifetime_value", "orders", "predicted_value_12m"].some((id) => wants.has(id));
    const [ltv, counts] = await Promise.all([
      needsLtv && ids.length
        ? (db.query(
            `SELECT profile_id, revenue::float8 AS lifetime_value, orders, predicted_value_12m
               FROM profile_ltv WHERE profile_id = ANY($1::uuid[])`,
            [ids],
          ) as Promise<
            Array<{ profile_id: string; lifetime_value: number; orders: number; predicted_value_12m: number | null }>
          >)
        : Promise.resolve([]),
      wants.has("event_count") && ids.length
        ? (db.query(
            `SELECT profile_id, sum(event_count)::float8 AS n FROM profile_event_stats
              WHERE profile_id = ANY($1::uuid[]) GROUP BY profile_id`,
            [ids],
          ) as Promise<Array<{ profile_id: string; n: number }>>)
        : Promise.resolve([]),
    ]);
    const ltvBy = new Map(ltv.map((r) => [r.profile_id, r]));
    const countBy = new Map(counts.map((r) => [r.profile_id, r.n]));
    return rows.map((row) => {
      const l = ltvBy.get(row.id);
      const out: Record<string, unknown> = {};
      for (const column of columns) {
        if (column.kind === "trait") out[column.id] = row.traits[column.key] ?? null;
        else if (column.id === "last_seen_at") out[column.id] = row.last_seen_at.toISOString();
        else if (column.id === "first_seen_at") out[column.id] = row.first_seen_at.toISOString();
        else if (column.id === "event_count") out[column.id] = countBy.get(row.id) ?? 0;
        // A profile the LTV fit did not include has no orders: 0 spent, no prediction (as the audience rules say).
        else if (column.id === "lifetime_value") out[column.id] = l?.lifetime_value ?? 0;
        else if (column.id === "orders") out[column.id] = l?.orders ?? 0;
        else out[column.id] = l?.predicted_value_12m ?? null;
      }
      return out;
    });
  }
}
