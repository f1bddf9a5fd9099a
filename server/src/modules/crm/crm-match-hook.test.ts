import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking } from "../ingestion/tracking-client.js";

let app: TestApp;
let writeKey: string;

async function profileOf(type: string, value: string): Promise<string> {
  const [row] = (await app.server.services.db.query(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  )) as Array<{ profile_id: string }>;
  if (!row) throw new Error(`no profile for ${type} ${value}`);
  return row.profile_id;
}

async function send(batch: unknown[]) {
  const answer = await postTracking(app.url, "batch", { batch }, { writeKey });
  if (answer.status !== 200) throw new Error(`ingestion failed: ${JSON.stringify(answer.body)}`);
}

async function contact(recordId: string) {
  const [row] = (await app.server.services.db.query(
    `SELECT match_status, profile_id FROM crm_contacts WHERE workspace_id = $1 AND record_id = $2`,
    [app.workspaceId, recordId],
  )) as Array<{ match_status: string; profile_id: string | null }>;
  return row;
}

const CONTACTS = [
  "Record ID,Email,External ID,First Name,Last Modified Date",
  "501,hook@crm.test,hook-a,Hana,2026-03-01 10:00",
  "502,other@crm.test,,Otto,2026-03-01 10:00",
].join("\n");

beforeAll(async () => {
  app = await startTestApp();
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Web", "website")).writeKey;
  // B first: the oldest profile wins a merge, so A (the matched one) is the one merged away.
  await send([{ type: "identify", anonymousId: "hook-b", messageId: "hook-b-1", timestamp: "2026-01-01T00:00:00Z" }]);
  await send([{ type: "identify", userId: "hook-a", messageId: "hook-a-1", timestamp: "2026-02-01T00:00:00Z" }]);
  await app.server.services.crmImports.importFile({
    workspaceId: app.workspaceId,
    userId: null,
    preset: "hubspot",
    fileName: "contacts.csv",
    file: Buffer.from(CONTACTS),
  });
});
afterAll(async () => app.close());

describe("CRM matches follow merges and splits", () => {
  let a: string;
  let b: string;

  it("matches the contact to A by its external id at import", async () => {
    a = await profileOf("user_id", "hook-a");
    b = await profileOf("anonymous_id", "hook-b");
    expect(a).not.toBe(b);
    expect(await contact("501")).toEqual({ match_status: "matched", profile_id: a });
    expect(await contact("502")).toEqual({ match_status: "unmatched", profile_id: null });
  });

  it("moves the match to the winner when A merges into B", async () => {
    await send([{ type: "identify", userId: "hook-a", anonymousId: "hook-b", messageId: "hook-link" }]);
    expect(await profileOf("user_id", "hook-a")).toBe(b);
    expect(await contact("501")).toEqual({ match_status: "matched", profile_id: b });
    const comparison = await app.gql<{ crmProfileComparison: Array<{ recordId: string }> }>(
      `query($id: ID!) { crmProfileComparison(profileId: $id) { recordId } }`,
      { id: b },
      { cookie: await app.signIn("analyst") },
    );
    expect(comparison.data?.crmProfileComparison.map((r) => r.recordId)).toEqual(["501"]);
  });

  it("gives the match back to the restored profile when the merge is undone", async () => {
    const [merge] = (await app.server.services.db.query(
      `SELECT id FROM profile_merges WHERE workspace_id = $1 AND undone_at IS NULL`,
      [app.workspaceId],
    )) as Array<{ id: string }>;
    const undone = await app.gql(
      `mutation($id: ID!) { undoMerge(mergeId: $id) { restoredProfileId } }`,
      { id: merge?.id },
      { cookie: await app.signIn("admin") },
    );
    expect(undone.errors).toBeUndefined();
    const restored = await profileOf("user_id", "hook-a");
    expect(restored).not.toBe(b);
    expect(await contact("501")).toEqual({ match_status: "matched", profile_id: restored });
  });
});

describe("Match again", () => {
  it("re-matches the workspace for admins and picks up identifiers learned since the import", async () => {
    // Otto's email reaches Mosaic through a trait: not a merge, so only a re-match finds him.
    await send([{ type: "identify", userId: "otto", traits: { email: "other@crm.test" }, messageId: "otto-1" }]);
    const admin = await app.signIn("admin");
    const answer = await app.gql<{ matchCrmAgain: { matched: number; unmatched: number; total: number } }>(
      `mutation { matchCrmAgain { matched unmatched total } }`,
      {},
      { cookie: admin },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.matchCrmAgain).toEqual({ matched: 2, unmatched: 0, total: 2 });
    expect(await contact("502")).toEqual({ match_status: "matched", profile_id: await profileOf("user_id", "otto") });
  });

  it("is refused to analysts and marketers", async () => {
    for (const role of ["analyst", "marketer"] as const) {
      const answer = await app.gql(`mutation { matchCrmAgain { matched } }`, {}, { cookie: await app.signIn(role) });
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
