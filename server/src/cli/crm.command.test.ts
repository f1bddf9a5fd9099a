import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { runCli } from "../../test/process.js";
import { ensureWorkspace } from "../modules/workspaces/index.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "mosaic-crm-cli-"));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const salesforce = write(
  "contacts.csv",
  [
    "Contact ID,First Name,Email,Mobile,Mailing Country,Created Date",
    "003A1,Ada,ada@cli.test,0151 1234567,Germany,11/23/2026 4:35 PM",
    "003A2,Grace,grace@cli.test,,,11/24/2026 9:00 AM",
  ].join("\n"),
);

const accounts = write(
  "accounts.csv",
  [
    "Account ID,Account Name,Website,Industry,Employees,Annual Revenue,Billing Country,Last Modified Date",
    '001A1,Globex,globex.test,Energy,1200,"4,000,000",Germany,3/1/2026 4:35 PM',
  ].join("\n"),
);
const opportunities = write(
  "opportunities.csv",
  ["Opportunity ID,Opportunity Name,Stage,Amount,Close Date", "006A1,Globex expansion,Prospecting,lots,7/30/2026"].join(
    "\n",
  ),
);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureWorkspace(db.dataSource.manager, "cli", "CLI");
  env = { DATABASE_URL: db.url };
});
afterAll(async () => db.drop());

const stored = () =>
  db.dataSource.query(`SELECT record_id, phone_key, crm_created_at FROM crm_contacts ORDER BY record_id`);

describe("mosaic crm import", () => {
  it("checks every row with --dry-run and stores nothing", async () => {
    const { code, output } = await runCli(["crm", "import", salesforce, "--dry-run", "--map", "Mobile=phone"], env);
    expect(output).toMatch(/Preset: salesforce/);
    expect(output).toMatch(/Mobile → phone/);
    expect(output).toMatch(/Dry run: 2 records valid, 0 rows invalid; nothing stored/);
    expect(code).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it("imports with --map overrides, and a second run changes nothing", async () => {
    const first = await runCli(["crm", "import", salesforce, "--map", "Mobile=phone", "--workspace", "cli"], env);
    expect(first.output).toMatch(/Imported 2 CRM contacts: 2 new, 0 changed, 0 unchanged. Matched 0, unmatched 2/);
    expect(first.code).toBe(0);
    const rows = await stored();
    expect(rows[0]).toMatchObject({ record_id: "003A1", phone_key: "+491511234567" });
    const second = await runCli(["crm", "import", salesforce, "--map", "Mobile=phone"], env);
    expect(second.output).toMatch(/0 new, 0 changed, 2 unchanged/);
    expect(await stored()).toEqual(rows);
  });

  it.each([
    [["crm", "import"], /missing the file/],
    [["crm", "import", salesforce, "--preset", "pipedrive"], /--preset: must be one of hubspot, salesforce/],
    [["crm", "import", salesforce, "--map", "Mobile=cell"], /the target must be one of/],
    [["crm", "import", salesforce, "--map", "Nope=phone"], /no column "Nope"/],
    [["crm", "import", salesforce, "--map", "Email=ignore"], /map a column to email/],
    [["crm", "import", salesforce, "--kind", "leads"], /--kind: must be one of contacts, companies, deals/],
    [["crm", "import", accounts, "--map", "Website=email"], /the target must be one of .* \(for companies\)/],
  ])("refuses %j", async (args, message) => {
    const { code, output } = await runCli(args, env);
    expect(code).not.toBe(0);
    expect(output).toMatch(message);
  });
});

describe("mosaic crm import of companies and deals", () => {
  it("reads the kind from a Salesforce Account export and imports it", async () => {
    const { code, output } = await runCli(["crm", "import", accounts, "--workspace", "cli"], env);
    expect(output).toMatch(/Kind: companies. Preset: salesforce/);
    expect(output).toMatch(/Imported 1 CRM companies: 1 new/);
    expect(code).toBe(0);
    expect(await db.dataSource.query(`SELECT record_id, fields->>'industry' AS industry FROM crm_companies`)).toEqual([
      { record_id: "001A1", industry: "Energy" },
    ]);
  });

  it("prints each bad row of a deals export and stores nothing", async () => {
    const { code, output } = await runCli(["crm", "import", opportunities, "--kind", "deals"], env);
    expect(code).toBe(1);
    expect(output).toMatch(/line 2 \(Amount\): "lots" is not an amount/);
    expect(await db.dataSource.query(`SELECT 1 FROM crm_deals`)).toEqual([]);
  });
});
