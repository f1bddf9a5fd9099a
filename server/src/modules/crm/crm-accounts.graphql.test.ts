import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { insertProfile } from "../../../test/fixtures.js";

let app: TestApp;
let admin: string;
let ada: string;

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => app.server.services.db.query(sql, params);

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn("admin");
  ada = await insertProfile(app.server.services.db, app.workspaceId, {
    traits: { email: "ada@shop.test" },
    identities: [["email", "ada@shop.test"]],
    lastSeen: "2026-03-01T00:00:00Z",
  });
});
afterAll(async () => app.close());

const CONTACTS = [
  "Record ID,First Name,Email,Associated Company IDs,Last Modified Date",
  "101,Ada,ada@shop.test,9001;9002,2026-04-01 09:00",
].join("\n");

const COMPANIES = [
  "Record ID,Company name,Company Domain Name,Industry,Number of Employees,Annual Revenue,City,Country/Region," +
    "Create Date,Last Modified Date",
  '9001,Acme GmbH,acme.test,Manufacturing,250,"12,500,000",Berlin,Germany,2025-01-10,2026-03-01 10:00',
  "9002,Beta Ltd,beta.test,Retail,12,,London,United Kingdom,2025-02-10,2026-03-01 10:00",
].join("\n");

const DEALS = [
  "Record ID,Deal Name,Deal Stage,Amount,Close Date,Pipeline,Deal owner,Associated Contact IDs,Associated Company IDs," +
    "Create Date,Last Modified Date",
  '7001,Acme renewal,contractsent,"$4,800.00",2026-06-30,Sales Pipeline,Sam Taylor,101,9001,2026-01-05,2026-03-02',
  "7002,Acme pilot,closedwon,1200,2025-11-15,Sales Pipeline,Sam Taylor,101,9001,2025-09-01,2025-11-15",
  "7003,Other deal,appointmentscheduled,300,2026-07-01,Sales Pipeline,Priya Shah,555,9002,2026-02-01,2026-02-01",
].join("\n");

const OPPORTUNITIES = [
  "Opportunity ID,Opportunity Name,Stage,Amount,Close Date,Account ID,Contact ID,Opportunity Owner,Created Date," +
    "Last Modified Date",
  "006A1,Globex expansion,Negotiation/Review,9000,7/30/2026,001A1,003A1,Alex Morgan,1/5/2026 9:00 AM,3/1/2026 4:35 PM",
].join("\n");

type Job = {
  id: string;
  kind: string;
  preset: string;
  status: string;
  insertedRows: number;
  errorCount: number;
  errors: Array<{ line: number; column: string | null; reason: string }>;
  failure: string | null;
};

async function upload(csv: string, params = "") {
  const response = await fetch(`${app.url}/api/crm/imports?name=export.csv${params}`, {
    method: "POST",
    headers: { "content-type": "text/csv", cookie: admin },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as { id: string; kind: string; preset: string } };
}

/** Upload, preview with the suggested mapping, start, wait: as the Import tab does. */
async function importCsv(csv: string, params = ""): Promise<Job | undefined> {
  const uploaded = await upload(csv, params);
  expect(uploaded.status).toBe(201);
  const preview = await app.gql<{ crmImportPreview: { suggestedMapping: Array<{ column: string; target: string }> } }>(
    `query($id: ID!) { crmImportPreview(id: $id) { suggestedMapping { column target } } }`,
    { id: uploaded.body.id },
    { cookie: admin },
  );
  expect(preview.errors).toBeUndefined();
  const started = await app.gql(
    `mutation($id: ID!, $mapping: [CrmColumnMappingInput!]!) { startCrmImport(id: $id, mapping: $mapping) { id } }`,
    { id: uploaded.body.id, mapping: preview.data?.crmImportPreview.suggestedMapping },
    { cookie: admin },
  );
  expect(started.errors).toBeUndefined();
  await app.server.services.crmImports.settled(uploaded.body.id);
  const job = await app.gql<{ crmImport: Job }>(
    `query($id: ID!) { crmImport(id: $id) { id kind preset status insertedRows errorCount
       errors { line column reason } failure } }`,
    { id: uploaded.body.id },
    { cookie: admin },
  );
  return job.data?.crmImport;
}

const count = async (table: "crm_companies" | "crm_deals") =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [app.workspaceId]))[0]
    ?.n;

