import { describe, expect, it } from "vitest";
import { MAX_KEPT_PAYLOAD_CHARS, REJECTIONS_KEPT, rejectionRecords, wholeRequestRejection } from "./rejection-log.js";

const reason = "event: is required for track";

describe("rejectionRecords", () => {
  it.each([
    [
      "a batch item, by its index",
      "batch" as const,
      {
        batch: [
          { type: "track", userId: "u1", event: "ok" },
          { type: "track", userId: 42, anonymousId: "a" },
        ],
      },
      { index: 1, messageId: "m2", reason },
      {
        type: "track",
        event: null,
        userId: "42",
        anonymousId: "a",
        payload: { type: "track", userId: 42, anonymousId: "a" },
      },
    ],
    [
      "a single-message endpoint: the type is the endpoint, the write key is dropped",
      "page" as const,
      { name: "Home", anonymousId: "a1", writeKey: "wk_secret" },
      { index: 0, messageId: null, reason },
      { type: "page", event: "Home", userId: null, anonymousId: "a1", payload: { name: "Home", anonymousId: "a1" } },
    ],
    [
      "an item that is not an object",
      "batch" as const,
      { batch: ["nope"] },
      { index: 0, messageId: null, reason },
      { type: null, event: null, userId: null, anonymousId: null, payload: null },
    ],
    [
      "a payload too large to keep",
      "batch" as const,
      { batch: [{ type: "track", event: "Big", properties: { blob: "x".repeat(MAX_KEPT_PAYLOAD_CHARS) } }] },
      { index: 0, messageId: "big", reason },
      { type: "track", event: "Big", userId: null, anonymousId: null, payload: null },
    ],
    [
      "non-string summary fields",
      "batch" as const,
      { batch: [{ type: ["track"], event: { name: "x" }, userId: true, anonymousId: Number.NaN }] },
      { index: 0, messageId: null, reason },
      { type: null, event: null, userId: null, anonymousId: null },
    ],
  ])("%s", (_, endpoint, body, rejection, expected) => {
    const [record] = rejectionRecords(endpoint, body, [rejection]);
    expect(record).toMatchObject({ ...rejection, ...expected });
  });

  it("keeps only the last REJECTIONS_KEPT of a request", () => {
    const rejected = Array.from({ length: REJECTIONS_KEPT + 5 }, (_, index) => ({ index, messageId: null, reason }));
    const records = rejectionRecords("batch", { batch: [] }, rejected);
    expect(records).toHaveLength(REJECTIONS_KEPT);
    expect(records[0]?.index).toBe(5);
  });

  it("records a request refused as a whole at index 0", () => {
    expect(wholeRequestRejection("the body is not valid JSON")).toMatchObject({
      index: 0,
      reason: "the body is not valid JSON",
      payload: null,
    });
  });
});
