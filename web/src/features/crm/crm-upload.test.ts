import { afterEach, describe, expect, it, vi } from "vitest";
import { retarget, TARGET_LABELS_BY_KIND, uploadCrmCsv } from "./crm-upload";

describe("retarget", () => {
  const mapping = [
    { column: "Email", target: "email" },
    { column: "Work Email", target: "ignore" },
    { column: "Notes", target: "notes" },
  ];
  it.each([
    ["Work Email", "email", ["ignore", "email", "notes"]],
    ["Notes", "ignore", ["email", "ignore", "ignore"]],
    ["Email", "phone", ["phone", "ignore", "notes"]],
  ])("%s → %s", (column, target, expected) => {
    expect(retarget(mapping, column, target).map((m) => m.target)).toEqual(expected);
  });
});

describe("uploadCrmCsv", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the chosen kind and reads the one the server answers", async () => {
    const fetchMock = vi.fn(async () =>
      Response.json(
        { id: "j1", kind: "deals", preset: "salesforce", fileName: "o.csv", totalRows: 3, columns: ["Opportunity ID"] },
        { status: 201 },
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const uploaded = await uploadCrmCsv(new File(["x"], "o.csv"), null, "deals");
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe("/api/crm/imports?name=o.csv&kind=deals");
    expect(uploaded).toMatchObject({ id: "j1", kind: "deals", preset: "salesforce", totalRows: 3 });
  });
});

describe("targets by kind", () => {
  it("offers each kind its own required fields", () => {
    expect(TARGET_LABELS_BY_KIND.contacts.email).toContain("required");
    expect(Object.keys(TARGET_LABELS_BY_KIND.companies)).toContain("industry");
    expect(Object.keys(TARGET_LABELS_BY_KIND.deals)).toEqual(
      expect.arrayContaining(["amount", "closeDate", "contactIds"]),
    );
  });
});