describe("companies and deals imports", () => {
  it("reads the kind and the CRM from the header and stores each kind apart", async () => {
    expect(await importCsv(CONTACTS)).toMatchObject({ kind: "contacts", status: "done", insertedRows: 1 });
    expect(await importCsv(COMPANIES)).toMatchObject({
      kind: "companies",
      preset: "hubspot",
      status: "done",
      insertedRows: 2,
    });
    expect(await importCsv(DEALS)).toMatchObject({ kind: "deals", preset: "hubspot", status: "done", insertedRows: 3 });
    expect(await importCsv(OPPORTUNITIES)).toMatchObject({ kind: "deals", preset: "salesforce", status: "done" });
    const deals = await query(
      `SELECT record_id, amount::text, close_date::text, company_record_id, contact_record_ids, crm_updated_at
       FROM crm_deals WHERE workspace_id = $1 ORDER BY record_id`,
      [app.workspaceId],
    );
    expect(deals).toEqual([
      expect.objectContaining({ record_id: "006A1", amount: "9000.00", close_date: "2026-07-30" }),
      expect.objectContaining({
        record_id: "7001",
        amount: "4800.00",
        close_date: "2026-06-30",
        company_record_id: "9001",
        contact_record_ids: ["101"],
      }),
      expect.objectContaining({ record_id: "7002", amount: "1200.00" }),
      expect.objectContaining({ record_id: "7003", contact_record_ids: ["555"] }),
    ]);
    expect(await count("crm_companies")).toBe(2);
  });

  it("changes nothing when a deals export is imported again", async () => {
    expect(await importCsv(DEALS)).toMatchObject({ status: "done", insertedRows: 0 });
    expect(await count("crm_deals")).toBe(4);
  });

  it("shows the contact's company and deals on the profile", async () => {
    const result = await app.gql<{
      crmProfileComparison: Array<{
        recordId: string;
        company: { recordId: string; name: string; industry: string } | null;
        deals: Array<{ recordId: string; stage: string; amount: number; closeDate: string; open: boolean }>;
        fields: Array<{ key: string; crmValue: string | null }>;
      }>;
    }>(
      `query($id: ID!) { crmProfileComparison(profileId: $id) { recordId
         company { recordId name industry } deals { recordId stage amount closeDate open }
         fields { key crmValue } } }`,
      { id: ada },
      { cookie: await app.signIn("marketer") },
    );
    expect(result.errors).toBeUndefined();
    const [record] = result.data?.crmProfileComparison ?? [];
    // The first of the contact's associated companies.
    expect(record?.company).toEqual({ recordId: "9001", name: "Acme GmbH", industry: "Manufacturing" });
    expect(record?.deals).toEqual([
      { recordId: "7001", stage: "contractsent", amount: 4800, closeDate: "2026-06-30", open: true },
      { recordId: "7002", stage: "closedwon", amount: 1200, closeDate: "2025-11-15", open: false },
    ]);
    const crm = Object.fromEntries((record?.fields ?? []).map((f) => [f.key, f.crmValue]));
    expect(crm).toMatchObject({
      companyIndustry: "Manufacturing",
      openDealAmount: "4800.00",
      dealStage: "contractsent",
    });
  });

  it("adds CRM-native account fields to the catalog with their coverage", async () => {
    const result = await app.gql<{ crmFieldStats: Array<{ key: string; kind: string; crmCoverage: number }> }>(
      `{ crmFieldStats { key kind crmCoverage } }`,
      {},
      { cookie: admin },
    );
    const stats = Object.fromEntries((result.data?.crmFieldStats ?? []).map((f) => [f.key, f]));
    expect(stats.companyIndustry).toEqual({ key: "companyIndustry", kind: "crm", crmCoverage: 1 });
    expect(stats.openDealAmount).toEqual({ key: "openDealAmount", kind: "crm", crmCoverage: 1 });
  });
});

describe("malformed companies and deals exports import nothing and say why", () => {
  it("a file without a record id column is refused, naming the mapping", async () => {
    const uploaded = await upload("Deal Name,Deal Stage,Amount\nX,closedwon,10\n");
    expect(uploaded.body.kind).toBe("deals");
    const preview = await app.gql(
      `query($id: ID!) { crmImportPreview(id: $id) { validRows } }`,
      { id: uploaded.body.id },
      { cookie: admin },
    );
    expect(preview.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "mapping" });
    expect(preview.errors?.[0]?.message).toContain("map a column to recordId");
  });

  it("a wrong delimiter reads as one column and the report says so", async () => {
    const uploaded = await upload("Record ID:Company name\n1:Acme\n", "&kind=companies");
    expect(uploaded.body).toMatchObject({ kind: "companies" });
    const started = await app.gql(
      `mutation($id: ID!, $mapping: [CrmColumnMappingInput!]!) { startCrmImport(id: $id, mapping: $mapping) { id } }`,
      { id: uploaded.body.id, mapping: [{ column: "Record ID:Company name", target: "recordId" }] },
      { cookie: admin },
    );
    expect(started.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "mapping" });
    expect(started.errors?.[0]?.message).toContain("read as one column");
  });

  it("a duplicated record id fails the whole file", async () => {
    const job = await importCsv(`${COMPANIES}\n9003,Gamma,gamma.test,,,,,,,\n9001,Acme again,,,,,,,,`);
    expect(job?.status).toBe("failed");
    expect(job?.errors).toEqual([{ line: 5, column: null, reason: "record id 9001 is already on line 2" }]);
    expect(job?.failure).toContain("nothing was imported");
    expect(await count("crm_companies")).toBe(2);
  });

  it("bad amounts and dates are reported per line and column", async () => {
    const csv = [
      "Record ID,Deal Name,Deal Stage,Amount,Close Date",
      "7101,New one,qualifiedtobuy,100,2026-05-01",
      "7102,Bad amount,qualifiedtobuy,12k,2026-05-01",
      "7103,Bad date,qualifiedtobuy,100,next spring",
    ].join("\n");
    const job = await importCsv(csv);
    expect(job?.status).toBe("failed");
    expect(job?.errors).toEqual([
      { line: 3, column: "Amount", reason: '"12k" is not an amount' },
      { line: 4, column: "Close Date", reason: '"next spring" is not a date' },
    ]);
    expect(await query(`SELECT 1 FROM crm_deals WHERE record_id = '7101'`)).toEqual([]);
  });

  it("an unknown kind is refused at upload", async () => {
    const response = await upload(COMPANIES, "&kind=leads");
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { field: "kind" } });
  });
});
