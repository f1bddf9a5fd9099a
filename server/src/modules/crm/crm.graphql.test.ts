import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { insertProfile } from "../../../test/fixtures.js";

let app: TestApp;
let admin: string;
let analyst: string;
let marketer: string;
const profiles: Record<string, string> = {};

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => app.server.services.db.query(sql, params);

async function profile(key: string, traits: Record<string, unknown>, identities: Array<[string, string]>, at: string) {
  const id = await insertProfile(app.server.services.db, app.workspaceId, { traits, identities, lastSeen: at });
  const meta = Object.fromEntries(Object.keys(traits).map((k) => [k, { at, sourceId: null, messageId: null }]));
  await query(`UPDATE profiles SET trait_meta = $2 WHERE id = $1`, [id, meta]);
  profiles[key] = id;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn("admin");
  analyst = await app.signIn("analyst");
  marketer = await app.signIn("marketer");
  await profile(
    "ada",
    { email: "ada@shop.test", phone: "+4915100000002", firstName: "Ada", country: "DE" },
    [
      ["email", "ada@shop.test"],
      ["phone", "+4915100000002"],
    ],
    "2026-03-01T00:00:00Z",
  );
  await profile("bo", { email: "bo@shop.test", firstName: "Bo" }, [["email", "bo@shop.test"]], "2026-03-01T00:00:00Z");
  await profile("cy", { phone: "+4915100000003" }, [["phone", "+4915100000003"]], "2026-03-01T00:00:00Z");
});
afterAll(async () => app.close());

const HUBSPOT = [
  "Record ID,First Name,Email,Phone Number,Country/Region,Contact owner,Last Modified Date",
  // Ada: the CRM has her old number, typed nationally, and was modified after Mosaic learned the new one.
  "101,Ada,ADA@shop.test,0151 00000001,Germany,Sam Taylor,2026-04-01 09:00",
  // Bo by email.
  "102,Bob,bo@shop.test,,,Priya Shah,2026-01-15 09:00",
  // Bo's email and Cy's phone: two profiles, ambiguous.
  "103,Bo,bo@shop.test,+49 151 00000003,,,2026-01-15 09:00",
  // A lead Mosaic never saw.
  "104,Dee,dee@lead.test,,,Alex Morgan,2026-02-01 09:00",
].join("\n");

