import { describe, expect, it } from "vitest";
import { compileRules } from "./compiled-rules.js";
import { compareRules, replay, type ReplayMessage } from "./dry-run.js";
import { DEFAULT_IDENTITY_RULES } from "./identity-rules.schema.js";

const T0 = Date.parse("2026-03-01T00:00:00Z");
let n = 0;
const msg = (m: Partial<ReplayMessage>): ReplayMessage => ({
  userId: null,
  anonymousId: null,
  traits: null,
  context: {},
  previousId: null,
  messageId: `m${++n}`,
  at: T0 + n * 1000,
  ...m,
});

const current = compileRules(DEFAULT_IDENTITY_RULES);

// Two people on one shared library computer, and one person on two devices.
const messages = [
  msg({ anonymousId: "library-pc", userId: "alice" }),
  msg({ anonymousId: "library-pc", userId: "bob" }),
  msg({ anonymousId: "laptop", userId: "carol" }),
  msg({ anonymousId: "phone", traits: { email: "carol@x.io" } }),
  msg({ anonymousId: "laptop", traits: { email: "carol@x.io" } }),
];

describe("replay", () => {
  it("resolves the messages in memory like ingestion does", () => {
    const result = replay(messages, current);
    expect(result.profiles).toBe(3);
    expect(result.merges).toBe(1);
    expect(result.clusterOf[0]).not.toBe(result.clusterOf[1]);
    expect(result.clusterOf[2]).toBe(result.clusterOf[4]);
  });
});

describe("compareRules", () => {
  it("reports no change for the same rules", () => {
    const report = compareRules(messages, current, current);
    expect(report).toMatchObject({ merges: [], splits: [], newlyResolved: 0, newlyUnresolved: 0 });
    expect(report.current).toEqual(report.proposed);
  });

  it("reports the merges a looser limit would cause", () => {
    const loose = compileRules({ ...DEFAULT_IDENTITY_RULES, limits: [{ type: "user_id", max: 2 }] });
    const report = compareRules(messages, current, loose);
    expect(report.merges).toEqual([
      {
        identifiers: expect.arrayContaining([
          { type: "user_id", value: "alice" },
          { type: "user_id", value: "bob" },
        ]),
        profiles: 2,
        messages: 2,
      },
    ]);
    expect(report.splits).toEqual([]);
    expect(report.proposed.profiles).toBe(report.current.profiles - 1);
  });

  it("reports the splits blocking an identifier would cause", () => {
    const strict = compileRules({
      ...DEFAULT_IDENTITY_RULES,
      blocked: [...DEFAULT_IDENTITY_RULES.blocked, { types: ["email"], match: "regex", value: "@x\\.io$" }],
    });
    const report = compareRules(messages, current, strict);
    expect(report.splits).toEqual([
      { identifiers: expect.arrayContaining([{ type: "email", value: "carol@x.io" }]), profiles: 2, messages: 3 },
    ]);
    expect(report).toMatchObject({ merges: [], newlyUnresolved: 0, proposed: { merges: 0 } });
  });

  it("reports the merges case-insensitive ids would cause", () => {
    const spelled = [msg({ userId: "Dana", anonymousId: "d-1" }), msg({ userId: "dana", anonymousId: "d-2" })];
    const folded = compileRules({
      ...DEFAULT_IDENTITY_RULES,
      normalization: { ...DEFAULT_IDENTITY_RULES.normalization, lowercaseIds: true },
    });
    const report = compareRules(spelled, current, folded);
    expect(report.current.profiles).toBe(2);
    expect(report.proposed.profiles).toBe(1);
    expect(report.merges).toEqual([
      {
        identifiers: expect.arrayContaining([
          { type: "user_id", value: "dana" },
          { type: "anonymous_id", value: "d-1" },
          { type: "anonymous_id", value: "d-2" },
        ]),
        profiles: 2,
        messages: 2,
      },
    ]);
  });

  it("counts the messages a rule change leaves without a usable identifier", () => {
    const strict = compileRules({
      ...DEFAULT_IDENTITY_RULES,
      blocked: [...DEFAULT_IDENTITY_RULES.blocked, { match: "regex", value: "^(phone|carol@x\\.io)$" }],
    });
    const report = compareRules(messages, current, strict);
    expect(report.newlyUnresolved).toBe(1);
    expect(report.splits).toEqual([]);
  });
});
