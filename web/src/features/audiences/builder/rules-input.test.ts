import { describe, expect, it } from "vitest";
import { checkRules, issueText, locateIssue, toRulesInput } from "./rules-input";

describe("toRulesInput", () => {
  it("keeps what changes the audience and drops builder-only keys", () => {
    expect(
      toRulesInput({
        id: "root",
        combinator: "and",
        not: false,
        rules: [
          { id: "r1", field: "traits.country", operator: "=", value: "DE", valueSource: "value", disabled: true },
          {
            id: "g1",
            combinator: "or",
            not: true,
            rules: [{ id: "r2", field: "traits.plan", operator: "in", value: ["pro"], muted: true }],
          },
        ],
      }),
    ).toEqual({
      combinator: "and",
      rules: [
        { field: "traits.country", operator: "=", value: "DE" },
        { combinator: "or", not: true, rules: [{ field: "traits.plan", operator: "in", value: ["pro"], muted: true }] },
      ],
    });
  });
});

describe("locateIssue", () => {
  it.each([
    ["rules.rules[1].value.event", [1], "value.event"],
    ["rules.1.value.event", [1], "value.event"],
    ["rules.0.rules.2.field", [0, 2], "field"],
    ["rules.rules[0].rules[2].value", [0, 2], "value"],
    ["rules.3.value", [3], "value"],
    ["rules", [], ""],
    ["rules.1.audience.rules.0.value", [1], "audience.rules.0.value"],
  ])("%s → rule %j, %s", (path, nodePath, detail) => {
    expect(locateIssue(path, "bad")).toEqual({ nodePath, detail, message: "bad" });
  });

  it("reads the schema's array paths", () => {
    expect(locateIssue(["rules", 2, "rules", 0, "value", "count", "n"], "too big")).toEqual({
      nodePath: [2, 0],
      detail: "value.count.n",
      message: "too big",
    });
  });
});

describe("issueText", () => {
  it.each([
    [
      { nodePath: [0], detail: "value.event", message: "rules.0.value.event: must name an event" },
      "event: must name an event",
    ],
    [{ nodePath: [0], detail: "value", message: "must be a number" }, "Must be a number"],
    [{ nodePath: [], detail: "", message: 'unknown event "Nope"' }, 'Unknown event "Nope"'],
  ])("%j reads %s", (issue, text) => {
    expect(issueText(issue)).toBe(text);
  });
});

describe("checkRules", () => {
  const tree = (rules: unknown[]) => ({ combinator: "and", rules });

  it.each([
    ["an empty tree", tree([]), null],
    ["a complete trait rule", tree([{ field: "traits.country", operator: "=", value: "DE" }]), null],
    [
      "a complete nested event rule",
      tree([
        {
          combinator: "or",
          rules: [
            {
              field: "event",
              operator: "performed",
              value: { event: "Order Completed", count: { op: "atLeast", n: 2 } },
            },
          ],
        },
      ]),
      null,
    ],
  ])("accepts %s", (_name, input, expected) => {
    expect(checkRules(input)).toBe(expected);
  });

  it.each([
    [
      "a rule without a field",
      tree([
        { field: "traits.country", operator: "=", value: "x" },
        { field: "~", operator: "=", value: "" },
      ]),
      [1],
      "",
    ],
    [
      "a number rule without a number",
      tree([{ combinator: "or", rules: [{ field: "computed.orders", operator: ">=", value: "" }] }]),
      [0, 0],
      "value",
    ],
    [
      "an event rule without an event",
      tree([{ field: "event", operator: "performed", value: { event: "", count: { op: "atLeast", n: 1 } } }]),
      [0],
      "value.event",
    ],
    [
      "a relative date without an amount",
      tree([{ field: "traits.signup", operator: "inLast", value: { amount: "", unit: "days" } }]),
      [0],
      "value.amount",
    ],
  ])("points at %s", (_name, input, nodePath, detail) => {
    expect(checkRules(input)).toMatchObject({ nodePath, detail });
  });
});
