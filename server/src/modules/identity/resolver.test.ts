import { describe, expect, it } from "vitest";
import { compileRules } from "./compiled-rules.js";
import {
  emptyGraph,
  graphFromStored,
  type IdentityGraph,
  type StoredIdentity,
  type StoredProfile,
} from "./identity-graph.js";
import { DEFAULT_IDENTITY_RULES, type IdentityRules } from "./identity-rules.schema.js";
import { resolveBatch, type ResolverMessage } from "./resolver.js";

const DAY = 86_400_000;
const T0 = Date.parse("2026-03-01T00:00:00Z");

type Msg = { ids: string[]; alias?: string; at?: number; traits?: Record<string, unknown> };

function toMessage(m: Msg, i: number): ResolverMessage {
  return {
    identifiers: m.ids.map((s) => {
      const [type = "", value = ""] = s.split("=");
      return { type, value };
    }),
    aliasOf: m.alias ?? null,
    at: m.at ?? T0 + i * 1000,
    messageId: `m${i}`,
    sourceId: "src",
    eventId: String(i + 1),
    traits: m.traits ?? null,
  };
}

function run(messages: Msg[], options: { rules?: Partial<IdentityRules>; graph?: IdentityGraph } = {}) {
  let n = 0;
  const graph = options.graph ?? emptyGraph();
  const rules = compileRules({ ...DEFAULT_IDENTITY_RULES, ...options.rules });
  const plan = resolveBatch(graph, messages.map(toMessage), { rules, now: T0 + 10 * DAY, newId: () => `new${++n}` });
  const profiles = [...graph.profiles.values()]
    .map((p) => [...p.identities.values()].map((i) => `${i.type}=${i.value}`).sort())
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
  return { plan, profiles, graph };
}

function stored(
  profiles: Array<{ id: string; created: number; ids: string[]; mergeCount?: number; lastSeen?: number }>,
) {
  const rows: StoredProfile[] = profiles.map((p) => ({
    id: p.id,
    createdAt: p.created,
    firstSeenAt: T0 - DAY,
    lastSeenAt: T0 - DAY,
    mergeCount: p.mergeCount ?? 0,
    traits: {},
    traitMeta: {},
  }));
  const identities: StoredIdentity[] = profiles.flatMap((p) =>
    p.ids.map((s) => {
      const [type = "", value = ""] = s.split("=");
      const seen = p.lastSeen ?? T0 - DAY;
      return { type, value, profileId: p.id, firstSeenAt: seen, lastSeenAt: seen };
    }),
  );
  return graphFromStored(rows, identities);
}

