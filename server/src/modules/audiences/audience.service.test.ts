import { ruleGroupSchema } from "@mosaic/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { audienceSql, countAudience, sampleAudience } from "./audience.service.js";
import { and, event, last, or, rule } from "./cases.fixture.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { NOW, loadDataset, type Dataset } from "./dataset.fixture.js";

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

const recentBuyers = ruleGroupSchema.parse(and(event("performed", { event: "Order Completed", window: last(30) })));

describe("audience service", () => {
  it("counts", async () => {
    const options = { workspaceId: data.workspaceId, now: NOW, timeoutMs: 5_000 };
    expect(await countAudience(db.dataSource, recentBuyers, catalog, options)).toBe(3);
    expect(await countAudience(db.dataSource, ruleGroupSchema.parse(and()), catalog, options)).toBe(7);
  });

  it("samples members, most recently seen first", async () => {
    const sample = await sampleAudience(db.dataSource, recentBuyers, catalog, {
      workspaceId: data.workspaceId,
      now: NOW,
      limit: 2,
    });
    expect(sample.map((s) => data.nameOf(s.id))).toEqual(["carol", "alice"]);
    expect(sample[1]?.traits).toMatchObject({ country: "US" });
  });

  it("shows the SQL: parameterised, and readable with the values written in", () => {
    const shown = audienceSql(ruleGroupSchema.parse(and(rule("traits.country", "=", "US"))), catalog, {
      workspaceId: data.workspaceId,
      now: NOW,
    });
    expect(shown.sql).toContain("p.traits @> $2::jsonb");
    expect(shown.params).toEqual([data.workspaceId, '{"country":"US"}']);
    expect(shown.readable).toContain(`p.traits @> '{"country":"US"}'::jsonb`);
  });

  it("needs no profile lookups when no condition reads the profile, and only the set's otherwise", () => {
    const options = { workspaceId: data.workspaceId, now: NOW };
    expect(audienceSql(recentBuyers, catalog, options).sql).not.toContain("FROM profiles");
    const withTrait = ruleGroupSchema.parse(
      and(event("performed", { event: "Order Completed", window: last(30) }), rule("traits.country", "=", "US")),
    );
    expect(audienceSql(withTrait, catalog, options).sql).toMatch(/\nJOIN profiles p ON p\.id = c\d+\.profile_id\n/);
    const traitOnly = ruleGroupSchema.parse(
      or(event("performed", { event: "Order Completed", window: last(30) }), rule("traits.country", "=", "US")),
    );
    expect(audienceSql(traitOnly, catalog, options).sql).toContain("FROM profiles p");
  });
});
