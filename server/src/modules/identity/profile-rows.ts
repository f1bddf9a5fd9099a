import pg from "pg";

/** Per-profile tables whose rows follow their profile through merges and splits. */
export type ProfileTable = "events" | "profile_trait_history";

const columnsCache = new Map<ProfileTable, Promise<string[]>>();

/** Every stored column, from the catalog, so that a column added later by another migration is never lost in a move. */
function columnsOf(client: pg.ClientBase, table: ProfileTable): Promise<string[]> {
  let columns = columnsCache.get(table);
  if (!columns) {
    columns = client
      .query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute
          WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
          ORDER BY attnum`,
        [table],
      )
      .then((r) => r.rows.map((row) => row.name).filter((name) => name !== "profile_id"));
    columnsCache.set(table, columns);
    columns.catch(() => columnsCache.delete(table));
  }
  return columns;
}

export type RowMove = { from: string; to: string };

/**
 * Moves rows from one profile to another by copy and delete, keeping their ids: profile_id is the distribution
 * column on Citus and is never re-keyed by UPDATE. `ids` restricts the move to those rows (a split).
 * Moved events keep event_messages pointing at their profile.
 */
export async function moveProfileRows(
  client: pg.ClientBase,
  table: ProfileTable,
  moves: RowMove[],
  ids: string[] | null = null,
): Promise<void> {
  if (moves.length === 0 || (ids !== null && ids.length === 0)) return;
  const columns = (await columnsOf(client, table)).map((c) => pg.escapeIdentifier(c));
  const params: unknown[] = [moves.map((m) => m.from), moves.map((m) => m.to)];
  const onlyIds = ids === null ? "" : ` AND t.id = ANY($${params.push(ids)}::bigint[])`;
  // Every statement filters with `= ANY(array)` on an indexed column: an index scan whatever the statistics say,
  // where a join on the same condition may be planned as a scan of the whole table.
  const copy = `INSERT INTO ${table} (profile_id, ${columns.join(", ")})
    SELECT m.to_id, ${columns.map((c) => `t.${c}`).join(", ")}
      FROM unnest($1::uuid[], $2::uuid[]) AS m(from_id, to_id)
      JOIN ${table} t ON t.profile_id = m.from_id
     WHERE t.profile_id = ANY($1::uuid[])${onlyIds}`;
  if (table === "events") {
    const { rows } = await client.query<{ source_id: string | null; message_id: string; profile_id: string }>(
      `${copy} RETURNING source_id, message_id, profile_id`,
      params,
    );
    const bySource = new Map<string, Array<{ message_id: string; profile_id: string }>>();
    for (const r of rows) {
      if (r.source_id === null) continue;
      const list = bySource.get(r.source_id) ?? [];
      if (list.length === 0) bySource.set(r.source_id, list);
      list.push(r);
    }
    // One statement per source (usually one), so the source is a scalar: with `source_id = ANY(…)` the planner
    // prefers the (source_id, received_at) index and reads every message the source ever sent.
    for (const [sourceId, moved] of bySource) {
      await client.query(
        `UPDATE event_messages em SET profile_id = u.profile_id
           FROM unnest($2::text[], $3::uuid[]) AS u(message_id, profile_id)
          WHERE em.source_id = $1 AND em.message_id = u.message_id AND em.message_id = ANY($2::text[])`,
        [sourceId, moved.map((r) => r.message_id), moved.map((r) => r.profile_id)],
      );
    }
  } else {
    await client.query(copy, params);
  }
  await client.query(
    `DELETE FROM ${table} t WHERE t.profile_id = ANY($1::uuid[])${ids === null ? "" : " AND t.id = ANY($2::bigint[])"}`,
    ids === null ? [params[0]] : [params[0], ids],
  );
}
