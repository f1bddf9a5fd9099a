import pg from "pg";
import type { DataSource } from "typeorm";

/**
 * The hot path talks to the driver directly (typed parameters, no ORM bookkeeping) on a connection borrowed from
 * TypeORM's pool, so the process keeps one pool and one DB_POOL_SIZE.
 */
export async function withClient<T>(db: DataSource, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    const connection: unknown = await runner.connect();
    if (!(connection instanceof pg.Client)) throw new Error("the database driver is not node-postgres");
    return await fn(connection);
  } finally {
    await runner.release();
  }
}

/** Errors after which the same transaction, run again from the start, can succeed. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError)) return false;
  // 40001 serialization failure, 40P01 deadlock, 23505 two requests racing with one messageId,
  // 53200 the lock table is full (the retry takes the workspace lock instead of one per identifier).
  return ["40001", "40P01", "23505", "53200"].includes(error.code ?? "");
}

export function isLockTableFull(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === "53200";
}

/**
 * One transaction; a failure rolls everything back, so a request either commits whole or leaves nothing.
 * `begin` is SQL without parameters run in the same round trip as BEGIN (taking locks, typically).
 */
export async function inTransaction<T>(
  db: DataSource,
  fn: (client: pg.ClientBase) => Promise<T>,
  begin?: string,
): Promise<T> {
  return withClient(db, async (client) => {
    await client.query(begin ? `BEGIN; ${begin}` : "BEGIN");
    try {
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
