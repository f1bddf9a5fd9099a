import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { and, checkCase, not, or, rule, type Case } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { EVIL_TRAIT, loadDataset, type Dataset } from "./dataset.fixture.js";

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

const t = (key: string, operator: string, value: unknown = null) => rule(`traits.${key}`, operator, value);
const relative = (amount: number, unit = "days") => ({ amount, unit });

/** Every trait operator, by type. Missing values and values of another type never match (nor fail). */
const TRAITS: Case[] = [
  ["string =", and(t("country", "=", "US")), ["alice", "carol", "frank"]],
  ["string != (needs a value)", and(t("country", "!=", "US")), ["bob", "dave", "gina"]],
  ["string in", and(t("country", "in", ["DE", "FR"])), ["bob", "dave", "gina"]],
  ["string in, as builder text", and(t("country", "in", "DE, FR")), ["bob", "dave", "gina"]],
  ["string notIn", and(t("country", "notIn", ["US"])), ["bob", "dave", "gina"]],
  ["contains (case-insensitive)", and(t("plan", "contains", "O")), ["alice", "dave", "frank"]],
  ["doesNotContain", and(t("plan", "doesNotContain", "o")), ["bob", "carol", "gina"]],
  ["beginsWith", and(t("plan", "beginsWith", "bus")), ["carol"]],
  ["endsWith", and(t("plan", "endsWith", "EE")), ["bob", "gina"]],
  ["string exists", and(t("country", "exists")), ["alice", "bob", "carol", "dave", "frank", "gina"]],
  ["string notExists", and(t("country", "notExists")), ["erin"]],
  ["number >", and(t("age", ">", 30)), ["alice", "carol"]],
  ["number >= (text from the builder)", and(t("age", ">=", "34")), ["alice", "carol"]],
  ["number <", and(t("age", "<", 20)), ["bob"]],
  ["number <=", and(t("age", "<=", 27)), ["bob", "gina"]],
  ["number =", and(t("age", "=", 34)), ["alice"]],
  ["number !=", and(t("age", "!=", 34)), ["bob", "carol", "gina"]],
  ["number between (inclusive)", and(t("age", "between", [19, 34])), ["alice", "bob", "gina"]],
  ["number notBetween", and(t("age", "notBetween", [19, 34])), ["carol"]],
  ["number in", and(t("age", "in", [19, 52])), ["bob", "carol"]],
  ["number notIn", and(t("age", "notIn", [19])), ["alice", "carol", "gina"]],
  ["exists counts a value of another type", and(t("age", "exists")), ["alice", "bob", "carol", "dave", "gina"]],
  ["number notExists", and(t("age", "notExists")), ["erin", "frank"]],
  ["boolean = true", and(t("vip", "=", true)), ["alice"]],
  ["boolean = false", and(t("vip", "=", false)), ["bob"]],
  ["boolean != true", and(t("vip", "!=", true)), ["bob"]],
  ["boolean exists", and(t("vip", "exists")), ["alice", "bob"]],
  ["date before", and(t("signup", "before", "2026-01-01")), ["bob", "carol"]],
  ["date after (on or after)", and(t("signup", "after", "2026-02-20")), ["alice"]],
  ["date between, whole end day", and(t("signup", "between", ["2025-12-15", "2026-02-20"])), ["alice", "carol"]],
  ["date inLast", and(t("signup", "inLast", relative(30))), ["alice"]],
  ["date moreThanAgo", and(t("signup", "moreThanAgo", relative(60))), ["bob", "carol"]],
  ["date moreThanAgo in months", and(t("signup", "moreThanAgo", relative(6, "months"))), ["bob"]],
  ["date inNext", and(t("renewal", "inNext", relative(30))), ["gina"]],
  ["date inNext in weeks", and(t("renewal", "inNext", relative(10, "weeks"))), ["bob", "gina"]],
  ["date exists (a malformed date is still a value)", and(t("signup", "exists")), ["alice", "bob", "carol", "dave"]],
  ["date notExists", and(t("signup", "notExists")), ["erin", "frank", "gina"]],
  ["array contains", and(t("tags", "contains", "vip")), ["alice"]],
  ["array doesNotContain", and(t("tags", "doesNotContain", "vip")), ["bob"]],
  ["array exists", and(t("tags", "exists")), ["alice", "bob"]],
  ["a key with quotes", and(t(EVIL_TRAIT, "=", "x'y")), ["frank"]],
];

const GROUPS: Case[] = [
  ["an empty tree: everyone", and(), ["alice", "bob", "carol", "dave", "erin", "frank", "gina"]],
  ["an empty OR group: everyone", or(), ["alice", "bob", "carol", "dave", "erin", "frank", "gina"]],
  ["OR", or(t("country", "=", "DE"), t("age", ">", 50)), ["bob", "carol", "gina"]],
  ["NOT includes profiles without the trait", not(t("country", "=", "US")), ["bob", "dave", "erin", "gina"]],
  ["NOT of a comparison is NULL-safe", not(t("age", ">", 30)), ["bob", "dave", "erin", "frank", "gina"]],
  ["double NOT", not(not(t("age", ">", 30))), ["alice", "carol"]],
  ["NOT of an empty group: nobody", not(), []],
  [
    "a muted rule is left out",
    and(t("country", "=", "US"), { ...t("plan", "=", "free"), muted: true }),
    ["alice", "carol", "frank"],
  ],
  [
    "nested AND / OR / NOT",
    or(and(t("country", "=", "US"), not(t("plan", "=", "pro"))), and(t("age", "<", 20))),
    ["bob", "carol"],
  ],
  ["a value with SQL in it is inert", and(t("country", "=", "' OR '1'='1")), []],
  ["LIKE wildcards are literal", and(t("plan", "contains", "%")), []],
];

describe("trait rules", () => {
  it.each(TRAITS)("%s", async (_name, tree, expected) => {
    await checkCase(db.dataSource, data, catalog, tree, expected);
  });
});

describe("groups", () => {
  it.each(GROUPS)("%s", async (_name, tree, expected) => {
    await checkCase(db.dataSource, data, catalog, tree, expected);
  });
});
