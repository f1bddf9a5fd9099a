import { z } from "zod";

/**
 * Anything that runs a parameterised statement: a TypeORM DataSource, EntityManager or QueryRunner, or a pg
 * client (whose result carries `rows`). Lets ingestion call these functions inside its own transaction.
 */
export type SqlRunner = { query(sql: string, parameters?: unknown[]): Promise<unknown> };

const withRows = z.object({ rows: z.array(z.unknown()) });

/** The rows of a result, whichever driver produced it, each checked against `row`. */
export async function queryRows<T>(runner: SqlRunner, sql: string, params: unknown[], row: z.ZodType<T>): Promise<T[]> {
  const result = await runner.query(sql, params);
  const rows = Array.isArray(result) ? result : withRows.parse(result).rows;
  return rows.map((r) => row.parse(r));
}
