import type { RuleGroup } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { z } from "zod";
import type { Catalog } from "../modules/audiences/index.js";
import { queryRows } from "../modules/audiences/sql-runner.js";
import { refreshMembershipIn } from "../modules/segments/membership-refresh.js";

/**
 * A full membership refresh of one saved audience, as the scheduler runs it: first from no members (every member
 * enters), then again with nothing changed. The audience is saved for the measurement and deleted after it.
 */
export async function refreshOneAudience(
  db: DataSource,
  workspaceId: string,
  rules: RuleGroup,
  catalog: Catalog,
  now: Date,
): Promise<{ firstMs: number; againMs: number; members: number }> {
  const [segment] = await queryRows(
    db,
    `INSERT INTO segments (workspace_id, name, description, rules) VALUES ($1, $2, '', $3) RETURNING id`,
    [workspaceId, `bench ${now.toISOString()}`, JSON.stringify(rules)],
    z.object({ id: z.string() }),
  );
  if (!segment) throw new Error("no segment");
  const refresh = async () => {
    const started = performance.now();
    const result = await db.transaction((m) =>
      refreshMembershipIn(m, { id: segment.id, workspaceId, rules }, catalog, now),
    );
    return { ms: performance.now() - started, size: result.size };
  };
  try {
    const first = await refresh();
    const again = await refresh();
    return { firstMs: first.ms, againMs: again.ms, members: first.size };
  } finally {
    await db.query(`DELETE FROM segments WHERE id = $1`, [segment.id]);
  }
}