async function upload(csv: string | Buffer, cookie = admin, preset = "hubspot") {
  const response = await fetch(`${app.url}/api/crm/imports?preset=${preset}&name=contacts.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", cookie },
    body: csv,
  });
  return {
    status: response.status,
    body: (await response.json()) as { id: string; columns: string[]; error?: { field?: string; message: string } },
  };
}

type Job = {
  id: string;
  status: string;
  insertedRows: number;
  updatedRows: number;
  unchangedRows: number;
  errorCount: number;
  errors: Array<{ line: number; column: string | null; reason: string }>;
  failure: string | null;
};

async function importCsv(csv: string): Promise<Job | undefined> {
  const uploaded = await upload(csv);
  expect(uploaded.status).toBe(201);
  const preview = await app.gql<{ crmImportPreview: { suggestedMapping: Array<{ column: string; target: string }> } }>(
    `query($id: ID!) { crmImportPreview(id: $id) { suggestedMapping { column target } } }`,
    { id: uploaded.body.id },
    { cookie: admin },
  );
  expect(preview.errors).toBeUndefined();
  const mapping = preview.data?.crmImportPreview.suggestedMapping;
  const started = await app.gql(
    `mutation($id: ID!, $mapping: [CrmColumnMappingInput!]!) { startCrmImport(id: $id, mapping: $mapping) { id } }`,
    { id: uploaded.body.id, mapping },
    { cookie: admin },
  );
  expect(started.errors).toBeUndefined();
  await app.server.services.crmImports.settled(uploaded.body.id);
  const job = await app.gql<{ crmImport: Job }>(
    `query($id: ID!) { crmImport(id: $id) { id status insertedRows updatedRows unchangedRows errorCount
       errors { line column reason } failure } }`,
    { id: uploaded.body.id },
    { cookie: admin },
  );
  return job.data?.crmImport;
}

const contactRows = () =>
  query<Record<string, unknown>>(
    `SELECT record_id, fields, import_id, match_status, profile_id, content_hash, imported_at FROM crm_contacts
     WHERE workspace_id = $1 ORDER BY record_id`,
    [app.workspaceId],
  );

describe("CRM import", () => {
  it("imports a HubSpot export and matches it through the identity graph, ambiguous included", async () => {
    const job = await importCsv(HUBSPOT);
    expect(job).toMatchObject({ status: "done", insertedRows: 4, updatedRows: 0, unchangedRows: 0, errorCount: 0 });
    const rows = await contactRows();
    expect(rows.map((r) => [r.record_id, r.match_status, r.profile_id])).toEqual([
      ["101", "matched", profiles.ada],
      ["102", "matched", profiles.bo],
      ["103", "ambiguous", null],
      ["104", "unmatched", null],
    ]);
    const stats = await app.gql<{ crmMatchStats: unknown; crmContacts: { total: number; rows: unknown[] } }>(
      `{ crmMatchStats { total matched unmatched ambiguous }
         crmContacts(status: ambiguous) { total rows { recordId name candidateProfileIds } } }`,
      {},
      { cookie: analyst },
    );
    expect(stats.data?.crmMatchStats).toEqual({ total: 4, matched: 2, unmatched: 1, ambiguous: 1 });
    expect(stats.data?.crmContacts.rows).toEqual([
      { recordId: "103", name: "Bo", candidateProfileIds: [profiles.bo, profiles.cy].sort() },
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await contactRows();
    const job = await importCsv(HUBSPOT);
    expect(job).toMatchObject({ status: "done", insertedRows: 0, updatedRows: 0, unchangedRows: 4 });
    expect(await contactRows()).toEqual(before);
  });

  it("updates a changed record by its record id", async () => {
    const job = await importCsv(HUBSPOT.replace("Priya Shah", "Sam Taylor"));
    expect(job).toMatchObject({ status: "done", insertedRows: 0, updatedRows: 1, unchangedRows: 3 });
    await importCsv(HUBSPOT);
  });
});

describe("malformed exports import nothing and say why", () => {
  it("a duplicated row fails the whole file, the valid rows before it included", async () => {
    const before = await contactRows();
    const csv = `${HUBSPOT.replace("Sam Taylor", "Jonas Weber")}\n105,Eve,eve@lead.test,,,,2026-02-01 09:00\n104,Dee,dee@lead.test,,,Alex Morgan,2026-02-01 09:00`;
    const job = await importCsv(csv);
    expect(job?.status).toBe("failed");
    expect(job?.errors).toEqual([{ line: 7, column: null, reason: "record id 104 is already on line 5" }]);
    expect(job?.failure).toContain("nothing was imported");
    expect(await contactRows()).toEqual(before);
  });

  it("a file without an email column is refused at preview and start, naming the mapping", async () => {
    const uploaded = await upload("Record ID,First Name\n1,Ada\n");
    const preview = await app.gql(
      `query($id: ID!) { crmImportPreview(id: $id) { validRows } }`,
      { id: uploaded.body.id },
      {
        cookie: admin,
      },
    );
    expect(preview.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "mapping" });
    expect(preview.errors?.[0]?.message).toContain("map a column to email");
  });

  it("a wrong delimiter reads as one column and the report says so", async () => {
    const uploaded = await upload("Record ID:Email\n1:ada@shop.test\n");
    expect(uploaded.body.columns).toEqual(["Record ID:Email"]);
    const started = await app.gql(
      `mutation($id: ID!, $mapping: [CrmColumnMappingInput!]!) { startCrmImport(id: $id, mapping: $mapping) { id } }`,
      { id: uploaded.body.id, mapping: [{ column: "Record ID:Email", target: "recordId" }] },
      { cookie: admin },
    );
    expect(started.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "mapping" });
    expect(started.errors?.[0]?.message).toContain("read as one column");
  });

  it("a file that is not UTF-8 is refused at upload", async () => {
    const latin1 = Buffer.from("Record ID,Email,First Name\n1,jose@shop.test,Jos\xe9\n", "latin1");
    const uploaded = await upload(latin1);
    expect(uploaded.status).toBe(400);
    expect(uploaded.body.error).toMatchObject({ field: "file" });
    expect(uploaded.body.error?.message).toContain("not UTF-8");
  });

  it("bad values are reported per line and column", async () => {
    const job = await importCsv("Record ID,Email,Last Modified Date\n201,not-mail,2026-01-01\n202,x@y.test,soon\n");
    expect(job?.status).toBe("failed");
    expect(job?.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "Email"],
      [3, "Last Modified Date"],
    ]);
    expect((await query(`SELECT 1 FROM crm_contacts WHERE record_id IN ('201', '202')`)).length).toBe(0);
  });

  it("only admins upload and import", async () => {
    expect((await upload(HUBSPOT, analyst)).status).toBe(403);
    const result = await app.gql(`{ crmImports { id } }`, {}, { cookie: analyst });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await upload(HUBSPOT, admin, "pipedrive")).body.error).toMatchObject({ field: "preset" });
  });
});

type Conflict = {
  recordId: string;
  status: string;
  crmValue: string;
  cdpValue: string;
  golden: string;
  goldenSide: string;
};

describe("comparison and reconciliation", () => {
  const conflicts = () =>
    app.gql<{ crmConflicts: { total: number; rows: Conflict[] } }>(
      `{ crmConflicts(field: "phone") { total rows { recordId status crmValue cdpValue golden goldenSide } } }`,
      {},
      { cookie: analyst },
    );

  it("compares every field: coverage, conflicts after normalisation, source of truth", async () => {
    const result = await app.gql<{ crmFieldStats: Array<Record<string, unknown>> }>(
      `{ crmFieldStats { key kind rule crmCoverage cdpCoverage compared conflicts conflictRate } }`,
      {},
      { cookie: analyst },
    );
    const stats = new Map(result.data?.crmFieldStats.map((s) => [s.key, s]));
    expect(stats.get("email")).toMatchObject({ kind: "shared", crmCoverage: 1, cdpCoverage: 1, conflicts: 0 });
    expect(stats.get("phone")).toMatchObject({ crmCoverage: 0.5, cdpCoverage: 0.5, compared: 1, conflicts: 1 });
    expect(stats.get("firstName")).toMatchObject({ compared: 2, conflicts: 1, rule: "crm_wins" });
    expect(stats.get("owner")).toMatchObject({ kind: "crm", crmCoverage: 1, cdpCoverage: null });
    expect(stats.get("lastSeen")).toMatchObject({ kind: "cdp", cdpCoverage: 1 });
  });

  it("lists phone conflicts; most recent wins changes the golden value; the corrections follow", async () => {
    const before = await conflicts();
    expect(before.data?.crmConflicts.rows).toEqual([
      {
        recordId: "101",
        status: "stale",
        crmValue: "0151 00000001",
        cdpValue: "+4915100000002",
        golden: "+4915100000002",
        goldenSide: "cdp",
      },
    ]);
    let corrections = await app.gql<{ crmCorrections: { csv: string; rows: number; fileName: string } }>(
      `{ crmCorrections { csv rows fileName } }`,
      {},
      { cookie: analyst },
    );
    expect(corrections.data?.crmCorrections.csv).toBe("Record ID,Phone Number\r\n101,+4915100000002\r\n");

    const denied = await app.gql(
      `mutation { setCrmRule(field: "phone", rule: most_recent) { field } }`,
      {},
      { cookie: marketer },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const set = await app.gql<{ setCrmRule: Array<{ field: string; rule: string }> }>(
      `mutation { setCrmRule(field: "phone", rule: most_recent) { field rule } }`,
      {},
      { cookie: analyst },
    );
    expect(set.data?.setCrmRule.find((r) => r.field === "phone")?.rule).toBe("most_recent");
    // The CRM record was modified on April 1st, after Mosaic's value of March 1st.
    expect((await conflicts()).data?.crmConflicts.rows[0]).toMatchObject({
      golden: "0151 00000001",
      goldenSide: "crm",
    });
    corrections = await app.gql(`{ crmCorrections { csv rows fileName } }`, {}, { cookie: analyst });
    expect(corrections.data?.crmCorrections).toMatchObject({ csv: "Record ID\r\n", rows: 0 });
  });

  it("refuses bad rules and filters naming the field", async () => {
    const badField = await app.gql(
      `mutation { setCrmRule(field: "owner", rule: crm_wins) { field } }`,
      {},
      {
        cookie: admin,
      },
    );
    expect(badField.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "field" });
    const badLimit = await app.gql(`{ crmConflicts(limit: 0) { total } }`, {}, { cookie: analyst });
    expect(badLimit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
    const badProfile = await app.gql(
      `{ crmProfileComparison(profileId: "nope") { recordId } }`,
      {},
      { cookie: analyst },
    );
    expect(badProfile.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "profileId" });
  });

  it("compares one profile's CRM record field by field", async () => {
    const result = await app.gql<{
      crmProfileComparison: Array<{
        recordId: string;
        fields: Array<{ key: string; status: string; golden: string | null }>;
      }>;
    }>(
      `query($id: ID!) { crmProfileComparison(profileId: $id) { recordId fields { key status golden } } }`,
      { id: profiles.bo },
      { cookie: analyst },
    );
    const [record] = result.data?.crmProfileComparison ?? [];
    expect(record?.recordId).toBe("102");
    const fields = new Map(record?.fields.map((f) => [f.key, f]));
    expect(fields.get("email")).toMatchObject({ status: "match" });
    expect(fields.get("firstName")).toMatchObject({ status: "stale", golden: "Bob" });
    expect(fields.get("owner")).toMatchObject({ status: "crm_only", golden: "Priya Shah" });
    expect(fields.get("lastSeen")).toMatchObject({ status: "cdp_only" });
  });

  it("exports Mosaic-only fields for the CRM", async () => {
    const result = await app.gql<{ crmEnrichment: { csv: string; rows: number } }>(
      `{ crmEnrichment { csv rows } }`,
      {},
      { cookie: analyst },
    );
    expect(result.data?.crmEnrichment.rows).toBe(2);
    expect(result.data?.crmEnrichment.csv.split("\r\n")[1]).toBe("101,2026-03-01T00:00:00.000Z,,,,");
  });
});
