import { describe, expect, it } from "vitest";
import { arrivedSince, messageTitle, senderLabel, typeLabel } from "./message-summary";

describe("messageTitle", () => {
  it.each([
    [{ type: "track", event: "Order Completed" }, "Order Completed"],
    [{ type: "track", event: null }, "(no event)"],
    [{ type: "page", event: "Home" }, "Home"],
    [{ type: "page", event: null }, "Page"],
    [{ type: "identify", event: null }, "Identify"],
    [{ type: null, event: null }, "Unreadable request"],
    [{ type: "custom", event: null }, "custom"],
  ])("%j → %s", (message, expected) => {
    expect(messageTitle(message)).toBe(expected);
  });
});

describe("senderLabel", () => {
  it.each([
    [{ userId: "u1", anonymousId: "a1" }, "user u1"],
    [{ userId: null, anonymousId: "a1" }, "anon a1"],
    [{ userId: null, anonymousId: null }, "no id"],
  ])("%j → %s", (message, expected) => {
    expect(senderLabel(message)).toBe(expected);
  });
});

describe("typeLabel", () => {
  it.each([
    ["alias", "Alias"],
    [null, "Request"],
  ])("%s → %s", (type, expected) => {
    expect(typeLabel(type)).toBe(expected);
  });
});

describe("arrivedSince", () => {
  it.each([
    ["the first load highlights nothing", null, ["a", "b"], []],
    ["new ids are highlighted", ["a", "b"], ["c", "a", "b"], ["c"]],
    ["nothing new", ["a", "b"], ["a", "b"], []],
    ["ids that fell off the list are ignored", ["a", "b"], ["c", "a"], ["c"]],
  ])("%s", (_, previous, current, expected) => {
    expect([...arrivedSince(previous, current)]).toEqual(expected);
  });
});
