import { beforeAll, describe, expect, it } from "vitest";
import { detectKind, scanCrmFile, suggestMapping } from "../crm/index.js";
import { crmAccountsCsv, type CrmAccountsExport } from "./crm-accounts-export.js";
import { crmContactsCsv, type CrmContactRow } from "./crm-export.js";
import { generateDemoStore } from "./store-generator.js";

/** What the CRM import would store from an export: every row valid, by kind. */
async function importable(csv: string) {
  const [header = ""] = csv.split("\n");
  const columns = header.split(",");
  const kind = detectKind(columns);
  const scan = await scanCrmFile(kind, csv, ",", columns, suggestMapping(kind, "hubspot", columns), 0);
  return { kind, records: scan.collector.records.length, errors: scan.collector.errors };
}

describe("crmAccountsCsv", () => {
  let contacts: CrmContactRow[];
  let accounts: CrmAccountsExport;

  beforeAll(() => {
    contacts = crmContactsCsv(generateDemoStore({ customers: 800, visitors: 100 }).people).rows;
    accounts = crmAccountsCsv(contacts);
  });

  it("writes a company per company name and deals for some of their contacts", () => {
    expect(accounts.companies).toBe(new Set(contacts.map((c) => c.company).filter(Boolean)).size);
    expect(accounts.deals).toBeGreaterThan(0);
    expect(accounts.deals).toBeLessThan(contacts.length);
  });

  it("is read by the CRM import as a valid companies and deals export", async () => {
    expect(await importable(accounts.companiesCsv)).toEqual({
      kind: "companies",
      records: accounts.companies,
      errors: [],
    });
    expect(await importable(accounts.dealsCsv)).toEqual({ kind: "deals", records: accounts.deals, errors: [] });
  });

  it("associates each deal with a contact of the export", async () => {
    const ids = new Set(contacts.map((c) => c.recordId));
    const dealContacts = accounts.dealsCsv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",").at(-4));
    expect(dealContacts.every((id) => id !== undefined && ids.has(id))).toBe(true);
  });

  it("is deterministic for a seed", () => {
    expect(crmAccountsCsv(contacts)).toEqual(accounts);
    expect(crmAccountsCsv(contacts, { seed: 7 }).dealsCsv).not.toBe(accounts.dealsCsv);
  });
});