describe("flat matching", () => {
  it.each<[string, Msg[], string[][], number]>([
    ["no profile holds the identifiers: create", [{ ids: ["anonymous_id=a"] }], [["anonymous_id=a"]], 0],
    [
      "one profile holds them: add the new ones",
      [{ ids: ["anonymous_id=a"] }, { ids: ["user_id=u", "anonymous_id=a", "email=e@x.io"] }],
      [["anonymous_id=a", "email=e@x.io", "user_id=u"]],
      0,
    ],
    [
      "several hold them: merge",
      [{ ids: ["anonymous_id=a"] }, { ids: ["user_id=u"] }, { ids: ["user_id=u", "anonymous_id=a"] }],
      [["anonymous_id=a", "user_id=u"]],
      1,
    ],
    [
      "three profiles at once",
      [
        { ids: ["anonymous_id=a"] },
        { ids: ["anonymous_id=b"] },
        { ids: ["anonymous_id=c"] },
        { ids: ["anonymous_id=a", "anonymous_id=b", "anonymous_id=c"] },
      ],
      [["anonymous_id=a", "anonymous_id=b", "anonymous_id=c"]],
      2,
    ],
    [
      "unrelated people stay apart",
      [{ ids: ["anonymous_id=a"] }, { ids: ["anonymous_id=b"] }],
      [["anonymous_id=a"], ["anonymous_id=b"]],
      0,
    ],
  ])("%s", (_what, messages, profiles, merges) => {
    const result = run(messages);
    expect(result.profiles).toEqual(profiles);
    expect(result.plan.merges).toHaveLength(merges);
    expect(new Set(result.plan.assignments).size).toBe(profiles.length);
  });

  it("adds an identifier to a stored profile even when the message changes nothing else", () => {
    const graph = stored([{ id: "p", created: T0 - 9 * DAY, ids: ["anonymous_id=a"], lastSeen: T0 }]);
    const { plan } = run([{ ids: ["anonymous_id=a", "email=late@x.io"], at: T0 - DAY }], { graph });
    expect(plan.newIdentities.map((i) => [i.type, i.value, i.profileId])).toEqual([["email", "late@x.io", "p"]]);
    expect(plan.profiles).toEqual([]);
  });

  it("lets the oldest profile win a merge and records what linked them", () => {
    const graph = stored([
      { id: "young", created: T0 - DAY, ids: ["anonymous_id=a"] },
      { id: "old", created: T0 - 30 * DAY, ids: ["user_id=u"] },
    ]);
    const { plan } = run([{ ids: ["user_id=u", "anonymous_id=a"] }], { graph });
    expect(plan.assignments).toEqual(["old"]);
    expect(plan.merges).toMatchObject([
      {
        winnerId: "old",
        loserId: "young",
        rule: "shared-identifier",
        messageId: "m0",
        linkedBy: [
          { type: "user_id", value: "u", side: "winner" },
          { type: "anonymous_id", value: "a", side: "loser" },
        ],
        loser: { identities: [{ type: "anonymous_id", value: "a" }], stored: ["young"] },
      },
    ]);
    expect(plan.storedLosers).toEqual([{ loserId: "young", holderId: "old" }]);
  });

  it("resolves chains of merges in one batch to the final holder", () => {
    const graph = stored([
      { id: "p1", created: T0 - 3 * DAY, ids: ["anonymous_id=a1"] },
      { id: "p2", created: T0 - 2 * DAY, ids: ["anonymous_id=a2"] },
      { id: "p3", created: T0 - 1 * DAY, ids: ["anonymous_id=a3"] },
    ]);
    const { plan } = run(
      [
        { ids: ["anonymous_id=a2", "anonymous_id=a3"] },
        { ids: ["anonymous_id=a1", "anonymous_id=a2"] },
        { ids: ["anonymous_id=a3"] },
      ],
      { graph },
    );
    expect(plan.assignments).toEqual(["p1", "p1", "p1"]);
    expect(plan.merges.map((m) => [m.winnerId, m.loserId])).toEqual([
      ["p2", "p3"],
      ["p1", "p2"],
    ]);
    expect(plan.merges[1]?.loser.stored).toEqual(["p2", "p3"]);
    expect(plan.merges[1]?.loser.eventIds).toEqual(["1"]);
    expect(plan.storedLosers).toEqual([
      { loserId: "p3", holderId: "p1" },
      { loserId: "p2", holderId: "p1" },
    ]);
  });
});

