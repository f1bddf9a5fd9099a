import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { getSchema } from "../graphql/schema.js";

describe("access declarations", () => {
  it("every query and mutation declares who may use it", async () => {
    await getSchema();
    const storage = getMetadataStorage();
    const declared = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const roots = [...storage.queries, ...storage.mutations];
    expect(roots.length).toBeGreaterThan(10);
    const open = roots.filter((r) => !declared.has(`${r.target.name}.${r.methodName}`)).map((r) => r.schemaName);
    expect(open).toEqual([]);
  });
});
