import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { and, checkCase, not, rule, type Case } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { loadDataset, type Dataset } from "./dataset.fixture.js";

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

const c = (name: string, operator: string, value: unknown = null) => rule(`computed.${name}`, operator, value);
const id = (type: string, operator: string, value: unknown = null) => rule(`identifiers.${type}`, operator, value);
const NO_LTV = ["carol", "dave", "erin", "frank", "gina"] as const;

/** Computed traits: alice (4 orders, 400) and bob (2 orders, 510) have profile_ltv rows; the others count as 0. */
const COMPUTED: Case[] = [
  ["lifetime value ≥ 500", and(c("lifetime_value", ">=", 500)), ["bob"]],
  ["lifetime value < 100 (no orders is 0)", and(c("lifetime_value", "<", 100)), [...NO_LTV]],
  [
    "NOT lifetime value ≥ 500",
    not(c("lifetime_value", ">=", 500)),
    ["alice", "carol", "dave", "erin", "frank", "gina"],
  ],
  ["orders = 0", and(c("orders", "=", 0)), [...NO_LTV]],
  ["orders != 0", and(c("orders", "!=", 0)), ["alice", "bob"]],
  ["orders between 2 and 4", and(c("orders", "between", [2, 4])), ["alice", "bob"]],
  ["orders notBetween 1 and 3", and(c("orders", "notBetween", [1, 3])), ["alice", ...NO_LTV]],
  ["orders in 0, 2", and(c("orders", "in", [0, 2])), ["bob", ...NO_LTV]],
  ["orders notIn 4", and(c("orders", "notIn", [4])), ["bob", ...NO_LTV]],
  ["orders > 3", and(c("orders", ">", 3)), ["alice"]],
  ["orders <= 2", and(c("orders", "<=", 2)), ["bob", ...NO_LTV]],
  ["P(alive) > 0.5", and(c("p_alive", ">", 0.5)), ["alice"]],
  ["P(alive) unknown", and(c("p_alive", "notExists")), [...NO_LTV]],
  ["predicted 12-month value ≥ 100", and(c("predicted_value_12m", ">=", 100)), ["alice"]],
  ["expected orders known", and(c("expected_orders_12m", "exists")), ["alice", "bob"]],
  ["average order value > 200", and(c("average_order_value", ">", 200)), ["bob"]],
  ["first order after a date", and(c("first_order_at", "after", "2026-01-01")), ["alice"]],
  ["last order in the last 7 days", and(c("last_order_at", "inLast", { amount: 7, unit: "days" })), ["alice"]],
  ["last order between two dates", and(c("last_order_at", "between", ["2026-01-01", "2026-01-31"])), ["bob"]],
  ["last seen in the last 3 days", and(c("last_seen_at", "inLast", { amount: 3, unit: "days" })), ["alice"]],
  ["first seen before a date", and(c("first_seen_at", "before", "2025-10-01")), ["erin"]],
  [
    "last seen more than 30 days ago",
    and(c("last_seen_at", "moreThanAgo", { amount: 30, unit: "days" })),
    ["erin", "gina"],
  ],
  ["last order before a date", and(c("last_order_at", "before", "2026-02-01")), ["bob"]],
];

const IDENTIFIERS: Case[] = [
  ["has an email", and(id("email", "exists")), ["alice", "bob", "frank", "gina"]],
  ["has no email", and(id("email", "notExists")), ["carol", "dave", "erin"]],
  ["email equal, any case", and(id("email", "=", "ALICE@gmail.com")), ["alice"]],
  ["email ends with, any case", and(id("email", "endsWith", "@gmail.com")), ["alice", "frank"]],
  ["an underscore is not a wildcard", and(id("email", "endsWith", "_xample.com")), []],
  ["has a phone", and(id("phone", "exists")), ["alice", "dave"]],
  ["NOT has a phone", not(id("phone", "exists")), ["bob", "carol", "erin", "frank", "gina"]],
];

describe("rule kinds on the profile", () => {
  describe("computed and predicted traits", () => {
    it.each(COMPUTED)("%s", async (_name, tree, expected) => {
      await checkCase(db.dataSource, data, catalog, tree, expected);
    });
  });

  describe("identifiers", () => {
    it.each(IDENTIFIERS)("%s", async (_name, tree, expected) => {
      await checkCase(db.dataSource, data, catalog, tree, expected);
    });
  });

  describe("audience membership", () => {
    it("member of", async () => {
      await checkCase(db.dataSource, data, catalog, and(rule("audience", "memberOf", data.audiences.us)), [
        "alice",
        "carol",
        "frank",
      ]);
    });
    it("not member of", async () => {
      await checkCase(db.dataSource, data, catalog, and(rule("audience", "notMemberOf", data.audiences.us)), [
        "bob",
        "dave",
        "erin",
        "gina",
      ]);
    });
    it("an audience that uses another audience", async () => {
      await checkCase(db.dataSource, data, catalog, and(rule("audience", "memberOf", data.audiences.buyers)), [
        "alice",
        "carol",
      ]);
    });
    it("together with other rules", async () => {
      await checkCase(
        db.dataSource,
        data,
        catalog,
        and(rule("audience", "memberOf", data.audiences.buyers), c("lifetime_value", ">", 0)),
        ["alice"],
      );
    });
  });
});
