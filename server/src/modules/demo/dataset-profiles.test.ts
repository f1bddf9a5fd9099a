import { describe, expect, it } from "vitest";
import { deriveProfiles } from "./dataset-profiles.js";
import type { DemoDataset, DemoMessage } from "./demo-types.js";

describe("deriveProfiles", () => {
  it("lets the latest identify win per trait, whatever the order of the messages", () => {
    const context = {};
    const identify = (t: string, traits: Record<string, unknown>): DemoMessage => ({
      source: "backend",
      personKey: "p1",
      message: { type: "identify", messageId: t, userId: "u1", timestamp: t, traits, context },
    });
    const dataset: DemoDataset = {
      people: [
        {
          key: "p1",
          kind: "customer",
          anonymousIds: [],
          previousPhones: [],
          country: "US",
          city: "Austin",
          orders: 0,
          revenue: 0,
        },
      ],
      messages: [
        identify("2026-01-03T00:00:00.000Z", { plan: "business" }),
        identify("2026-01-01T00:00:00.000Z", { plan: "free", email: "A@X.example", city: "Austin" }),
        identify("2026-01-02T00:00:00.000Z", { plan: "pro", city: "Boston" }),
      ],
    };
    const { profiles, identities } = deriveProfiles(dataset);
    expect(profiles[0]?.traits).toEqual({ plan: "business", email: "A@X.example", city: "Boston" });
    expect(profiles[0]?.firstSeenAt).toBe(Date.parse("2026-01-01T00:00:00.000Z"));
    expect(profiles[0]?.history.filter((w) => w.key === "plan").map((w) => w.value)).toEqual([
      "free",
      "pro",
      "business",
    ]);
    expect(profiles[0]?.traitMeta.get("city")?.messageId).toBe("2026-01-02T00:00:00.000Z");
    expect(identities.map((i) => `${i.type}:${i.value}`).sort()).toEqual(["email:a@x.example", "user_id:u1"]);
  });

  it("refuses an identifier claimed by two people", () => {
    const message = (personKey: string, id: string): DemoMessage => ({
      source: "website",
      personKey,
      message: {
        type: "page",
        messageId: id,
        anonymousId: "shared",
        timestamp: "2026-01-01T00:00:00.000Z",
        name: "Home",
        properties: {},
        context: {},
      },
    });
    const person = (key: string) => ({
      key,
      kind: "visitor" as const,
      anonymousIds: ["shared"],
      previousPhones: [],
      country: "US",
      city: "Austin",
      orders: 0,
      revenue: 0,
    });
    expect(() =>
      deriveProfiles({ people: [person("a"), person("b")], messages: [message("a", "1"), message("b", "2")] }),
    ).toThrow(/belongs to both/);
  });
});
