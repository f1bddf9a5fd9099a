import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { and, checkCase, event, last, not, or, rule, type Case } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { EVIL_EVENT, EVIL_PROPERTY, loadDataset, type Dataset } from "./dataset.fixture.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let data: Dataset;
let catalog: Catalog;

beforeAll(async () => {
  db = await createTestDatabase();
  data = await loadDataset(db.dataSource);
  catalog = await loadCatalog(db.dataSource, data.workspaceId);
});
afterAll(async () => {
  await db.drop();
});

const OC = "Order Completed";
const PV = "Product Viewed";
const count = (op: string, n: number) => ({ op, n });
const where = (property: string, operator: string, value: unknown = null) => ({ property, operator, value });
const sum = (fn: string, operator: string, value: unknown, extra: Record<string, unknown> = {}) =>
  event("aggregate", { event: OC, fn, property: "revenue", compare: { operator, value }, ...extra });
const NOBODY_ORDERED_30D = ["bob", "erin", "frank", "gina"] as const;

/**
 * "The last 30 days" is [2026-01-30T12:00Z, NOW): bob's order at 11:00 that day is out, carol's at 13:00 is in
 * (both read from the raw events of the boundary day); carol's order of 2026-03-05 is in the future.
 */
const PERFORMED: Case[] = [
  [
    "at least 3 in the last 30 days",
    and(event("performed", { event: OC, count: count("atLeast", 3), window: last(30) })),
    ["alice"],
  ],
  [
    "at least 2 in the last 30 days",
    and(event("performed", { event: OC, count: count("atLeast", 2), window: last(30) })),
    ["alice", "carol"],
  ],
  [
    "at least once in the last 30 days",
    and(event("performed", { event: OC, window: last(30) })),
    ["alice", "carol", "dave"],
  ],
  [
    "at most 1 in the last 30 days (includes never)",
    and(event("performed", { event: OC, count: count("atMost", 1), window: last(30) })),
    ["bob", "dave", "erin", "frank", "gina"],
  ],
  [
    "exactly 2 in the last 30 days",
    and(event("performed", { event: OC, count: count("exactly", 2), window: last(30) })),
    ["carol"],
  ],
  [
    "exactly 0 in the last 30 days",
    and(event("performed", { event: OC, count: count("exactly", 0), window: last(30) })),
    [...NOBODY_ORDERED_30D],
  ],
  [
    "at least 3 ever (the future counts)",
    and(event("performed", { event: OC, count: count("atLeast", 3) })),
    ["alice", "carol"],
  ],
  ["at least 2 ever", and(event("performed", { event: OC, count: count("atLeast", 2) })), ["alice", "bob", "carol"]],
  [
    "at most 2 ever",
    and(event("performed", { event: OC, count: count("atMost", 2) })),
    ["bob", "dave", "erin", "frank", "gina"],
  ],
  [
    "at least 0: everyone",
    and(event("performed", { event: OC, count: count("atLeast", 0) })),
    ["alice", "bob", "carol", "dave", "erin", "frank", "gina"],
  ],
  [
    "in the last 36 hours (within two days)",
    and(event("performed", { event: OC, window: last(36, "hours") })),
    ["alice"],
  ],
  [
    "on one whole day",
    and(event("performed", { event: OC, window: { operator: "between", value: ["2026-01-30", "2026-01-30"] } })),
    ["bob", "carol"],
  ],
  [
    "between two instants",
    and(
      event("performed", {
        event: OC,
        window: { operator: "between", value: ["2026-01-30T12:30:00Z", "2026-02-10T10:00:00Z"] },
      }),
    ),
    ["carol"],
  ],
  [
    "in a window with events of the profile on both sides of it only (carol)",
    and(event("performed", { event: OC, window: { operator: "between", value: ["2026-02-27", "2026-03-02"] } })),
    ["alice"],
  ],
  [
    "not in a window with events of the profile on both sides of it only",
    and(event("notPerformed", { event: OC, window: { operator: "between", value: ["2026-02-27", "2026-03-02"] } })),
    ["bob", "carol", "dave", "erin", "frank", "gina"],
  ],
  [
    "before a date",
    and(event("performed", { event: OC, window: { operator: "before", value: "2026-01-01" } })),
    ["bob"],
  ],
  [
    "after a date",
    and(event("performed", { event: OC, window: { operator: "after", value: "2026-03-02" } })),
    ["carol"],
  ],
  [
    "more than 90 days ago",
    and(event("performed", { event: OC, window: { operator: "moreThanAgo", value: { amount: 90, unit: "days" } } })),
    ["bob"],
  ],
  [
    "with a property filter",
    and(
      event("performed", {
        event: OC,
        count: count("atLeast", 2),
        window: last(30),
        where: [where("category", "=", "shoes")],
      }),
    ),
    ["alice"],
  ],
  [
    "with a numeric property filter, ever",
    and(event("performed", { event: OC, where: [where("revenue", ">", 100)] })),
    ["alice", "bob"],
  ],
  [
    "with an in filter",
    and(event("performed", { event: OC, where: [where("category", "in", ["tv", "jackets"])] })),
    ["alice", "bob", "carol"],
  ],
  [
    "with two filters",
    and(
      event("performed", {
        event: OC,
        where: [where("category", "=", "shoes"), where("revenue", "between", [40, 100])],
      }),
    ),
    ["alice", "carol"],
  ],
  ["any page view", and(event("performed", { event: "$page" })), ["alice", "bob"]],
  ["any screen view", and(event("performed", { event: "$screen" })), ["erin"]],
  ["a named page", and(event("performed", { event: "Home" })), ["alice"]],
  [
    "any page view with a filter",
    and(event("performed", { event: "$page", where: [where("path", "contains", "pric")] })),
    ["bob"],
  ],
];

