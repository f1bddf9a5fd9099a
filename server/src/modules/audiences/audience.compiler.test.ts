import { randomUUID } from "node:crypto";
import { ruleGroupSchema } from "@mosaic/shared";
import { describe, expect, it } from "vitest";
import { compileAudience, inlineParams } from "./audience.compiler.js";
import { AudienceRuleError } from "./audience.errors.js";
import type { Catalog } from "./catalog.js";
import { and, event, or, rule } from "./cases.fixture.js";

const LOOP_A = randomUUID();
const LOOP_B = randomUUID();
const BROKEN = randomUUID();

const field = (key: string, type: "string" | "number" | "boolean" | "date") => ({
  key,
  type,
  seen: 1,
  suggestions: [],
});
const catalog: Catalog = {
  traits: [field("country", "string"), field("age", "number"), field("vip", "boolean"), field("signup", "date")],
  events: [
    { name: "Order Completed", count: 1, properties: [field("revenue", "number"), field("category", "string")] },
    { name: "Product Viewed", count: 1, properties: [] },
    { name: "$page", count: 1, properties: [] },
  ],
  identifiers: [{ type: "email", count: 1 }],
  audiences: [
    {
      id: LOOP_A,
      name: "Loop A",
      rules: { combinator: "and", rules: [{ field: "audience", operator: "memberOf", value: LOOP_B }] },
    },
    {
      id: LOOP_B,
      name: "Loop B",
      rules: { combinator: "and", rules: [{ field: "audience", operator: "memberOf", value: LOOP_A }] },
    },
    { id: BROKEN, name: "Broken", rules: null },
  ],
  refreshedAt: null,
  indexedTraits: [],
  indexedProperties: [],
};
const options = { workspaceId: randomUUID(), now: new Date("2026-03-01T12:00:00Z") };

function issuesOf(tree: unknown) {
  try {
    compileAudience(ruleGroupSchema.parse(tree), catalog, options);
  } catch (error) {
    if (error instanceof AudienceRuleError) return error;
    throw error;
  }
  throw new Error("compiled");
}

const OC = "Order Completed";

