import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { runCli } from "../../test/process.js";
import { MAX_UPLOAD_BYTES } from "../modules/imports/index.js";
import { ensureWorkspace } from "../modules/workspaces/index.js";
import { applyMapOverrides } from "./import.command.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "mosaic-import-cli-"));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const contacts = write(
  "contacts.csv",
  ["Record ID,Email,First Name,Score", "1,ada@cli.test,Ada,10", "2,grace@cli.test,Grace,x", "3,,Nobody,3"].join("\n"),
);

/** One byte over the limit; sparse, so the test writes almost nothing. */
function oversized() {
  const file = write("huge.csv", "Record ID,Email\n");
  truncateSync(file, MAX_UPLOAD_BYTES + 1);
  return file;
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureWorkspace(db.dataSource.manager, "cli", "CLI");
  env = { DATABASE_URL: db.url };
});
afterAll(async () => db.drop());

const counts = async () =>
  (
    await db.dataSource.query(
      `SELECT (SELECT count(*) FROM profiles)::int AS profiles, (SELECT count(*) FROM events)::int AS events,
              (SELECT count(*) FROM identities)::int AS identities, (SELECT count(*) FROM profile_trait_history)::int AS history`,
    )
  )[0];

describe("mosaic import", () => {
  it("validates only with --dry-run, storing nothing", async () => {
    const { code, output } = await runCli(
      ["import", "profiles", contacts, "--dry-run", "--map", "Score=traits.score:number"],
      env,
    );
    expect(code).toBe(0);
    expect(output).toMatch(/Email → email \(string\)/);
    expect(output).toMatch(/Dry run: 1 rows valid, 2 invalid; nothing stored/);
    expect(output).toMatch(/line 3 \(Score\): bad number "x"/);
    expect(output).toMatch(/line 4: missing identifier/);
    expect(await counts()).toEqual({ profiles: 0, events: 0, identities: 0, history: 0 });
  });

  it("imports with the suggested mapping, and a second run changes nothing", async () => {
    const first = await runCli(["import", "profiles", contacts, "--workspace", "cli"], env);
    expect(first.output).toMatch(/Imported 3 of 3 rows into "CSV import": 2 new, 0 already there, 1 rejected/);
    expect(first.code).toBe(0);
    const after = await counts();
    expect(after.profiles).toBe(2);
    const second = await runCli(["import", "profiles", contacts], env);
    expect(second.output).toMatch(/0 new, 2 already there, 1 rejected/);
    expect(await counts()).toEqual(after);
  });

  it("imports events into a named source", async () => {
    const created = await runCli(["sources", "create", "Shop", "--kind", "pos"], env);
    expect(created.code).toBe(0);
    const events = write("events.csv", "email,event,total\nada@cli.test,Order Completed,12.5\n");
    const { code, output } = await runCli(["import", "events", events, "--source", "Shop"], env);
    expect(output).toMatch(/Imported 1 of 1 rows into "Shop": 1 new/);
    expect(code).toBe(0);
    const [event] = await db.dataSource.query(`SELECT event, properties FROM events WHERE type = 'track'`);
    expect(event).toEqual({ event: "Order Completed", properties: { total: 12.5 } });
  });

  it.each([
    [["import", "profiles"], /missing the file/],
    [["import", "profiles", contacts, "--frobnicate"], /Unknown option '--frobnicate'/],
    [["import", "profiles", contacts, "--map", "Email"], /use "Column=target"/],
    [["import", "profiles", contacts, "--map", "Nope=email"], /no column "Nope"/],
    [["import", "profiles", contacts, "--map", "Email=traits.email:int"], /type must be one of/],
    [["import", "profiles", contacts, "--map", "Email=ignore", "--dry-run"], /at least one column/],
    [["import", "profiles", contacts, "--map", "First Name=email"], /already the target/],
    [["import", "profiles", contacts, "--source", "Nowhere"], /no source "Nowhere"/],
  ])("mosaic %j is a usage error", async (args, pattern) => {
    const { code, output } = await runCli(args, env);
    expect(output).toMatch(pattern);
    expect(code).toBe(2);
  });

  it.each([
    ["a missing file", path.join(dir, "nope.csv"), /cannot read/],
    ["an empty file", write("empty.csv", ""), /file: the file is empty/],
    ["a binary file", write("sheet.xlsx", "PK\u0003\u0004\u0000\u0000"), /binary data/],
    ["a file over the upload limit", oversized(), /larger than 50 MB, the import limit/],
  ])("fails clearly on %s", async (_name, file, pattern) => {
    const { code, output } = await runCli(["import", "profiles", file], env);
    expect(code).toBe(1);
    expect(output).toMatch(pattern);
  });
});

describe("applyMapOverrides", () => {
  const suggested = [
    { column: "a=b", target: "traits.aB", type: "string" as const },
    { column: "When", target: "traits.when", type: "string" as const },
  ];
  it.each([
    [["a=b=userId"], "a=b", { target: "userId", type: "string" }],
    [["When=timestamp"], "When", { target: "timestamp", type: "date" }],
    [["When=traits.when:date"], "When", { target: "traits.when", type: "date" }],
    [["When=ignore"], "When", { target: "ignore", type: "string" }],
  ])("%j", (flags, column, expected) => {
    expect(applyMapOverrides(suggested, flags).find((m) => m.column === column)).toEqual({ column, ...expected });
  });
});
