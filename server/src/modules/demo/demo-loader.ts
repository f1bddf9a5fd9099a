import { randomUUID } from "node:crypto";
import type pg from "pg";
import { checkUuid, copyInto, copyJson, copyText, NULL, sharedPartsJson } from "./pg-copy.js";
import { deriveProfiles, type TraitWrite } from "./dataset-profiles.js";
import { type DemoDataset, type SegmentMessage, SOURCE_KEYS, type SourceKey } from "./demo-types.js";

export type SourceIds = Record<SourceKey, string>;

export type LoadResult = { profiles: number; identities: number; events: number };

function eventName(message: SegmentMessage): string | null {
  if (message.type === "track") return message.event;
  if (message.type === "page" || message.type === "screen") return message.name;
  return null;
}

/** The properties column as ingestion fills it: identify stores its traits there, alias its previousId. */
function propertiesOf(message: SegmentMessage): Record<string, unknown> {
  if (message.type === "identify") return message.traits;
  if (message.type === "alias") return { previousId: message.previousId };
  return message.properties;
}

/** `timestamp` plus a few milliseconds: delivery is never instant. Cheap string edit unless the second rolls over. */
function receivedAt(timestamp: string, index: number): string {
  const delay = 8 + ((index * 7919) % 240);
  const ms = Number(timestamp.slice(20, 23)) + delay;
  if (timestamp.length === 24 && timestamp.endsWith("Z") && ms < 1000)
    return `${timestamp.slice(0, 20)}${String(ms).padStart(3, "0")}Z`;
  return new Date(Date.parse(timestamp) + delay).toISOString();
}

const iso = (t: number) => new Date(t).toISOString();
const text = (value: string | undefined) => (value === undefined ? NULL : copyText(value));

/**
 * Loads a generated store into a workspace in one transaction, set-based (COPY), standing in for the
 * ingestion and identity pipeline: one profile per ground-truth person (traits last-write-wins, with their
 * provenance and change history), the identities their messages carry, one event per message and its dedupe
 * row in event_messages, and the sources' received counts. `client` must not be inside a transaction.
 * Per-profile event aggregates are not built here: run the audiences module's rebuild after loading.
 */
export async function loadDemoDataset(
  client: pg.ClientBase,
  workspaceId: string,
  sourceIds: SourceIds,
  dataset: DemoDataset,
): Promise<LoadResult> {
  checkUuid("workspaceId", workspaceId);
  for (const key of SOURCE_KEYS) checkUuid(`sourceIds.${key}`, sourceIds[key]);
  const { profiles, identities } = deriveProfiles(dataset);
  const profileIds = new Map(profiles.map((p) => [p.personKey, randomUUID()]));
  const profileId = (personKey: string) => {
    const id = profileIds.get(personKey);
    if (!id) throw new RangeError(`no profile for ${personKey}`);
    return id;
  };

  const provenance = (w: TraitWrite) => ({ at: iso(w.at), sourceId: sourceIds[w.source], messageId: w.messageId });

  function* profileLines() {
    for (const p of profiles) {
      const first = iso(p.firstSeenAt);
      const last = iso(p.lastSeenAt);
      const meta = Object.fromEntries([...p.traitMeta].map(([key, write]) => [key, provenance(write)]));
      // Created and updated when the person was first and last seen, as if ingested live.
      yield `${profileId(p.personKey)}\t${workspaceId}\t${copyJson(p.traits)}\t${copyJson(meta)}\t${first}\t${last}\t${first}\t${last}\n`;
    }
  }
  function* historyLines() {
    for (const p of profiles) {
      const id = profileId(p.personKey);
      for (const w of p.history) {
        const { at, sourceId, messageId } = provenance(w);
        yield `${id}\t${workspaceId}\t${copyText(w.key)}\t${copyJson(w.value)}\t${at}\t${sourceId}\t${copyText(messageId)}\tt\n`;
      }
    }
  }
  function* identityLines() {
    for (const i of identities) {
      yield `${workspaceId}\t${i.type}\t${copyText(i.value)}\t${profileId(i.personKey)}\t${sourceIds[i.source]}\t${iso(i.firstSeenAt)}\t${iso(i.lastSeenAt)}\n`;
    }
  }
  function* eventLines() {
    for (const [index, { source, personKey, message }] of dataset.messages.entries()) {
      const name = eventName(message);
      const properties = copyJson(propertiesOf(message));
      yield `${profileId(personKey)}\t${workspaceId}\t${sourceIds[source]}\t${copyText(message.messageId)}\t${message.type}\t${
        name === null ? NULL : copyText(name)
      }\t${properties}\t${copyText(sharedPartsJson(message.context))}\t${text(
        message.anonymousId,
      )}\t${text(message.userId)}\t${copyText(message.timestamp)}\t${receivedAt(message.timestamp, index)}\n`;
    }
  }

  await client.query("BEGIN");
  try {
    await copyInto(
      client,
      "COPY profiles (id, workspace_id, traits, trait_meta, first_seen_at, last_seen_at, created_at, updated_at) FROM STDIN",
      profileLines(),
    );
    await copyInto(
      client,
      "COPY profile_trait_history (profile_id, workspace_id, key, value, at, source_id, message_id, applied) FROM STDIN",
      historyLines(),
    );
    const identityCount = await copyInto(
      client,
      "COPY identities (workspace_id, type, value, profile_id, source_id, first_seen_at, last_seen_at) FROM STDIN",
      identityLines(),
    );
    // Rows get their ids from the identity column in timestamp order, as live ingestion would give them.
    const eventCount = await copyInto(
      client,
      `COPY events (profile_id, workspace_id, source_id, message_id, type, event, properties, context, anonymous_id,
        user_id, timestamp, received_at) FROM STDIN`,
      eventLines(),
    );
    // The profiles are new to this transaction, so every event they own was copied just above.
    await client.query(
      `INSERT INTO event_messages (source_id, message_id, profile_id, event_id, received_at)
       SELECT e.source_id, e.message_id, e.profile_id, e.id, e.received_at
       FROM events e WHERE e.profile_id = ANY($1::uuid[])`,
      [[...profileIds.values()]],
    );
    await client.query(
      `INSERT INTO source_stats (source_id, received_count, last_seen_at)
       SELECT e.source_id, count(*), max(e.received_at) FROM events e
       WHERE e.profile_id = ANY($1::uuid[]) GROUP BY e.source_id
       ON CONFLICT (source_id) DO UPDATE SET
         received_count = source_stats.received_count + EXCLUDED.received_count,
         last_seen_at = GREATEST(source_stats.last_seen_at, EXCLUDED.last_seen_at)`,
      [[...profileIds.values()]],
    );
    await client.query("COMMIT");
    return { profiles: profiles.length, identities: identityCount, events: eventCount };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