describe("limits and priority", () => {
  it.each<[string, Msg[], Partial<IdentityRules>, string[][], number]>([
    [
      "a second user_id on a shared device: the anonymous id is dropped and a new profile made",
      [{ ids: ["user_id=u1", "anonymous_id=a"] }, { ids: ["user_id=u2", "anonymous_id=a"] }],
      {},
      [["anonymous_id=a", "user_id=u1"], ["user_id=u2"]],
      0,
    ],
    [
      "a merge that would join two user ids is refused",
      [
        { ids: ["user_id=u1", "anonymous_id=a1"] },
        { ids: ["user_id=u2", "anonymous_id=a2"] },
        { ids: ["anonymous_id=a1", "anonymous_id=a2"] },
      ],
      {},
      [
        ["anonymous_id=a1", "user_id=u1"],
        ["anonymous_id=a2", "user_id=u2"],
      ],
      0,
    ],
    [
      "an email over its limit is dropped, the user id kept",
      [{ ids: ["user_id=u", "email=e1@x.io"] }, { ids: ["user_id=u", "email=e2@x.io"] }],
      {
        limits: [
          { type: "user_id", max: 1 },
          { type: "email", max: 1 },
        ],
      },
      [["email=e1@x.io", "user_id=u"]],
      0,
    ],
    [
      "priority decides what goes: email outranks anonymous_id",
      [{ ids: ["email=e1@x.io", "anonymous_id=a"] }, { ids: ["email=e2@x.io", "anonymous_id=a"] }],
      { limits: [{ type: "email", max: 1 }] },
      [["anonymous_id=a", "email=e1@x.io"], ["email=e2@x.io"]],
      0,
    ],
    [
      "a changed priority changes what goes",
      [{ ids: ["email=e1@x.io", "anonymous_id=a"] }, { ids: ["email=e2@x.io", "anonymous_id=a"] }],
      { limits: [{ type: "email", max: 1 }], priority: ["anonymous_id", "email"] },
      [["anonymous_id=a", "email=e1@x.io"]],
      0,
    ],
    [
      "default limit of 5 for other types",
      [1, 2, 3, 4, 5, 6].map((i) => ({ ids: ["user_id=u", `anonymous_id=a${i}`] })),
      {},
      [["anonymous_id=a1", "anonymous_id=a2", "anonymous_id=a3", "anonymous_id=a4", "anonymous_id=a5", "user_id=u"]],
      0,
    ],
    [
      "a user_id limit of 2 allows the merge",
      [
        { ids: ["user_id=u1", "anonymous_id=a1"] },
        { ids: ["user_id=u2", "anonymous_id=a2"] },
        { ids: ["anonymous_id=a1", "anonymous_id=a2"] },
      ],
      { limits: [{ type: "user_id", max: 2 }] },
      [["anonymous_id=a1", "anonymous_id=a2", "user_id=u1", "user_id=u2"]],
      1,
    ],
  ])("%s", (_what, messages, rules, profiles, merges) => {
    const result = run(messages, { rules });
    expect(result.profiles).toEqual(profiles);
    expect(result.plan.merges).toHaveLength(merges);
  });

  it("counts only values seen within a limit's window", () => {
    const rules = {
      limits: [
        { type: "user_id", max: 1 },
        { type: "email", max: 2, windowDays: 7 },
      ],
    };
    const graph = () =>
      stored([
        {
          id: "p",
          created: T0 - 60 * DAY,
          ids: ["user_id=u", "email=old1@x.io", "email=old2@x.io"],
          lastSeen: T0 - 30 * DAY,
        },
      ]);
    const late = run([{ ids: ["user_id=u", "email=new@x.io"], at: T0 }], { rules, graph: graph() });
    expect(late.profiles).toEqual([["email=new@x.io", "email=old1@x.io", "email=old2@x.io", "user_id=u"]]);
    const early = run([{ ids: ["user_id=u", "email=new@x.io"], at: T0 - 29 * DAY }], { rules, graph: graph() });
    expect(early.profiles).toEqual([["email=old1@x.io", "email=old2@x.io", "user_id=u"]]);
  });

  it("still resolves to a profile that is over a limit tightened later, without growing it", () => {
    const graph = stored([{ id: "p", created: T0 - DAY, ids: ["user_id=u1", "user_id=u2"] }]);
    const { plan, profiles } = run([{ ids: ["user_id=u1"] }, { ids: ["user_id=u2", "user_id=u3"] }], { graph });
    expect(plan.assignments[0]).toBe("p");
    expect(plan.assignments[1]).toBe("p");
    expect(profiles).toEqual([["user_id=u1", "user_id=u2"]]);
  });

  it("refuses a merge past 100 merges per profile but still resolves the event", () => {
    const graph = stored([
      { id: "busy", created: T0 - 9 * DAY, ids: ["anonymous_id=a1"], mergeCount: 100 },
      { id: "other", created: T0 - DAY, ids: ["anonymous_id=a2"] },
    ]);
    const { plan } = run([{ ids: ["anonymous_id=a1", "anonymous_id=a2"] }], { graph });
    expect(plan.merges).toEqual([]);
    expect(plan.assignments).toEqual(["busy"]);
  });
});

