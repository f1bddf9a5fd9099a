import type pg from "pg";

/**
 * Serialisation of identity resolution, per identifier, with transaction-scoped advisory locks.
 *
 * Invariant: a transaction that writes anything of a profile (events, traits, identities, a merge) holds the lock
 * of every identifier of that profile. Holding one identifier of a profile therefore freezes that profile's
 * identifier set, and two transactions never write the same profile at once.
 *
 * Deadlock freedom: every transaction first takes the workspace lock in shared mode, then its message identifiers
 * in one sorted pass (blocking); identifiers discovered later (the other identifiers of matched profiles) are only
 * *tried*. When a try fails the transaction rolls back and starts again with the larger set, still sorted. A
 * workspace-exclusive mode (one lock, no identifier locks) is the fallback for huge or repeatedly contended
 * batches, and what splits use.
 */
export type LockKey = { hi: number; lo: number; id: string };

function hash32(text: string, seed: number): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

/** 64 bits from two seeded 32-bit hashes; a collision only serialises two unrelated identifiers. */
export function lockKeyOf(workspaceId: string, type: string, value: string): LockKey {
  const text = `${workspaceId}\u0000${type}\u0000${value}`;
  const hi = hash32(text, 0x9747b28c);
  const lo = hash32(text, 0x2f8a1d37);
  return { hi, lo, id: `${hi}:${lo}` };
}

/** The workspace lock lives in the one-bigint key space, apart from identifier locks (the two-int space). */
export function workspaceLockKey(workspaceId: string): string {
  return BigInt(`0x${workspaceId.replace(/-/g, "").slice(0, 15)}`).toString();
}

const compareKeys = (a: LockKey, b: LockKey) => a.hi - b.hi || a.lo - b.lo;

/** Past this many identifier locks a batch takes the workspace lock exclusively instead (lock table size). */
export const MAX_IDENTIFIER_LOCKS = 2000;

const intArray = (values: number[]) => `'{${values.join(",")}}'::int4[]`;

export class IdentityLocks {
  private readonly held = new Set<string>();

  constructor(
    private readonly workspaceId: string,
    readonly exclusive: boolean,
  ) {}

  /**
   * SQL that takes the workspace lock, then the given identifier locks in sorted order, waiting as needed. Meant to
   * run right after BEGIN in the same round trip, so the keys are inlined: they are integers this code computed.
   */
  acquireSql(keys: LockKey[]): string {
    const mode = this.exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
    const statements = [`SELECT ${mode}(${workspaceLockKey(this.workspaceId)}::bigint)`];
    const sorted = this.unheld(keys).sort(compareKeys);
    if (sorted.length > 0) {
      statements.push(
        `SELECT count(pg_advisory_xact_lock(h, l)) FROM unnest(${intArray(sorted.map((k) => k.hi))}, ` +
          `${intArray(sorted.map((k) => k.lo))}) AS k(h, l)`,
      );
    }
    for (const k of sorted) this.held.add(k.id);
    return statements.join("; ");
  }

  /** Identifiers not yet held (none in exclusive mode). */
  unheld(keys: LockKey[]): LockKey[] {
    if (this.exclusive) return [];
    const seen = new Set<string>();
    return keys.filter((k) => !this.held.has(k.id) && !seen.has(k.id) && seen.add(k.id));
  }

  /** Tries the given locks without waiting; false when any is held elsewhere (the caller then starts over). */
  async tryAcquire(client: pg.ClientBase, keys: LockKey[]): Promise<boolean> {
    const wanted = this.unheld(keys);
    if (wanted.length === 0) return true;
    const result = await client.query<{ failed: number }>({
      name: "mosaic_try_identity_locks",
      text: `SELECT count(*) FILTER (WHERE NOT pg_try_advisory_xact_lock(h, l))::int AS failed
               FROM unnest($1::int4[], $2::int4[]) AS k(h, l)`,
      values: [wanted.map((k) => k.hi), wanted.map((k) => k.lo)],
    });
    if ((result.rows[0]?.failed ?? 1) > 0) return false;
    for (const k of wanted) this.held.add(k.id);
    return true;
  }
}
