import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";

export type FixtureEvent = { event: string; type?: string; at: string; properties?: Record<string, unknown> };

/** Writes one profile with its identities and events straight to the tables (no ingestion involved). */
export async function insertProfile(
  db: DataSource,
  workspaceId: string,
  input: {
    traits?: Record<string, unknown>;
    identities?: Array<[string, string]>;
    events?: FixtureEvent[];
    lastSeen?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const times = (input.events ?? []).map((e) => e.at).sort();
  const first = times[0] ?? input.lastSeen ?? "2026-01-01T00:00:00Z";
  const last = input.lastSeen ?? times.at(-1) ?? first;
  await db.query(
    `INSERT INTO profiles (id, workspace_id, traits, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)`,
    [id, workspaceId, input.traits ?? {}, first, last],
  );
  for (const [type, value] of input.identities ?? []) {
    await db.query(`INSERT INTO identities (workspace_id, type, value, profile_id) VALUES ($1, $2, $3, $4)`, [
      workspaceId,
      type,
      value,
      id,
    ]);
  }
  for (const e of input.events ?? []) {
    await db.query(
      `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, workspaceId, randomUUID(), e.type ?? "track", e.event, e.properties ?? {}, e.at],
    );
  }
  return id;
}
