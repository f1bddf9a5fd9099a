import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import type { Role } from "../../engine/auth/roles.js";
import { postTracking } from "../ingestion/tracking-client.js";
import { DEFAULT_IDENTITY_RULES } from "./identity-rules.schema.js";

// The identity GraphQL API: rules, dry run, merge history and undo, with their role checks and bad input.

let app: TestApp;
let writeKey: string;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  app = await startTestApp();
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Web", "website")).writeKey;
  for (const role of ["admin", "analyst", "marketer"] as const) cookies[role] = await app.signIn(role);
});
afterAll(async () => {
  await app.close();
});

let seq = 0;
async function send(...batch: Array<Record<string, unknown>>) {
  const messages = batch.map((m) => ({ messageId: `gql-${++seq}`, timestamp: "2026-03-01T10:00:00Z", ...m }));
  const response = await postTracking(app.url, "batch", { batch: messages }, { writeKey });
  expect(response).toMatchObject({ status: 200, body: { success: true } });
}

const as = (role: Role) => ({ cookie: cookies[role] });

const RULES = `query { identityRules { version rules { defaultLimit priority limits { type max windowDays }
  blocked { types match value } traitIdentifiers { trait type } normalization { trim lowercaseEmail lowercaseIds phone } } } }`;
const UPDATE = `mutation($rules: IdentityRulesInput!) { updateIdentityRules(rules: $rules) { version rules { defaultLimit } } }`;
const DRY_RUN = `query($rules: IdentityRulesInput!) { identityRulesDryRun(rules: $rules) {
  messages current { profiles merges } proposed { profiles merges }
  merges { profiles messages identifiers { type value } } splits { profiles messages identifiers { type value } } } }`;
const PROFILE_MERGES = `query($id: ID!) { profile(id: $id) { id merges { id winnerId loserId rule sourceName messageId
  undoneAt loserEvents linkedBy { type value side } } } }`;
const HISTORY = `query($first: Int!, $after: String) { mergeHistory(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id winnerId loserId } } } }`;
const UNDO = `mutation($id: ID!) { undoMerge(mergeId: $id) { mergeId restoredProfileId fromProfileId } }`;

async function profileOf(type: string, value: string): Promise<string> {
  const rows: Array<{ profile_id: string }> = await app.server.services.db.query(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  );
  const id = rows[0]?.profile_id;
  if (!id) throw new Error(`no profile holds ${type}=${value}`);
  return id;
}

