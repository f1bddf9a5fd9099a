import type pg from "pg";

export type IndexDefinition = { table: string; name: string; definition: string };

/**
 * The secondary indexes of a table as the catalog holds them (`pg_get_indexdef`), so they come back exactly
 * as the migrations made them. Indexes behind a constraint (primary keys, uniques) are not listed: they
 * stay, because the load must still respect them.
 */
export async function secondaryIndexes(client: pg.ClientBase, table: string): Promise<IndexDefinition[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY ic.relname`,
    [table],
  );
  return rows.map((r) => ({ table, ...r }));
}

export async function isEmpty(client: pg.ClientBase, table: string): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM ${client.escapeIdentifier(table)}) AS empty`,
  );
  return rows[0]?.empty ?? false;
}

export async function dropIndexes(client: pg.ClientBase, indexes: readonly IndexDefinition[]): Promise<void> {
  for (const index of indexes) await client.query(`DROP INDEX IF EXISTS ${client.escapeIdentifier(index.name)}`);
}

/**
 * Builds the indexes again, spread over the given connections (one build per connection at a time, so two
 * connections keep two cores busy). Each connection gets more sort memory for the builds.
 */
export async function createIndexes(
  clients: readonly pg.ClientBase[],
  indexes: readonly IndexDefinition[],
): Promise<void> {
  const queue = [...indexes];
  await Promise.all(
    clients.map(async (client) => {
      await client.query("SET maintenance_work_mem = '512MB'");
      try {
        for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.definition);
      } finally {
        await client.query("RESET maintenance_work_mem");
      }
    }),
  );
}
