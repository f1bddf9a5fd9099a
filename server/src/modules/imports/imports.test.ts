import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { MAX_UPLOAD_BYTES } from "./csv-upload.router.js";
import { BATCH_ROWS, BatchFailed, runImport } from "./import-runner.js";
import type { ImportJob } from "./import-job.entity.js";

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn("admin");
});
afterAll(async () => app.close());

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => app.server.services.db.query(sql, params);

type Counts = Record<"profiles" | "events" | "identities" | "history" | "merges", number>;

async function snapshot(): Promise<Counts> {
  const [row] = await query<Counts>(
    `SELECT (SELECT count(*) FROM profiles WHERE workspace_id = $1)::int AS profiles,
            (SELECT count(*) FROM events WHERE workspace_id = $1)::int AS events,
            (SELECT count(*) FROM identities WHERE workspace_id = $1)::int AS identities,
            (SELECT count(*) FROM profile_trait_history h JOIN profiles p ON p.id = h.profile_id
              WHERE p.workspace_id = $1)::int AS history,
            (SELECT count(*) FROM profile_merges)::int AS merges`,
    [app.workspaceId],
  );
  if (!row) throw new Error("no counts");
  return row;
}

async function upload(csv: string | Buffer, kind = "profiles", headers: Record<string, string> = { cookie: admin }) {
  const response = await fetch(`${app.url}/api/imports?kind=${kind}&name=people.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", ...headers },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { id: string } };
}

const JOB_FIELDS = `id status totalRows processedRows acceptedRows rejectedRows duplicateRows errorCount
  errors { line column reason } failure fileSha256 sourceId`;

async function startAndWait(id: string, mapping: unknown, sourceId: string | null = null) {
  const started = await app.gql<{ startImport: ImportJob }>(
    `mutation($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {
      startImport(id: $id, mapping: $mapping, sourceId: $sourceId) { id status } }`,
    { id, mapping, sourceId },
    { cookie: admin },
  );
  expect(started.errors).toBeUndefined();
  await app.server.services.imports.settled(id);
  const job = await app.gql<{ importJob: ImportJob }>(
    `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
    { id },
    { cookie: admin },
  );
  return job.data?.importJob;
}

const PROFILES_CSV = [
  "Customer ID,E-mail,First Name,Age,VIP,Last Modified Date",
  "c-1,ada@shop.test,Ada,36,yes,2026-01-02 10:00",
  "c-2,grace@shop.test,Grace,old,no,2026-01-03 10:00",
  ",,Nobody,20,no,2026-01-04 10:00",
  ",linus@shop.test,Linus,28,no,2026-01-05 10:00",
  "c-1,ada@shop.test,Ada,36,yes,2026-01-02 10:00",
].join("\n");

describe("profiles import", () => {
  it("suggests a mapping, previews rows with their errors, imports, and a second import of the file changes nothing", async () => {
    // Ada already exists through the tracking API: the import must land on her profile.
    const web = await app.server.services.sources.create(app.workspaceId, "Web", "website");
    const tracked = await fetch(`${app.url}/v1/identify`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${Buffer.from(`${web.writeKey}:`).toString("base64")}`,
      },
      body: JSON.stringify({ userId: "c-1", traits: { plan: "pro" } }),
    });
    expect(tracked.status).toBe(200);

    const uploaded = await upload(PROFILES_CSV);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      kind: "profiles",
      totalRows: 5,
      columns: expect.arrayContaining(["E-mail"]),
    });

    const preview = await app.gql<{
      importPreview: Record<string, unknown> & { suggestedMapping: Array<{ column: string }> };
    }>(
      `query($id: ID!) { importPreview(id: $id) {
        suggestedMapping { column target type } validRows invalidRows errorCount errors { line column reason }
        rows { line message errors { reason } } } }`,
      { id: uploaded.body.id },
      { cookie: admin },
    );
    expect(preview.errors).toBeUndefined();
    const p = preview.data?.importPreview;
    expect(p?.suggestedMapping).toEqual([
      { column: "Customer ID", target: "userId", type: "string" },
      { column: "E-mail", target: "email", type: "string" },
      { column: "First Name", target: "traits.firstName", type: "string" },
      // "old" in the sample keeps Age a string; the admin makes it a number below.
      { column: "Age", target: "traits.age", type: "string" },
      { column: "VIP", target: "traits.vip", type: "boolean" },
      { column: "Last Modified Date", target: "timestamp", type: "date" },
    ]);
    const mapping = p?.suggestedMapping.map((m) => (m.column === "Age" ? { ...m, type: "number" } : m));
    const checked = await app.gql<{ importPreview: Record<string, unknown> }>(
      `query($id: ID!, $mapping: [ColumnMappingInput!]) { importPreview(id: $id, mapping: $mapping) {
        validRows invalidRows errorCount errors { line column reason } rows { line message } } }`,
      { id: uploaded.body.id, mapping },
      { cookie: admin },
    );
    expect(checked.data?.importPreview).toMatchObject({
      validRows: 3,
      invalidRows: 2,
      errors: [
        { line: 3, column: "Age", reason: 'bad number "old"' },
        { line: 4, column: null, reason: expect.stringMatching(/missing identifier/) },
      ],
    });

    const before = await snapshot();
    const job = await startAndWait(uploaded.body.id, mapping);
    expect(job).toMatchObject({
      status: "done",
      totalRows: 5,
      processedRows: 5,
      acceptedRows: 2,
      rejectedRows: 2,
      duplicateRows: 1,
      errorCount: 2,
      failure: null,
    });
    const after = await snapshot();
    expect(after.profiles - before.profiles).toBe(1);
    expect(after.events - before.events).toBe(2);

    const [ada] = await query<{ traits: Record<string, unknown>; ids: string[] }>(
      `SELECT p.traits, array_agg(i.type || '=' || i.value ORDER BY i.type) AS ids
       FROM identities i JOIN profiles p ON p.id = i.profile_id
       WHERE i.workspace_id = $1 AND i.profile_id = (SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = 'user_id' AND value = 'c-1')
       GROUP BY p.traits`,
      [app.workspaceId],
    );
    expect(ada?.traits).toMatchObject({ plan: "pro", firstName: "Ada", age: 36, vip: true, email: "ada@shop.test" });
    expect(ada?.ids).toEqual(["email=ada@shop.test", "user_id=c-1"]);

    const again = await upload(PROFILES_CSV);
    expect(again.body.fileSha256).toBe(uploaded.body.fileSha256);
    expect(uploaded.body.lastImportedAt).toBeNull();
    expect(again.body.lastImportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const second = await startAndWait(again.body.id, mapping);
    expect(second).toMatchObject({ status: "done", acceptedRows: 0, duplicateRows: 3, rejectedRows: 2 });
    expect(await snapshot()).toEqual(after);
  });

  it("imports events onto the profiles their email resolves to, into the chosen source", async () => {
    const crm = await app.server.services.sources.create(app.workspaceId, "CRM", "crm");
    const rows = Array.from(
      { length: BATCH_ROWS + 20 },
      (_, i) => `${i % 2 ? "ada" : "grace"}@shop.test,Email Opened,${i},2026-02-01T10:00:00Z`,
    );
    const csv = [
      "email,event,campaign,time",
      ...rows,
      "ada@shop.test,,1,2026-02-01",
      "ada@shop.test,Clicked,2,someday",
    ].join("\r\n");
    const uploaded = await upload(csv, "events");
    expect(uploaded.status).toBe(201);
    const mapping = [
      { column: "email", target: "email" },
      { column: "event", target: "event" },
      { column: "campaign", target: "properties.campaign", type: "number" },
      { column: "time", target: "timestamp", type: "date" },
    ];
    const before = await snapshot();
    const job = await startAndWait(uploaded.body.id, mapping, crm.id);
    expect(job).toMatchObject({
      status: "done",
      processedRows: BATCH_ROWS + 22,
      acceptedRows: BATCH_ROWS + 20,
      rejectedRows: 2,
      sourceId: crm.id,
    });
    expect(job?.errors).toEqual([
      { line: BATCH_ROWS + 22, column: "event", reason: "empty event name" },
      { line: BATCH_ROWS + 23, column: "time", reason: expect.stringMatching(/bad date "someday"/) },
    ]);
    const after = await snapshot();
    expect(after.events - before.events).toBe(BATCH_ROWS + 20);
    const [ada] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events e JOIN identities i ON i.profile_id = e.profile_id
       WHERE i.workspace_id = $1 AND i.type = 'user_id' AND i.value = 'c-1' AND e.event = 'Email Opened'`,
      [app.workspaceId],
    );
    expect(ada?.n).toBe((BATCH_ROWS + 20) / 2);
  });

  it("goes to the workspace's CSV import source when none is picked", async () => {
    const uploaded = await upload("email\nhedy@shop.test\n");
    const job = await startAndWait(uploaded.body.id, [{ column: "email", target: "email" }]);
    const [source] = await query<{ name: string; kind: string }>(`SELECT name, kind FROM sources WHERE id = $1`, [
      job?.sourceId,
    ]);
    expect(source).toEqual({ name: "CSV import", kind: "import" });
  });
});

describe("upload refusals", () => {
  it.each([
    ["an empty file", "", 400, /file: the file is empty/],
    ["a binary file", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 400, /binary data/],
    ["a header without rows", "email,name\n", 400, /no data rows/],
    ["a repeated column", "email,email\na@x.io,b@x.io\n", 400, /twice/],
    ["an unclosed quote", 'email,name\na@x.io,"Ada\n', 400, /not a readable CSV file/],
  ])("refuses %s", async (_name, body, status, message) => {
    const response = await upload(body);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({
      error: { code: "BAD_USER_INPUT", field: "file", message: expect.stringMatching(message) },
    });
  });

  it("refuses an unknown kind, a wrong content type, a missing or non-admin user, and an oversize file", async () => {
    expect((await upload("email\na@x.io\n", "orders")).body).toMatchObject({ error: { field: "kind" } });
    const json = await upload("email\na@x.io\n", "profiles", { cookie: admin, "content-type": "application/json" });
    expect(json.status).toBe(415);
    expect((await upload("email\na@x.io\n", "profiles", {})).status).toBe(401);
    const marketer = await app.signIn("marketer");
    expect((await upload("email\na@x.io\n", "profiles", { cookie: marketer })).body).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
    const big = await upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, "a"));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", field: "file" } });
  });

  it("accepts an API token", async () => {
    const email = `token-admin-${Date.now()}@example.com`;
    await app.server.services.auth.createUser({
      workspaceId: app.workspaceId,
      email,
      role: "admin",
      password: "correct-horse",
    });
    const { token } = await app.server.services.auth.createToken(email, "test");
    expect((await upload("email\na@x.io\n", "profiles", { authorization: `Bearer ${token}` })).status).toBe(201);
  });
});