describe("identity rules", () => {
  it("reads the defaults for admins and analysts, not for marketers", async () => {
    for (const role of ["admin", "analyst"] as const) {
      const result = await app.gql<{ identityRules: { version: number; rules: { priority: string[] } } }>(
        RULES,
        {},
        as(role),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.identityRules.version).toBe(0);
      expect(result.data?.identityRules.rules.priority).toEqual(DEFAULT_IDENTITY_RULES.priority);
    }
    const denied = await app.gql(RULES, {}, as("marketer"));
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets only admins save, and names the field at fault in bad rules", async () => {
    const rules = { ...DEFAULT_IDENTITY_RULES, defaultLimit: 7 };
    const denied = await app.gql(UPDATE, { rules }, as("analyst"));
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const cases: Array<[Record<string, unknown>, string]> = [
      [
        {
          limits: [
            { type: "user_id", max: 1 },
            { type: "email", max: 0 },
          ],
        },
        "rules.limits[1].max",
      ],
      [{ blocked: [{ match: "regex", value: "([" }] }, "rules.blocked[0].value"],
      [{ priority: ["email", "email"] }, "rules.priority"],
      [{ traitIdentifiers: [{ trait: "loyalty", type: "Loyalty Id" }] }, "rules.traitIdentifiers[0].type"],
      [{ defaultLimit: 0 }, "rules.defaultLimit"],
    ];
    for (const [change, field] of cases) {
      const bad = await app.gql(UPDATE, { rules: { ...DEFAULT_IDENTITY_RULES, ...change } }, as("admin"));
      expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
      expect(bad.errors?.[0]?.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, "\\$&")}: `));
    }
    // A wrong GraphQL type never reaches the service.
    for (const change of [
      { defaultLimit: "five" },
      { normalization: { ...DEFAULT_IDENTITY_RULES.normalization, phone: "national" } },
      { normalization: { ...DEFAULT_IDENTITY_RULES.normalization, trim: null } },
      { normalization: null },
    ]) {
      const wrongType = await app.gql(UPDATE, { rules: { ...DEFAULT_IDENTITY_RULES, ...change } }, as("admin"));
      expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(wrongType.errors?.[0]?.message).toMatch(/defaultLimit|normalization|phone|trim/);
    }
    const unchanged = await app.gql<{ identityRules: { version: number } }>(RULES, {}, as("admin"));
    expect(unchanged.data?.identityRules.version).toBe(0);

    const saved = await app.gql<{ updateIdentityRules: { version: number; rules: { defaultLimit: number } } }>(
      UPDATE,
      { rules: { ...rules, limits: [{ type: "user_id", max: 1, windowDays: null }] } },
      as("admin"),
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateIdentityRules).toEqual({ version: 1, rules: { defaultLimit: 7 } });
    await app.gql(UPDATE, { rules: DEFAULT_IDENTITY_RULES }, as("admin"));
  });
});

describe("identifier normalisation", () => {
  it("is part of the rules: saved ones apply to the messages received next", async () => {
    const read = await app.gql<{ identityRules: { rules: { normalization: unknown } } }>(RULES, {}, as("analyst"));
    expect(read.data?.identityRules.rules.normalization).toEqual(DEFAULT_IDENTITY_RULES.normalization);
    const normalization = { trim: true, lowercaseEmail: true, lowercaseIds: true, phone: "digits" };
    const saved = await app.gql(UPDATE, { rules: { ...DEFAULT_IDENTITY_RULES, normalization } }, as("admin"));
    expect(saved.errors).toBeUndefined();
    await send(
      { type: "identify", userId: "Norm-Eve", traits: { phone: "+49 30 1234567" } },
      { type: "identify", userId: "norm-eve" },
    );
    const stored = await app.server.services.db.query(
      `SELECT type, value FROM identities WHERE workspace_id = $1 AND value IN ('norm-eve', 'Norm-Eve', '49301234567')
        ORDER BY type`,
      [app.workspaceId],
    );
    expect(stored).toEqual([
      { type: "phone", value: "49301234567" },
      { type: "user_id", value: "norm-eve" },
    ]);
    await app.gql(UPDATE, { rules: DEFAULT_IDENTITY_RULES }, as("admin"));
  });
});

describe("dry run", () => {
  it("shows the merges a looser rule would cause, without writing", async () => {
    // Two people share one anonymous id (a shared computer): user_id 1 ever keeps them apart.
    await send(
      { type: "identify", userId: "dry-a", anonymousId: "dry-shared" },
      { type: "identify", userId: "dry-b", anonymousId: "dry-shared" },
    );
    const profilesBefore = await app.server.services.db.query(`SELECT count(*)::int AS n FROM profiles`);
    const looser = { ...DEFAULT_IDENTITY_RULES, limits: [{ type: "user_id", max: 2 }] };
    const result = await app.gql<{
      identityRulesDryRun: {
        messages: number;
        merges: Array<{ profiles: number; identifiers: Array<{ type: string; value: string }> }>;
        splits: unknown[];
      };
    }>(DRY_RUN, { rules: looser }, as("admin"));
    expect(result.errors).toBeUndefined();
    const report = result.data?.identityRulesDryRun;
    expect(report?.messages).toBeGreaterThanOrEqual(2);
    expect(report?.splits).toEqual([]);
    expect(report?.merges).toHaveLength(1);
    expect(report?.merges[0]?.profiles).toBe(2);
    expect(report?.merges[0]?.identifiers).toEqual(
      expect.arrayContaining([
        { type: "user_id", value: "dry-a" },
        { type: "user_id", value: "dry-b" },
      ]),
    );
    expect(await app.server.services.db.query(`SELECT count(*)::int AS n FROM profiles`)).toEqual(profilesBefore);
  });

  it("is for admins only and checks the proposal like a save", async () => {
    const denied = await app.gql(DRY_RUN, { rules: DEFAULT_IDENTITY_RULES }, as("analyst"));
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await app.gql(
      DRY_RUN,
      { rules: { ...DEFAULT_IDENTITY_RULES, limits: [{ type: "email", max: 5, windowDays: 0 }] } },
      as("admin"),
    );
    expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "rules.limits[0].windowDays" });
    const MESSAGES = `query($rules: IdentityRulesInput!, $messages: Int!) {
      identityRulesDryRun(rules: $rules, messages: $messages) { messages } }`;
    for (const messages of [0, 100_001]) {
      const outOfRange = await app.gql(MESSAGES, { rules: DEFAULT_IDENTITY_RULES, messages }, as("admin"));
      expect(outOfRange.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "messages" });
    }
  });
});

describe("merge history and undo", () => {
  let mergeId: string;
  let winner: string;
  let loser: string;

  it("lists a merge on both profiles' pages and in the workspace history", async () => {
    await send({ type: "page", anonymousId: "visitor-1", name: "Home" });
    await send({ type: "identify", userId: "known-1", traits: { email: "known@shop.io" } });
    const visitor = await profileOf("anonymous_id", "visitor-1");
    const known = await profileOf("user_id", "known-1");
    expect(visitor).not.toBe(known);
    await send({ type: "identify", userId: "known-1", anonymousId: "visitor-1" });
    winner = await profileOf("user_id", "known-1");
    loser = winner === visitor ? known : visitor;
    expect(await profileOf("anonymous_id", "visitor-1")).toBe(winner);

    type Merges = { profile: { merges: Array<Record<string, unknown>> } };
    const onWinner = await app.gql<Merges>(PROFILE_MERGES, { id: winner }, as("marketer"));
    expect(onWinner.errors).toBeUndefined();
    const merge = onWinner.data?.profile.merges[0];
    expect(merge).toMatchObject({
      winnerId: winner,
      loserId: loser,
      rule: "shared-identifier",
      sourceName: "Web",
      undoneAt: null,
      loserEvents: 1,
    });
    expect(merge?.linkedBy).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "user_id", value: "known-1" })]),
    );
    mergeId = String(merge?.id);

    const history = await app.gql<{ mergeHistory: { edges: Array<{ node: { id: string } }> } }>(
      HISTORY,
      { first: 10 },
      as("analyst"),
    );
    expect(history.data?.mergeHistory.edges.map((e) => e.node.id)).toContain(mergeId);
  });

  it("pages the workspace history without repeats", async () => {
    for (let i = 0; i < 3; i++) {
      await send({ type: "page", anonymousId: `pager-${i}`, name: "Home" });
      await send({ type: "identify", userId: `pager-user-${i}`, anonymousId: `pager-${i}` });
      await send({ type: "identify", userId: `pager-user-${i}`, traits: { email: `pager${i}@shop.io` } });
    }
    const all = await app.server.services.merges.list(app.workspaceId, { first: 500 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: {
        data?: {
          mergeHistory: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: Array<{ node: { id: string } }>;
          };
        } | null;
      } = await app.gql(HISTORY, { first: 2, after }, as("admin"));
      const connection = result.data?.mergeHistory;
      seen.push(...(connection?.edges.map((e) => e.node.id) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((m) => m.id));

    const bad = await app.gql(HISTORY, { first: 2, after: "not-a-cursor" }, as("admin"));
    expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("refuses an undo to non-admins and for bad ids", async () => {
    const denied = await app.gql(UNDO, { id: mergeId }, as("analyst"));
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const notUuid = await app.gql(UNDO, { id: "merge-1" }, as("admin"));
    expect(notUuid.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "mergeId" });
    const unknown = await app.gql(UNDO, { id: "00000000-0000-4000-8000-000000000000" }, as("admin"));
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await profileOf("anonymous_id", "visitor-1")).toBe(winner);
  });

  it("splits the merge, restores the merged-away profile, and refuses a second undo", async () => {
    const undone = await app.gql<{ undoMerge: { restoredProfileId: string; fromProfileId: string } }>(
      UNDO,
      { id: mergeId },
      as("admin"),
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoMerge).toEqual({ mergeId, restoredProfileId: loser, fromProfileId: winner });
    const restored = await app.gql<{ profile: { id: string; merges: Array<{ id: string; undoneAt: string | null }> } }>(
      PROFILE_MERGES,
      { id: loser },
      as("admin"),
    );
    expect(restored.data?.profile.id).toBe(loser);
    expect(restored.data?.profile.merges[0]?.undoneAt).not.toBeNull();

    const again = await app.gql(UNDO, { id: mergeId }, as("admin"));
    expect(again.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", field: "mergeId" });
    expect(again.errors?.[0]?.message).toMatch(/already split/);
  });
});
