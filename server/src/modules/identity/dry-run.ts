import type { CompiledRules } from "./compiled-rules.js";
import { emptyGraph } from "./identity-graph.js";
import { extractIdentifiers, type Identifier, type IdentitySource } from "./identifiers.js";
import { Resolver } from "./resolver.js";

/** A stored message as the dry run replays it. */
export type ReplayMessage = IdentitySource & { messageId: string; at: number };

type Replay = {
  /** Cluster (simulated profile) of each message, or null when it has no usable identifier under these rules. */
  clusterOf: Array<string | null>;
  identifiersOf: Map<string, Identifier[]>;
  profiles: number;
  merges: number;
};

/** Identity resolution of the messages from an empty graph, in memory. */
export function replay(messages: ReplayMessage[], rules: CompiledRules): Replay {
  let next = 0;
  const graph = emptyGraph();
  const resolver = new Resolver(graph, { rules, now: 0, newId: () => `p${++next}` });
  const resolved: Array<number | null> = [];
  let count = 0;
  for (const message of messages) {
    const { identifiers, aliasOf } = extractIdentifiers(message, rules);
    if (identifiers.length === 0 && aliasOf === null) {
      resolved.push(null);
      continue;
    }
    resolver.resolve({
      identifiers,
      aliasOf,
      at: message.at,
      messageId: message.messageId,
      sourceId: null,
      eventId: "",
      traits: null,
    });
    resolved.push(count++);
  }
  const plan = resolver.finish();
  const identifiersOf = new Map(
    [...graph.profiles.values()].map((p) => [
      p.id,
      [...p.identities.values()].map(({ type, value }) => ({ type, value })),
    ]),
  );
  return {
    clusterOf: resolved.map((i) => (i === null ? null : (plan.assignments[i] ?? null))),
    identifiersOf,
    profiles: graph.profiles.size,
    merges: plan.merges.length,
  };
}

export type ProfileChange = { identifiers: Identifier[]; profiles: number; messages: number };

export type DryRunReport = {
  messages: number;
  current: { profiles: number; merges: number };
  proposed: { profiles: number; merges: number };
  /** Profiles of the current rules that the proposed rules would join into one. */
  merges: ProfileChange[];
  /** Profiles of the current rules that the proposed rules would cut apart. */
  splits: ProfileChange[];
  /** Messages with a usable identifier under one rule set and none under the other. */
  newlyUnresolved: number;
  newlyResolved: number;
};

const MAX_LISTED = 100;
const MAX_IDENTIFIERS_SHOWN = 10;

/** Where the partition of messages into profiles differs between the two replays, seen from each side. */
function regroupings(from: Array<string | null>, to: Array<string | null>, identifiersOf: Map<string, Identifier[]>) {
  const groups = new Map<string, { parts: Set<string>; messages: number }>();
  from.forEach((cluster, i) => {
    const part = to[i];
    if (cluster === null || part === null || part === undefined) return;
    const group = groups.get(cluster) ?? { parts: new Set<string>(), messages: 0 };
    group.parts.add(part);
    group.messages++;
    groups.set(cluster, group);
  });
  const changes: ProfileChange[] = [];
  for (const [cluster, group] of groups) {
    if (group.parts.size < 2) continue;
    changes.push({
      identifiers: (identifiersOf.get(cluster) ?? []).slice(0, MAX_IDENTIFIERS_SHOWN),
      profiles: group.parts.size,
      messages: group.messages,
    });
  }
  return changes.sort((a, b) => b.messages - a.messages).slice(0, MAX_LISTED);
}

/** What changing the rules would do to these messages: merges and splits, without writing anything. */
export function compareRules(messages: ReplayMessage[], current: CompiledRules, proposed: CompiledRules): DryRunReport {
  const now = replay(messages, current);
  const next = replay(messages, proposed);
  let newlyUnresolved = 0;
  let newlyResolved = 0;
  now.clusterOf.forEach((cluster, i) => {
    const other = next.clusterOf[i] ?? null;
    if (cluster !== null && other === null) newlyUnresolved++;
    if (cluster === null && other !== null) newlyResolved++;
  });
  return {
    messages: messages.length,
    current: { profiles: now.profiles, merges: now.merges },
    proposed: { profiles: next.profiles, merges: next.merges },
    merges: regroupings(next.clusterOf, now.clusterOf, next.identifiersOf),
    splits: regroupings(now.clusterOf, next.clusterOf, now.identifiersOf),
    newlyUnresolved,
    newlyResolved,
  };
}
