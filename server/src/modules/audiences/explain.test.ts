import { randomUUID } from "node:crypto";
import { ruleGroupSchema } from "@mosaic/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { and, event, last, not, or, rule } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { NOW, loadDataset, type Dataset, type Person } from "./dataset.fixture.js";
import { explainProfile, type TraceNode } from "./explain.js";

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

async function explain(person: Person, tree: unknown) {
  const explanation = await explainProfile(db.dataSource, ruleGroupSchema.parse(tree), catalog, {
    workspaceId: data.workspaceId,
    now: NOW,
    profileId: data.ids[person],
  });
  if (!explanation) throw new Error("no explanation");
  return explanation;
}

/** The texts of the conditions, in tree order. */
function texts(node: TraceNode): string[] {
  switch (node.type) {
    case "condition":
      return [node.text];
    case "audience":
      return texts(node.child);
    case "group":
      return node.children.flatMap(texts);
  }
}

const OC = "Order Completed";

describe("explain", () => {
  it.each<[string, Person, unknown, string]>([
    [
      "an event count",
      "alice",
      event("performed", { event: OC, count: { op: "atLeast", n: 3 }, window: last(30) }),
      "Order Completed count in the last 30 days = 4 (needs ≥ 3) ✓",
    ],
    [
      "an event count that fails",
      "bob",
      event("performed", { event: OC, count: { op: "atLeast", n: 3 }, window: last(30) }),
      "Order Completed count in the last 30 days = 0 (needs ≥ 3) ✗",
    ],
    [
      "a filtered count",
      "alice",
      event("performed", { event: OC, where: [{ property: "category", operator: "=", value: "shoes" }] }),
      'Order Completed where category = "shoes" count ever = 3 (needs ≥ 1) ✓',
    ],
    ["never performed", "erin", event("notPerformed", { event: OC }), "Order Completed count ever = 0 (needs = 0) ✓"],
    ["a trait", "alice", rule("traits.country", "=", "US"), 'country = US (needs = "US") ✓'],
    ["a missing trait", "erin", rule("traits.country", "=", "US"), 'country = none (needs = "US") ✗'],
    [
      "a relative date",
      "alice",
      rule("traits.signup", "inLast", { amount: 30, unit: "days" }),
      "signup = 2026-02-20 (needs in the last 30 days) ✓",
    ],
    [
      "a computed trait",
      "bob",
      rule("computed.lifetime_value", ">=", 500),
      "Lifetime value (historical) = 510 (needs ≥ 500) ✓",
    ],
    [
      "a total",
      "bob",
      event("aggregate", { event: OC, fn: "sum", property: "revenue", compare: { operator: ">=", value: 500 } }),
      "total revenue of Order Completed ever = 510 (needs ≥ 500) ✓",
    ],
    [
      "the last time",
      "bob",
      event("lastPerformed", { event: OC, when: { operator: "moreThanAgo", value: { amount: 30, unit: "days" } } }),
      "last Order Completed = 2026-01-30T11:00:00+00:00 (needs more than 30 days ago) ✓",
    ],
    [
      "identifiers",
      "alice",
      rule("identifiers.email", "endsWith", "@gmail.com"),
      'email identifiers = alice@gmail.com (needs one ending with "@gmail.com") ✓',
    ],
    [
      "a sequence",
      "carol",
      rule("sequence", "performedInOrder", {
        steps: [{ event: "Product Viewed" }, { event: OC }],
        within: { amount: 2, unit: "days" },
      }),
      "Product Viewed, then Order Completed within 2 days = 2026-02-25T10:00:00+00:00 (needs to have happened) ✓",
    ],
  ])("%s", async (_name, person, leaf, text) => {
    const explanation = await explain(person, and(leaf));
    expect(texts(explanation.trace)).toEqual([text]);
    expect(explanation.member).toBe(text.endsWith("✓"));
  });

  it("traces groups, NOT and audiences with the value of each condition", async () => {
    const tree = or(
      and(rule("traits.country", "=", "US"), not(event("performed", { event: OC, window: last(30) }))),
      rule("audience", "memberOf", data.audiences.buyers),
    );
    const { member, trace } = await explain("frank", tree);
    expect(member).toBe(true);
    expect(trace).toMatchObject({
      type: "group",
      combinator: "or",
      holds: true,
      children: [
        {
          type: "group",
          holds: true,
          children: [
            { type: "condition", holds: true, actual: "US" },
            { type: "group", not: true, holds: true, children: [{ type: "condition", holds: false, actual: 0 }] },
          ],
        },
        {
          type: "audience",
          name: "US buyers",
          holds: false,
          child: {
            type: "group",
            holds: false,
            children: [
              { type: "audience", name: "US", holds: true },
              { type: "condition", holds: false, actual: 0 },
            ],
          },
        },
      ],
    });
  });

  it("returns null for a profile of another workspace", async () => {
    const explanation = await explainProfile(db.dataSource, ruleGroupSchema.parse(and()), catalog, {
      workspaceId: data.otherWorkspaceId,
      now: NOW,
      profileId: data.ids.alice,
    });
    expect(explanation).toBeNull();
    const unknown = await explainProfile(db.dataSource, ruleGroupSchema.parse(and()), catalog, {
      workspaceId: data.workspaceId,
      now: NOW,
      profileId: randomUUID(),
    });
    expect(unknown).toBeNull();
  });

  it("refuses a profile id that is not a UUID", async () => {
    await expect(
      explainProfile(db.dataSource, ruleGroupSchema.parse(and()), catalog, {
        workspaceId: data.workspaceId,
        now: NOW,
        profileId: "1' OR '1'='1",
      }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "profileId" });
  });
});
