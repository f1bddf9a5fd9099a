import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { DataSource } from "typeorm";
import {
  IdentityLocks,
  inTransaction,
  isLockTableFull,
  isRetryable,
  loadGraph,
  lockKeyOf,
  MAX_IDENTIFIER_LOCKS,
  resolveBatch,
  writePlan,
  type CompiledRules,
  type ExtractedIdentity,
  type Identifier,
  type LockKey,
  type ProfileHooks,
  type ResolverMessage,
} from "../identity/index.js";
import { countMessages, dedupeAndAllocate, insertEvents, type StoredEvent } from "./event-store.js";
import { isRecord } from "./message.schema.js";
import type { NormalizedMessage } from "./message.normalize.js";
import { recordRejections, type RejectionRecord } from "./rejection-log.js";

export type Source = { id: string; workspaceId: string };
export type Prepared = { message: NormalizedMessage; identity: ExtractedIdentity };

export type Batch = {
  source: Source;
  /** Valid messages with their identifiers, in request order. */
  messages: Prepared[];
  rules: CompiledRules;
  receivedAt: number;
  /** Source counters for the whole request, written in the same transaction. */
  counts: { received: number; rejected: number };
  /** The request's rejected messages, logged for the source's debugger in the same transaction. */
  rejections: RejectionRecord[];
};

export type StoreResult = { stored: number; duplicates: number };

const MAX_ATTEMPTS = 8;
/** After this many lock conflicts a batch stops competing per identifier and takes the workspace lock. */
const EXCLUSIVE_AFTER = 3;

/** An identifier lock was held elsewhere: start over, waiting for these keys in sorted order. */
class LockConflict extends Error {
  constructor(readonly keys: LockKey[]) {
    super("identity lock conflict");
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every identifier a message could resolve through, alias candidates included: what it locks and loads. */
function reachable(identity: ExtractedIdentity): Identifier[] {
  if (identity.aliasOf === null) return identity.identifiers;
  return [
    ...identity.identifiers,
    { type: "user_id", value: identity.aliasOf },
    { type: "anonymous_id", value: identity.aliasOf },
  ];
}

function toResolverMessage(p: Prepared, sourceId: string, eventId: string): ResolverMessage {
  const { message } = p;
  const contextTraits = isRecord(message.context.traits) ? message.context.traits : {};
  return {
    identifiers: p.identity.identifiers,
    aliasOf: p.identity.aliasOf,
    at: message.timestamp,
    messageId: message.messageId,
    sourceId,
    eventId,
    traits: message.type === "identify" ? { ...contextTraits, ...message.traits } : null,
  };
}

/**
 * Stores a batch and resolves its identities in one transaction, set-based: a fixed number of statements whatever
 * the batch size. Lock, dedupe, load the reachable graph, resolve in memory, write the plan, insert the events.
 */
export class BatchWriter {
  constructor(
    private readonly db: DataSource,
    private readonly hooks: ProfileHooks,
  ) {}

  /** Retries the whole transaction on lock conflicts, deadlocks and messageId races; never stores twice. */
  async store(batch: Batch): Promise<StoreResult> {
    const { workspaceId } = batch.source;
    const keys = batch.messages.flatMap((p) =>
      reachable(p.identity).map((i) => lockKeyOf(workspaceId, i.type, i.value)),
    );
    let extra: LockKey[] = [];
    let exclusive = new Set(keys.map((k) => k.id)).size > MAX_IDENTIFIER_LOCKS;
    for (let attempt = 1; ; attempt++) {
      try {
        const locks = new IdentityLocks(workspaceId, exclusive);
        const begin = locks.acquireSql([...keys, ...extra]);
        return await inTransaction(this.db, (client) => this.attempt(client, batch, locks, [...keys, ...extra]), begin);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
        if (error instanceof LockConflict) {
          extra = error.keys;
          exclusive ||= attempt >= EXCLUSIVE_AFTER || extra.length > MAX_IDENTIFIER_LOCKS;
        } else if (isRetryable(error)) {
          exclusive ||= isLockTableFull(error);
          await sleep(Math.random() * 20 * attempt);
        } else {
          throw error;
        }
      }
    }
  }

  private async attempt(
    client: pg.ClientBase,
    batch: Batch,
    locks: IdentityLocks,
    keys: LockKey[],
  ): Promise<StoreResult> {
    const { source, receivedAt } = batch;
    // Read under the locks (taken with BEGIN): a concurrent delivery of the same messages has committed or waits behind us.
    const { seen, eventIds } = await dedupeAndAllocate(
      client,
      source.id,
      batch.messages.map((p) => p.message.messageId),
    );
    const fresh: Array<Prepared & { eventId: string }> = [];
    batch.messages.forEach((p, i) => {
      const eventId = eventIds[i];
      if (seen.has(p.message.messageId) || eventId === undefined) return;
      seen.add(p.message.messageId);
      fresh.push({ ...p, eventId });
    });

    if (fresh.length > 0) {
      const { graph, identities } = await loadGraph(
        client,
        source.workspaceId,
        fresh.flatMap((p) => reachable(p.identity)),
      );
      // The other identifiers of the matched profiles: tried, never waited for (see identity-locks.ts).
      const profileKeys = identities.map((i) => lockKeyOf(source.workspaceId, i.type, i.value));
      if (!(await locks.tryAcquire(client, profileKeys))) throw new LockConflict([...keys, ...profileKeys]);

      const plan = resolveBatch(
        graph,
        fresh.map((p) => toResolverMessage(p, source.id, p.eventId)),
        { rules: batch.rules, now: receivedAt, newId: randomUUID },
      );
      await writePlan(client, source.workspaceId, source.id, plan);
      const events: StoredEvent[] = fresh.map((p, i) => ({
        message: p.message,
        eventId: p.eventId,
        profileId: plan.assignments[i] ?? "",
      }));
      await insertEvents(client, source.workspaceId, source.id, receivedAt, events);
      if (this.hooks.active)
        await this.hooks.afterBatch(client, {
          workspaceId: source.workspaceId,
          merged: plan.storedLosers,
          events: events.map((e) => ({
            profileId: e.profileId,
            id: e.eventId,
            type: e.message.type,
            event: e.message.event,
            timestamp: new Date(e.message.timestamp),
            properties: e.message.properties,
          })),
        });
    }
    await countMessages(client, source.id, batch.counts.received, batch.counts.rejected);
    await recordRejections(client, source, batch.rejections);
    return { stored: fresh.length, duplicates: batch.messages.length - fresh.length };
  }
}
