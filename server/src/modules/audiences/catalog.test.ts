import { builderFields } from "@mosaic/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import type { Catalog } from "./catalog.js";
import { loadCatalog } from "./catalog.service.js";
import { EVIL_EVENT, EVIL_PROPERTY, EVIL_TRAIT, loadDataset, type Dataset } from "./dataset.fixture.js";

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

const typeOf = (fields: Catalog["traits"], key: string) => fields.find((f) => f.key === key)?.type;

describe("catalog", () => {
  it("infers trait types from the data, the most frequent type winning", () => {
    expect(Object.fromEntries(catalog.traits.map((t) => [t.key, t.type]))).toEqual({
      name: "string",
      country: "string",
      plan: "string",
      age: "number",
      vip: "boolean",
      signup: "date",
      renewal: "date",
      tags: "array",
      [EVIL_TRAIT]: "string",
    });
  });

  it("suggests values of low-cardinality strings only, most frequent first", () => {
    const suggestions = Object.fromEntries(catalog.traits.map((t) => [t.key, t.suggestions]));
    expect(suggestions.country).toEqual(["US", "DE", "FR"]);
    expect(suggestions.plan).toEqual(["pro", "free", "business"]);
    expect(suggestions.name).toEqual([]);
  });

  it("lists events with counts, page and screen pseudo events, and property types per event", () => {
    const events = new Map(catalog.events.map((e) => [e.name, e]));
    expect([...events.keys()].sort()).toEqual(
      [
        "$page",
        "$screen",
        "Home",
        "Order Completed",
        "Pricing",
        "Product Viewed",
        EVIL_EVENT,
        "Settings",
        "Signed Up",
      ].sort(),
    );
    const orders = events.get("Order Completed");
    expect(orders?.count).toBe(10);
    expect(typeOf(orders?.properties ?? [], "revenue")).toBe("number");
    expect(orders?.properties.find((p) => p.key === "category")?.suggestions).toEqual([
      "shoes",
      "jackets",
      "socks",
      "tv",
    ]);
    expect(typeOf(events.get("$page")?.properties ?? [], "path")).toBe("string");
    expect(typeOf(events.get(EVIL_EVENT)?.properties ?? [], EVIL_PROPERTY)).toBe("string");
  });

  it("lists identifier types and saved audiences with their rules", () => {
    expect(catalog.identifiers).toEqual(
      expect.arrayContaining([
        { type: "email", count: 4 },
        { type: "phone", count: 2 },
      ]),
    );
    expect(catalog.audiences.map((a) => a.name)).toEqual(["Loop A", "Loop B", "US", "US buyers"]);
    expect(catalog.audiences.find((a) => a.name === "US")?.rules?.rules).toHaveLength(1);
  });

  it("keeps workspaces apart", async () => {
    const other = await loadCatalog(db.dataSource, data.otherWorkspaceId);
    expect(other.events.map((e) => e.name)).not.toContain("Signed Up");
    expect(other.traits.map((t) => t.key)).not.toContain("renewal");
    expect(other.identifiers).toEqual(expect.arrayContaining([{ type: "email", count: 1 }]));
  });

  it("becomes react-querybuilder fields", () => {
    const groups = builderFields(catalog);
    const fields = groups.flatMap((g) => g.options);
    const country = fields.find((f) => f.name === "traits.country");
    expect(country).toMatchObject({ label: "country", inputType: "text", valueType: "string" });
    expect(country?.values?.map((v) => v.value)).toEqual(["US", "DE", "FR"]);
    expect(country?.operators.find((o) => o.name === "exists")).toMatchObject({ arity: "unary" });
    expect(fields.find((f) => f.name === "traits.age")?.operators.map((o) => o.name)).toContain("between");
    expect(fields.find((f) => f.name === "computed.lifetime_value")?.operators.map((o) => o.name)).not.toContain(
      "exists",
    );
    expect(fields.find((f) => f.name === "event")?.values?.find((v) => v.value === "$page")?.label).toBe(
      "Any page view",
    );
    expect(fields.find((f) => f.name === "identifiers.email")?.kind).toBe("identifier");
    expect(fields.find((f) => f.name === "audience")?.values?.map((v) => v.label)).toContain("US buyers");
  });
});
