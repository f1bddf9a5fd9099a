import { describe, expect, it } from "vitest";
import { parseTrace, traceRows, traceValue } from "./trace";

const condition = (holds: boolean, text: string) => ({
  type: "condition",
  path: "rules.0",
  field: "traits.country",
  operator: "=",
  subject: "country",
  expected: '= "DE"',
  actual: holds ? "DE" : "FR",
  holds,
  text,
});

describe("parseTrace + traceRows", () => {
  it("flattens a nested trace into indented ✓ / ✗ rows", () => {
    const trace = parseTrace({
      type: "group",
      path: "",
      combinator: "and",
      not: false,
      holds: false,
      children: [
        condition(true, 'country = "DE" (needs = "DE") ✓'),
        {
          type: "group",
          path: "rules.1",
          combinator: "or",
          not: true,
          holds: false,
          children: [
            {
              type: "audience",
              path: "rules.1.rules.0",
              audienceId: "a",
              name: "VIPs",
              negated: false,
              holds: true,
              child: { type: "group", path: "x", combinator: "and", not: false, holds: true, children: [] },
            },
          ],
        },
      ],
    });
    expect(trace).not.toBeNull();
    expect(trace && traceRows(trace).map((r) => [r.depth, r.holds, r.kind, r.label])).toEqual([
      [0, false, "group", "All of"],
      [1, true, "condition", 'country = "DE" (needs = "DE")'],
      [1, false, "group", "None of"],
      [2, true, "audience", "In audience “VIPs”"],
      [3, true, "group", "All of"],
    ]);
  });

  it("writes the sentence itself when the server sent no text", () => {
    const trace = parseTrace(condition(false, ""));
    expect(trace && traceRows(trace)[0]?.label).toBe('country = FR (needs = "DE")');
  });

  it.each([null, "x", { type: "group", holds: true }, { type: "weird", holds: true }, { type: "condition" }])(
    "rejects %j",
    (value) => {
      expect(parseTrace(value)).toBeNull();
    },
  );
});

describe("traceValue", () => {
  it.each([
    [null, "no value"],
    ["", '""'],
    ["DE", "DE"],
    [4, "4"],
    [false, "false"],
    [["a", "b"], '["a","b"]'],
  ])("%j → %s", (value, text) => {
    expect(traceValue(value)).toBe(text);
  });
});