describe("alias", () => {
  it("links previousId as an anonymous id to the user", () => {
    const { plan, profiles } = run([
      { ids: ["anonymous_id=a"] },
      { ids: ["user_id=u"] },
      { ids: ["user_id=u"], alias: "a" },
    ]);
    expect(profiles).toEqual([["anonymous_id=a", "user_id=u"]]);
    expect(plan.merges.map((m) => m.rule)).toEqual(["alias"]);
  });

  it("takes previousId as a user id when one exists, and then the user_id limit applies", () => {
    const messages: Msg[] = [{ ids: ["user_id=old"] }, { ids: ["user_id=new"], alias: "old" }];
    expect(run(messages).profiles).toEqual([["user_id=new"], ["user_id=old"]]);
    expect(run(messages, { rules: { limits: [{ type: "user_id", max: 2 }] } }).profiles).toEqual([
      ["user_id=new", "user_id=old"],
    ]);
  });
});

describe("traits and times", () => {
  it("applies identify traits last-write-wins and keeps history rows on the final profile", () => {
    const { plan, graph } = run([
      { ids: ["anonymous_id=a"], traits: { plan: "pro" }, at: T0 + 2000 },
      { ids: ["anonymous_id=a"], traits: { plan: "free" }, at: T0 + 1000 },
      { ids: ["user_id=u"], traits: { name: "Ada" }, at: T0 + 3000 },
      { ids: ["user_id=u", "anonymous_id=a"], at: T0 + 4000 },
    ]);
    const profile = [...graph.profiles.values()][0];
    expect(profile?.traits.traits).toEqual({ plan: "pro", name: "Ada" });
    expect(profile?.firstSeenAt).toBe(T0 + 1000);
    expect(profile?.lastSeenAt).toBe(T0 + 4000);
    expect(plan.history.map((h) => [h.key, h.value, h.applied, h.profileId])).toEqual([
      ["plan", "pro", true, profile?.id],
      ["plan", "free", false, profile?.id],
      ["name", "Ada", true, profile?.id],
    ]);
  });
});

describe("seen times", () => {
  it("rewrites an identity's last_seen_at only when it moves by an hour or more, and first_seen_at whenever earlier", () => {
    const graph = () => stored([{ id: "p", created: T0 - DAY, ids: ["anonymous_id=a"], lastSeen: T0 }]);
    const changed = (at: number) => {
      const { plan } = run([{ ids: ["anonymous_id=a"], at }], { graph: graph() });
      return plan.seenIdentities.length > 0;
    };
    expect(changed(T0 + 10 * 60_000)).toBe(false);
    expect(changed(T0 + 60 * 60_000)).toBe(true);
    expect(changed(T0 - 60_000)).toBe(true);
  });

  it("keeps the profile's first and last seen exact", () => {
    const graph = stored([{ id: "p", created: T0 - DAY, ids: ["anonymous_id=a"] }]);
    const { plan } = run(
      [
        { ids: ["anonymous_id=a"], at: T0 + 1 },
        { ids: ["anonymous_id=a"], at: T0 - 2 * DAY },
      ],
      { graph },
    );
    expect(plan.profiles[0]).toMatchObject({ firstSeenAt: T0 - 2 * DAY, lastSeenAt: T0 + 1, changed: true });
  });
});
