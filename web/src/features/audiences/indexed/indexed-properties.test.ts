import { describe, expect, it } from "vitest";
import type { IndexedPropertyStatus } from "../../../gql/graphql";
import { indexedSummary } from "./indexed-properties";

describe("indexedSummary", () => {
  it.each<[IndexedPropertyStatus[], string]>([
    [[], "No event property is rolled up yet: the catalog picks them when it refreshes."],
    [["ready"], "1 of 1 property ready."],
    [["ready", "building", "ready"], "2 of 3 properties ready."],
    [["failed", "ready", "building"], "1 of 3 properties ready, 1 failed."],
  ])("%j", (statuses, text) => {
    expect(indexedSummary(statuses)).toBe(text);
  });
});
