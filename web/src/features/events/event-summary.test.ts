import { describe, expect, it } from "vitest";
import { eventActor, eventHighlights, eventTitle } from "./event-summary";

describe("eventTitle", () => {
  it("uses the event or page name, else what the type means", () => {
    expect(eventTitle({ type: "track", event: "Order Completed", properties: {} })).toBe("Order Completed");
    expect(eventTitle({ type: "identify", event: null, properties: {} })).toBe("Identified");
    expect(eventTitle({ type: "page", properties: {} })).toBe("Page viewed");
  });
});

describe("eventHighlights", () => {
  it("formats revenue in its currency and counts products", () => {
    expect(
      eventHighlights(
        { type: "track", properties: { revenue: 129, currency: "eur", products: [{}, {}, {}] } },
        "en-US",
      ),
    ).toEqual(["€129.00", "3 items"]);
  });
  it("shows where a page view happened", () => {
    expect(eventHighlights({ type: "page", properties: { title: "Pricing", path: "/pricing" } }, "en-US")).toEqual([
      "Pricing",
      "/pricing",
    ]);
  });
  it("is empty when nothing stands out", () => {
    expect(eventHighlights({ type: "track", properties: { nested: { a: 1 } } })).toEqual([]);
  });
});

describe("eventActor", () => {
  it("prefers the user id, then a short anonymous id", () => {
    expect(eventActor({ userId: "u_1", anonymousId: "a", profileId: "p" })).toBe("u_1");
    expect(eventActor({ userId: null, anonymousId: "1234567890abcdef", profileId: "p" })).toBe("anon 1234567890ab");
    expect(eventActor({ profileId: "0123456789" })).toBe("profile 01234567");
  });
});
