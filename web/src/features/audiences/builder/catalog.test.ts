import { describe, expect, it } from "vitest";
import { eventOptions, toCatalog, valueTypeOf } from "./catalog";

describe("toCatalog", () => {
  const response = {
    traits: [{ key: "plan", type: "string", seen: 10, suggestions: ["pro", "free"] }],
    events: [
      { name: "$page", count: 50, properties: [] },
      {
        name: "Order Completed",
        count: 90,
        properties: [{ key: "revenue", type: "number", seen: 9, suggestions: [] }],
      },
    ],
    identifiers: [{ type: "email", count: 4 }],
    audiences: [
      { id: "a", name: "VIPs" },
      { id: "b", name: "This one" },
    ],
  };

  it("orders events by frequency and leaves out the audience being edited", () => {
    const catalog = toCatalog(response, "b");
    expect(catalog.events.map((e) => e.name)).toEqual(["Order Completed", "$page"]);
    expect(catalog.audiences).toEqual([{ id: "a", name: "VIPs" }]);
    expect(catalog.refreshedAt).toBeNull();
    expect(eventOptions(catalog)).toEqual([
      { value: "Order Completed", label: "Order Completed" },
      { value: "$page", label: "Any page view" },
    ]);
  });

  it.each([
    ["number", "number"],
    ["date", "date"],
    ["geo", "string"],
  ])("reads type %s as %s", (type, expected) => {
    expect(valueTypeOf(type)).toBe(expected);
  });
});