/** Names come from the catalog only; whatever is not in it is an error that names the rule. */
describe("compiler validation", () => {
  it.each([
    [
      "a trait not in the catalog (with SQL in its name)",
      and(rule("traits.country'; DROP TABLE profiles;--", "=", "x")),
      "rules.0.field",
      /unknown trait/,
    ],
    ["an unknown computed trait", and(rule("computed.revenue", ">", 1)), "rules.0.field", /unknown computed trait/],
    ["an unknown identifier type", and(rule("identifiers.fax", "exists")), "rules.0.field", /unknown identifier type/],
    [
      "an unknown event",
      and(event("performed", { event: "Order Complete" })),
      "rules.0.value.event",
      /unknown event "Order Complete"/,
    ],
    [
      "an unknown property filter",
      and(event("performed", { event: OC, where: [{ property: "x') OR true --", operator: "=", value: 1 }] })),
      "rules.0.value.where.0.property",
      /unknown property/,
    ],
    [
      "an unknown aggregated property",
      and(event("aggregate", { event: OC, fn: "sum", property: "price", compare: { operator: ">", value: 1 } })),
      "rules.0.value.property",
      /unknown property "price"/,
    ],
    [
      "an aggregate of a text property",
      and(event("aggregate", { event: OC, fn: "sum", property: "category", compare: { operator: ">", value: 1 } })),
      "rules.0.value.property",
      /not a number/,
    ],
    [
      "an operator that does not fit the type",
      and(rule("traits.age", "contains", "3")),
      "rules.0.operator",
      /does not apply to a number/,
    ],
    [
      "a range on text",
      and(rule("traits.country", "between", [1, 2])),
      "rules.0.operator",
      /does not apply to a string/,
    ],
    ["a text value for a number", and(rule("traits.age", "=", "thirty")), "rules.0.value", /must be a number/],
    ["a non-boolean for a boolean", and(rule("traits.vip", "=", "yes")), "rules.0.value", /true or false/],
    ["numbers for a date range", and(rule("traits.signup", "between", [1, 2])), "rules.0.value", /two dates/],
    [
      "a filter operator that does not fit",
      and(event("performed", { event: OC, where: [{ property: "revenue", operator: "beginsWith", value: "1" }] })),
      "rules.0.value.where.0.operator",
      /does not apply/,
    ],
    [
      "exists on a computed trait that always has a value",
      and(rule("computed.lifetime_value", "exists")),
      "rules.0.operator",
      /does not apply/,
    ],
    [
      "a sequence step that is unknown",
      and(
        rule("sequence", "performedInOrder", {
          steps: [{ event: OC }, { event: "Nope" }],
          within: { amount: 1, unit: "days" },
        }),
      ),
      "rules.0.value.steps.1.event",
      /unknown event/,
    ],
    ["a nested problem", or(and(), and(rule("traits.nope", "exists"))), "rules.1.rules.0.field", /unknown trait/],
    ["an unknown audience", and(rule("audience", "memberOf", randomUUID())), "rules.0.value", /unknown audience/],
    ["an audience cycle", and(rule("audience", "memberOf", LOOP_A)), "rules.0.value", /refers back to itself/],
    ["an audience with invalid rules", and(rule("audience", "notMemberOf", BROKEN)), "rules.0.value", /invalid rules/],
  ])("rejects %s", (_name, tree, path, message) => {
    const error = issuesOf(tree);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.field).toBe(path);
    expect(error.issues[0]?.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it("reports every problem at once", () => {
    const error = issuesOf(and(rule("traits.a", "exists"), rule("traits.b", "exists")));
    expect(error.issues.map((i) => i.path)).toEqual(["rules.0.field", "rules.1.field"]);
    expect(error.message).toMatch(/and 1 more/);
  });

  it("limits the number of conditions", () => {
    const tree = and(...Array.from({ length: 101 }, () => rule("traits.age", ">", 1)));
    expect(issuesOf(tree).message).toMatch(/at most 100 conditions/);
  });

  it("passes names and values as parameters, never as SQL text", () => {
    const evil = "x'); DROP TABLE profiles; --";
    const evilCatalog: Catalog = {
      ...catalog,
      traits: [...catalog.traits, field(evil, "string")],
      events: [{ name: evil, count: 1, properties: [field(evil, "string")] }],
    };
    const tree = ruleGroupSchema.parse(
      and(
        rule(`traits.${evil}`, "contains", evil),
        event("performed", { event: evil, where: [{ property: evil, operator: "=", value: evil }] }),
      ),
    );
    const compiled = compileAudience(tree, evilCatalog, options);
    expect(compiled.sql).not.toContain("DROP");
    expect(compiled.params).toContain(evil);
    expect(compiled.params).toContain(`%${evil}%`);
    // The analysts' version quotes them as literals.
    expect(inlineParams(compiled.sql, compiled.params)).toContain(`'x''); DROP TABLE profiles; --'::text`);
  });

  it("reads all-time aggregates, raw events for short windows and filters, the rollup for the rest", () => {
    const sqlOf = (rule: unknown, strategy?: "raw") =>
      compileAudience(ruleGroupSchema.parse(and(rule)), catalog, { ...options, ...(strategy ? { strategy } : {}) }).sql;
    const performed = (value: Record<string, unknown>) => event("performed", { event: OC, ...value });
    const total = (value: Record<string, unknown>) =>
      event("aggregate", {
        event: OC,
        fn: "sum",
        property: "revenue",
        compare: { operator: ">=", value: 500 },
        ...value,
      });
    const window = (amount: number) => ({ window: { operator: "inLast", value: { amount, unit: "days" } } });
    const tables = (sql: string) =>
      [...new Set(sql.match(/FROM (events|profile_event_\w+|identities)/g))].map((m) => m.slice(5)).sort();

    expect(tables(sqlOf(performed({ count: { op: "atLeast", n: 3 } })))).toEqual(["profile_event_stats"]);
    // Once in a window: first / last times (events only for a profile with events after the window's end).
    expect(tables(sqlOf(performed(window(30))))).toEqual(["events", "profile_event_stats"]);
    expect(tables(sqlOf(event("notPerformed", { event: "$page", ...window(7) })))).toEqual([
      "events",
      "profile_event_stats",
    ]);
    expect(sqlOf(performed(window(30)))).toMatch(/s\.last_at >= \$\d+::timestamptz AND s\.last_at < \$\d+/);
    // Counts: raw events for short windows, the daily rollup for long ones.
    const twice = { count: { op: "atLeast", n: 2 } };
    expect(tables(sqlOf(performed({ ...twice, ...window(30) })))).toEqual(["events"]);
    expect(tables(sqlOf(performed({ ...twice, ...window(90) })))).toEqual(["events", "profile_event_days"]);
    expect(tables(sqlOf(event("performed", { event: "$page", ...twice, ...window(7) })))).toEqual(["events"]);
    expect(tables(sqlOf(event("performed", { event: "$page", ...twice, ...window(90) })))).toEqual([
      "events",
      "profile_event_days",
    ]);
    expect(tables(sqlOf(performed({ where: [{ property: "category", operator: "=", value: "shoes" }] })))).toEqual([
      "events",
    ]);
    expect(tables(sqlOf(total({})))).toEqual(["profile_event_numbers"]);
    expect(tables(sqlOf(total(window(30))))).toEqual(["events", "profile_event_day_numbers"]);
    expect(tables(sqlOf(event("lastPerformed", { event: OC, when: window(30).window })))).toEqual([
      "profile_event_stats",
    ]);
    expect(tables(sqlOf(performed({ count: { op: "atLeast", n: 3 } }), "raw"))).toEqual(["events"]);
  });
});
