import { describe, expect, it } from "vitest";
import { applyTraits, mergeTraits, revertTraits, type TraitState } from "./traits.js";

const p = (at: string, messageId = `m-${at}`) => ({ at: `2026-03-01T${at}:00.000Z`, sourceId: "s", messageId });
const state = (traits: Record<string, unknown>, meta: TraitState["meta"] = {}): TraitState => ({ traits, meta });

describe("applyTraits: last write wins per trait, by message timestamp", () => {
  it.each<[string, TraitState, Record<string, unknown>, string, Record<string, unknown>, Array<[string, boolean]>]>([
    ["sets new traits", state({}), { plan: "pro" }, "10:00", { plan: "pro" }, [["plan", true]]],
    [
      "a newer value wins",
      state({ plan: "free" }, { plan: p("09:00") }),
      { plan: "pro" },
      "10:00",
      { plan: "pro" },
      [["plan", true]],
    ],
    [
      "an older value arriving late loses",
      state({ plan: "pro" }, { plan: p("10:00") }),
      { plan: "free" },
      "09:00",
      { plan: "pro" },
      [["plan", false]],
    ],
    [
      "a tie goes to the later arrival",
      state({ plan: "free" }, { plan: p("10:00") }),
      { plan: "pro" },
      "10:00",
      { plan: "pro" },
      [["plan", true]],
    ],
    [
      "a trait without provenance is overwritten",
      state({ plan: "free" }),
      { plan: "pro" },
      "00:01",
      { plan: "pro" },
      [["plan", true]],
    ],
    [
      "an equal value is no change",
      state({ plan: "pro" }, { plan: p("09:00") }),
      { plan: "pro" },
      "10:00",
      { plan: "pro" },
      [],
    ],
    [
      "objects compare by value",
      state({ a: { b: 1 } }, { a: p("09:00") }),
      { a: { b: 1 } },
      "10:00",
      { a: { b: 1 } },
      [],
    ],
    [
      "null is a value",
      state({ plan: "pro" }, { plan: p("09:00") }),
      { plan: null },
      "10:00",
      { plan: null },
      [["plan", true]],
    ],
    [
      "keys are independent",
      state({ a: 1, b: 1 }, { a: p("11:00"), b: p("09:00") }),
      { a: 2, b: 2 },
      "10:00",
      { a: 1, b: 2 },
      [
        ["a", false],
        ["b", true],
      ],
    ],
  ])("%s", (_what, before, patch, at, traits, changes) => {
    const result = applyTraits(before, patch, p(at));
    expect(result.state.traits).toEqual(traits);
    expect(result.changes.map((c) => [c.key, c.applied])).toEqual(changes);
  });

  it("records where each current value came from", () => {
    const { state: after } = applyTraits(
      state({}),
      { plan: "pro" },
      { at: "2026-03-01T10:00:00.000Z", sourceId: "src", messageId: "msg" },
    );
    expect(after.meta).toEqual({ plan: { at: "2026-03-01T10:00:00.000Z", sourceId: "src", messageId: "msg" } });
  });

  it("refreshes the provenance of an unchanged value so that an older different value cannot win later", () => {
    let s = applyTraits(state({}), { plan: "pro" }, p("09:00")).state;
    s = applyTraits(s, { plan: "pro" }, p("11:00")).state;
    expect(applyTraits(s, { plan: "free" }, p("10:00")).state.traits).toEqual({ plan: "pro" });
  });
});

describe("mergeTraits and revertTraits", () => {
  const winner = state(
    { name: "Ada", plan: "free", city: "London" },
    { name: p("08:00"), plan: p("09:00"), city: p("12:00") },
  );
  const loser = state({ plan: "pro", city: "Paris", age: 36 }, { plan: p("10:00"), city: p("11:00"), age: p("07:00") });

  it("keeps the newer value of each trait", () => {
    const merged = mergeTraits(winner, loser);
    expect(merged.state.traits).toEqual({ name: "Ada", plan: "pro", city: "London", age: 36 });
    expect(merged.fromLoser.sort()).toEqual(["age", "plan"]);
    expect(merged.state.meta.plan).toEqual(p("10:00"));
  });

  it("reverts exactly what the merge took from the loser", () => {
    const merged = mergeTraits(winner, loser).state;
    expect(revertTraits(merged, winner, loser)).toEqual(winner);
  });

  it("keeps what changed after the merge", () => {
    let merged = mergeTraits(winner, loser).state;
    merged = applyTraits(merged, { plan: "enterprise", vip: true }, p("13:00")).state;
    const reverted = revertTraits(merged, winner, loser);
    expect(reverted.traits).toEqual({ name: "Ada", plan: "enterprise", city: "London", vip: true });
  });

  it("handles traits without provenance (written before provenance existed)", () => {
    const w = state({ name: "Ada" });
    const l = state({ name: "Bob", age: 1 });
    const merged = mergeTraits(w, l).state;
    expect(merged.traits).toEqual({ name: "Ada", age: 1 });
    expect(revertTraits(merged, w, l)).toEqual(w);
  });
});
