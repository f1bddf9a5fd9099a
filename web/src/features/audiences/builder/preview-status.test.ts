import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../../../lib/graphql";
import { previewStatus, sizesByIndex } from "./preview-status";

const base = { localIssue: null, error: null, debouncing: false, fetching: false };
const issue = { nodePath: [0], detail: "value", message: "must be a number" };

describe("previewStatus", () => {
  it.each([
    ["figures match the tree", base, { kind: "ready" }],
    ["the user is typing", { ...base, debouncing: true }, { kind: "updating" }],
    ["a request is on its way", { ...base, fetching: true }, { kind: "updating" }],
    [
      "the tree is incomplete, whatever else",
      { ...base, localIssue: issue, fetching: true },
      { kind: "invalid", issue },
    ],
    [
      "the server rejected a rule",
      {
        ...base,
        error: new GraphQLRequestError(
          "rules.rules[1].value.event: unknown event",
          "BAD_USER_INPUT",
          "rules.rules[1].value.event",
        ),
      },
      {
        kind: "invalid",
        issue: { nodePath: [1], detail: "value.event", message: "rules.rules[1].value.event: unknown event" },
      },
    ],
  ])("%s", (_name, input, expected) => {
    expect(previewStatus(input)).toEqual(expected);
  });

  it("keeps other failures apart from invalid rules", () => {
    const error = new GraphQLRequestError("Cannot reach the Mosaic server.", "NETWORK_ERROR");
    expect(previewStatus({ ...base, error })).toEqual({ kind: "failed", error });
    // A newer tree typed after the failure is what matters now.
    expect(previewStatus({ ...base, error, debouncing: true })).toEqual({ kind: "updating" });
  });
});

describe("sizesByIndex", () => {
  it("maps each top-level child to its size", () => {
    expect([
      ...sizesByIndex([
        { index: 1, count: 5 },
        { index: 0, count: 9 },
      ]),
    ]).toEqual([
      [1, 5],
      [0, 9],
    ]);
    expect(sizesByIndex(undefined).size).toBe(0);
  });
});