const NOT_PERFORMED: Case[] = [
  ["not in the last 30 days", and(event("notPerformed", { event: OC, window: last(30) })), [...NOBODY_ORDERED_30D]],
  ["never", and(event("notPerformed", { event: OC })), ["erin", "frank", "gina"]],
  [
    "no page view in the last 7 days",
    and(event("notPerformed", { event: "$page", window: last(7) })),
    ["bob", "carol", "dave", "erin", "frank", "gina"],
  ],
  [
    "no shoes ever",
    and(event("notPerformed", { event: OC, where: [where("category", "=", "shoes")] })),
    ["bob", "erin", "frank", "gina"],
  ],
];

const FIRST_LAST: Case[] = [
  [
    "first in the last 30 days",
    and(event("firstPerformed", { event: OC, when: last(30) })),
    ["alice", "carol", "dave"],
  ],
  [
    "first before a date",
    and(event("firstPerformed", { event: OC, when: { operator: "before", value: "2026-01-01" } })),
    ["bob"],
  ],
  [
    "last more than 30 days ago",
    and(event("lastPerformed", { event: OC, when: { operator: "moreThanAgo", value: { amount: 30, unit: "days" } } })),
    ["bob"],
  ],
  [
    "last in the next 7 days (a future event)",
    and(event("lastPerformed", { event: OC, when: { operator: "inNext", value: { amount: 7, unit: "days" } } })),
    ["carol"],
  ],
  [
    "last with a filter",
    and(event("lastPerformed", { event: OC, when: last(2), where: [where("category", "=", "shoes")] })),
    ["alice"],
  ],
];

const AGGREGATES: Case[] = [
  ["total spend ever ≥ 500", and(sum("sum", ">=", 500)), ["bob"]],
  ["total spend ever < 100 (includes never)", and(sum("sum", "<", 100)), ["dave", "erin", "frank", "gina"]],
  ["total spend in the last 30 days ≥ 100", and(sum("sum", ">=", 100, { window: last(30) })), ["alice", "carol"]],
  [
    "total spend in the last 30 days = 0",
    and(sum("sum", "=", 0, { window: last(30) })),
    ["bob", "dave", "erin", "frank", "gina"],
  ],
  ["total spend in the last 30 days ≠ 0", and(sum("sum", "!=", 0, { window: last(30) })), ["alice", "carol"]],
  ["total spend on shoes ≥ 200", and(sum("sum", ">=", 200, { where: [where("category", "=", "shoes")] })), ["alice"]],
  ["average ever > 100", and(sum("avg", ">", 100)), ["bob"]],
  [
    "average in the last 30 days between 90 and 110",
    and(sum("avg", "between", [90, 110], { window: last(30) })),
    ["alice"],
  ],
  ["minimum ever ≤ 10", and(sum("min", "<=", 10)), ["bob", "carol"]],
  ["maximum in the last 30 days > 150", and(sum("max", ">", 150, { window: last(30) })), ["alice"]],
  ["maximum ever not between 0 and 100", and(sum("max", "notBetween", [0, 100])), ["alice", "bob"]],
  ["NOT (total spend ever ≥ 500)", not(sum("sum", ">=", 500)), ["alice", "carol", "dave", "erin", "frank", "gina"]],
];