describe("GraphQL refusals", () => {
  const start = (id: string, mapping: unknown, cookie = admin, sourceId: string | null = null) =>
    app.gql(
      `mutation($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) { startImport(id: $id, mapping: $mapping, sourceId: $sourceId) { id } }`,
      { id, mapping, sourceId },
      { cookie },
    );

  it.each([
    ["no identifier column", [{ column: "name", target: "traits.name" }], "mapping", /at least one column/],
    ["an unknown target", [{ column: "email", target: "emial" }], "mapping[0].target", /must be one of/],
    [
      "duplicate targets",
      [
        { column: "email", target: "email" },
        { column: "name", target: "email" },
      ],
      "mapping[1].target",
      /already the target/,
    ],
    ["an unknown column", [{ column: "Email", target: "email" }], "mapping[0].column", /not a column/],
    [
      "an unsafe trait key",
      [
        { column: "email", target: "email" },
        { column: "name", target: "traits.$where" },
      ],
      "mapping[1].target",
      /key/,
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_name, mapping, field, reason) => {
    const { body } = await upload("email,name\na@x.io,Ada\n");
    const result = await start(body.id, mapping);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(result.errors?.[0]?.message).toMatch(reason);
    const [job] = await query<{ status: string }>(`SELECT status FROM imports WHERE id = $1`, [body.id]);
    expect(job?.status).toBe("uploaded");
  });

  it("refuses other roles, unknown ids and sources, and a second start", async () => {
    const { body } = await upload("email,name\na@x.io,Ada\n");
    const mapping = [{ column: "email", target: "email" }];
    const analyst = await app.signIn("analyst");
    expect((await start(body.id, mapping, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const preview = await app.gql(
      `query($id: ID!) { importPreview(id: $id) { validRows } }`,
      { id: body.id },
      { cookie: analyst },
    );
    expect(preview.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await start("not-an-id", mapping)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await start(body.id, mapping, admin, "nope")).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "sourceId",
    });
    expect((await start(body.id, mapping, admin, crypto.randomUUID())).errors?.[0]?.extensions?.field).toBe("sourceId");
    expect((await start(body.id, mapping)).errors).toBeUndefined();
    await app.server.services.imports.settled(body.id);
    expect((await start(body.id, mapping)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("a failing batch", () => {
  it("stops at that batch, reporting the line it starts on, with the batches before it stored", async () => {
    const source = await app.server.services.sources.create(app.workspaceId, "Flaky", "other");
    const rows = Array.from({ length: BATCH_ROWS * 2 }, (_, i) => `flaky-${i}`);
    let calls = 0;
    const flaky = {
      receive: (request: Parameters<typeof app.server.services.ingestion.receive>[0]) => {
        calls++;
        if (calls === 2) return Promise.reject(new Error("connection lost"));
        return app.server.services.ingestion.receive(request);
      },
    };
    const before = await snapshot();
    const seen: number[] = [];
    const run = runImport(
      app.server.services.db,
      flaky,
      {
        kind: "profiles",
        text: ["user", ...rows].join("\n"),
        delimiter: ",",
        columns: ["user"],
        mapping: [{ column: "user", target: "userId", type: "string" }],
        sourceId: source.id,
        writeKey: source.writeKey,
      },
      async (p) => void seen.push(p.accepted),
    );
    await expect(run).rejects.toThrow(BatchFailed);
    await expect(run).rejects.toThrow(`rows from line ${BATCH_ROWS + 2} on were not imported: connection lost`);
    expect(seen).toEqual([BATCH_ROWS]);
    expect((await snapshot()).profiles - before.profiles).toBe(BATCH_ROWS);
  });
});

describe("a job cut short by a restart", () => {
  it("is marked failed at the next start and finishes when started again", async () => {
    const { body } = await upload("user\nrestart-1\nrestart-2\n");
    await query(`UPDATE imports SET status = 'running' WHERE id = $1`, [body.id]);
    expect(await app.server.services.imports.failInterrupted()).toBeGreaterThanOrEqual(1);
    const [failed] = await query<{ status: string; failure: string }>(
      `SELECT status, failure FROM imports WHERE id = $1`,
      [body.id],
    );
    expect(failed).toMatchObject({ status: "failed", failure: expect.stringMatching(/start it again/) });
    const job = await startAndWait(body.id, [{ column: "user", target: "userId" }]);
    expect(job).toMatchObject({ status: "done", acceptedRows: 2, failure: null });
  });
});

describe("abandoned uploads", () => {
  it("are deleted a day later, at the next upload, with their files", async () => {
    const { body } = await upload("email\nabandoned@x.io\n");
    await query(`UPDATE imports SET created_at = now() - interval '25 hours' WHERE id = $1`, [body.id]);
    await upload("email\nfresh@x.io\n");
    expect(await query(`SELECT id FROM imports WHERE id = $1`, [body.id])).toEqual([]);
  });
});