const SEQUENCES: Case[] = [
  [
    "viewed then ordered within 2 days",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: PV }, { event: OC }],
        within: { amount: 2, unit: "days" },
      }),
    ),
    ["alice", "carol"],
  ],
  [
    "within 30 days",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: PV }, { event: OC }],
        within: { amount: 30, unit: "days" },
      }),
    ),
    ["alice", "carol", "dave"],
  ],
  [
    "starting in the last 10 days",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: PV }, { event: OC }],
        within: { amount: 7, unit: "days" },
        window: last(10),
      }),
    ),
    ["carol"],
  ],
  [
    "with a filter on a step",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: PV }, { event: OC, where: [where("category", "=", "jackets")] }],
        within: { amount: 2, unit: "days" },
      }),
    ),
    ["carol"],
  ],
  [
    "three steps",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: PV }, { event: OC }, { event: "$page" }],
        within: { amount: 30, unit: "days" },
      }),
    ),
    ["alice"],
  ],
  [
    "the order matters",
    and(
      rule("sequence", "performedInOrder", {
        steps: [{ event: OC }, { event: PV }],
        within: { amount: 30, unit: "days" },
      }),
    ),
    ["carol"],
  ],
];

const MIXED: Case[] = [
  [
    "≥ 3 orders in 30 days and country = US",
    and(
      event("performed", { event: OC, count: count("atLeast", 3), window: last(30) }),
      rule("traits.country", "=", "US"),
    ),
    ["alice"],
  ],
  [
    "ordered in 90 days and no page view in 7 days",
    and(
      event("performed", { event: OC, window: last(90) }),
      event("notPerformed", { event: "$page", window: last(7) }),
    ),
    ["bob", "carol", "dave"],
  ],
  [
    "NOT (at most 1 in 30 days)",
    not(event("performed", { event: OC, count: count("atMost", 1), window: last(30) })),
    ["alice", "carol"],
  ],
  [
    "US and not a recent buyer, or has a phone",
    or(
      and(rule("traits.country", "=", "US"), not(event("performed", { event: OC, window: last(30) }))),
      rule("identifiers.phone", "exists"),
    ),
    ["alice", "dave", "frank"],
  ],
  [
    "(≥ 3 orders in 30 days and US) or total spend ≥ 500: driven by the union of the two sets",
    or(
      and(
        event("performed", { event: OC, count: count("atLeast", 3), window: last(30) }),
        rule("traits.country", "=", "US"),
      ),
      sum("sum", ">=", 500),
    ),
    ["alice", "bob"],
  ],
  [
    "(≥ 3 orders in 30 days and US) or (spend ≥ 500 and not (ordered in 90 days, no page view in 7))",
    or(
      and(
        event("performed", { event: OC, count: count("atLeast", 3), window: last(30) }),
        rule("traits.country", "=", "US"),
      ),
      and(
        sum("sum", ">=", 500),
        not(
          event("performed", { event: OC, window: last(90) }),
          event("notPerformed", { event: "$page", window: last(7) }),
        ),
      ),
    ),
    ["alice"],
  ],
  [
    "three sets under an OR: ≥ 3 orders in 30 days, spend ≥ 500, any screen view",
    or(
      event("performed", { event: OC, count: count("atLeast", 3), window: last(30) }),
      sum("sum", ">=", 500),
      event("performed", { event: "$screen" }),
    ),
    ["alice", "bob", "erin"],
  ],
  ["an event name with SQL in it", and(event("performed", { event: EVIL_EVENT })), ["frank"]],
  [
    "a property key with a quote",
    and(event("performed", { event: EVIL_EVENT, where: [where(EVIL_PROPERTY, "=", "1; DROP")] })),
    ["frank"],
  ],
];

describe.each([
  ["performed", PERFORMED],
  ["notPerformed", NOT_PERFORMED],
  ["first and last performed", FIRST_LAST],
  ["aggregates", AGGREGATES],
  ["sequences", SEQUENCES],
  ["mixed", MIXED],
])("event rules: %s", (_kind, cases) => {
  it.each(cases)("%s", async (_name, tree, expected) => {
    await checkCase(db.dataSource, data, catalog, tree, expected);
  });
});

describe("event rules: the value rollup", () => {
  it("holds the dataset's order categories, so the filtered cases above read it (and are compared with raw)", () => {
    expect(catalog.indexedProperties).toContainEqual({ event: OC, key: "category" });
  });
});
