import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { postTracking } from "../ingestion/tracking-client.js";
import { predictCustomer } from "./clv.js";
import { recomputeProfileLtv } from "./profile-ltv-hook.js";

let app: TestApp;
let writeKey: string;

// The CDNOW parameters stand in for a fitted model; only their use matters here, not their fit.
const BGNBD = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, logLikelihood: 0, converged: true };
const GAMMA_GAMMA = { p: 6.2488, q: 3.7444, gamma: 15.4442, logLikelihood: 0, converged: true };
const CALIBRATION_END = "2026-06-30";
const weeks = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (7 * 86_400_000);

type LtvRow = {
  orders: number;
  revenue: number;
  first_order_at: string;
  last_order_at: string;
  p_alive: number;
  predicted_value_12m: number;
};

async function ltvOf(profileId: string): Promise<LtvRow | undefined> {
  const rows: LtvRow[] = await app.server.services.db.query(
    `SELECT orders, revenue::float8 AS revenue, to_char(first_order_at, 'YYYY-MM-DD') AS first_order_at,
            to_char(last_order_at, 'YYYY-MM-DD') AS last_order_at, p_alive, predicted_value_12m
       FROM profile_ltv WHERE profile_id = $1`,
    [profileId],
  );
  return rows[0];
}

async function profileOf(type: string, value: string): Promise<string> {
  const [row] = (await app.server.services.db.query(
    `SELECT profile_id FROM identities WHERE workspace_id = $1 AND type = $2 AND value = $3`,
    [app.workspaceId, type, value],
  )) as Array<{ profile_id: string }>;
  if (!row) throw new Error(`no profile for ${type} ${value}`);
  return row.profile_id;
}

const order = (who: Record<string, string>, day: string, revenue: number) => ({
  type: "track",
  ...who,
  event: "Order Completed",
  properties: { revenue },
  messageId: `${Object.values(who).join("-")}-${day}`,
  timestamp: `${day}T12:00:00Z`,
});

async function send(batch: unknown[]) {
  const answer = await postTracking(app.url, "batch", { batch }, { writeKey });
  if (answer.status !== 200) throw new Error(`ingestion failed: ${JSON.stringify(answer.body)}`);
}

function prediction(x: number, first: string, last: string, monetary: number) {
  const customer = { customerId: "c", x, tx: weeks(first, last), T: weeks(first, CALIBRATION_END), monetary };
  return predictCustomer(BGNBD, GAMMA_GAMMA, customer);
}

beforeAll(async () => {
  app = await startTestApp();
  writeKey = (await app.server.services.sources.create(app.workspaceId, "Web", "website")).writeKey;
  await send([
    order({ anonymousId: "ltv-visitor" }, "2026-01-05", 40),
    order({ anonymousId: "ltv-visitor" }, "2026-02-02", 60),
    order({ userId: "ltv-user" }, "2026-03-02", 100),
  ]);
  // What a fit leaves behind: the model in use and one row per customer.
  await app.server.services.db.query(
    `INSERT INTO ltv_models (workspace_id, status, stage, trigger, revenue_event, revenue_property, currency,
       calibration_end, bgnbd, gamma_gamma)
     VALUES ($1, 'succeeded', 'done', 'manual', 'Order Completed', 'revenue', 'USD', $2, $3, $4)`,
    [app.workspaceId, CALIBRATION_END, JSON.stringify(BGNBD), JSON.stringify(GAMMA_GAMMA)],
  );
  await recomputeProfileLtv(app.server.services.db, app.workspaceId, [
    await profileOf("anonymous_id", "ltv-visitor"),
    await profileOf("user_id", "ltv-user"),
  ]);
});
afterAll(async () => app.close());

describe("profile_ltv across merges and splits", () => {
  let visitor: string;
  let user: string;

  it("holds one row per customer before the merge, as the fit computes it", async () => {
    visitor = await profileOf("anonymous_id", "ltv-visitor");
    user = await profileOf("user_id", "ltv-user");
    const expected = prediction(1, "2026-01-05", "2026-02-02", 60);
    const row = await ltvOf(visitor);
    expect(row).toMatchObject({ orders: 2, revenue: 100, first_order_at: "2026-01-05", last_order_at: "2026-02-02" });
    expect(row?.p_alive).toBeCloseTo(expected.pAlive, 9);
    expect(row?.predicted_value_12m).toBeCloseTo(expected.predicted12MonthValue, 9);
    expect(await ltvOf(user)).toMatchObject({ orders: 1, revenue: 100, p_alive: 1 });
  });

  it("gives the holder of a merge the value of all its orders and drops the merged-away row", async () => {
    await send([{ type: "identify", userId: "ltv-user", anonymousId: "ltv-visitor", messageId: "ltv-login" }]);
    const holder = await profileOf("user_id", "ltv-user");
    expect(await profileOf("anonymous_id", "ltv-visitor")).toBe(holder);
    const loser = holder === user ? visitor : user;
    expect(await ltvOf(loser)).toBeUndefined();
    // Three purchase-days: x = 2, from 5 January to 2 March, repeat days worth 60 and 100.
    const expected = prediction(2, "2026-01-05", "2026-03-02", 80);
    const row = await ltvOf(holder);
    expect(row).toMatchObject({ orders: 3, revenue: 200, first_order_at: "2026-01-05", last_order_at: "2026-03-02" });
    expect(row?.p_alive).toBeCloseTo(expected.pAlive, 9);
    expect(row?.predicted_value_12m).toBeCloseTo(expected.predicted12MonthValue, 9);
  });

  it("gives both profiles their own rows back when the merge is undone", async () => {
    const [merge] = (await app.server.services.db.query(
      `SELECT id FROM profile_merges WHERE workspace_id = $1 AND undone_at IS NULL`,
      [app.workspaceId],
    )) as Array<{ id: string }>;
    const admin = await app.signIn("admin");
    const undone = await app.gql(
      `mutation($id: ID!) { undoMerge(mergeId: $id) { restoredProfileId } }`,
      {
        id: merge?.id,
      },
      { cookie: admin },
    );
    expect(undone.errors).toBeUndefined();
    const visitorNow = await profileOf("anonymous_id", "ltv-visitor");
    const userNow = await profileOf("user_id", "ltv-user");
    expect(visitorNow).not.toBe(userNow);
    const expected = prediction(1, "2026-01-05", "2026-02-02", 60);
    const visitorRow = await ltvOf(visitorNow);
    expect(visitorRow).toMatchObject({ orders: 2, revenue: 100, last_order_at: "2026-02-02" });
    expect(visitorRow?.predicted_value_12m).toBeCloseTo(expected.predicted12MonthValue, 9);
    expect(await ltvOf(userNow)).toMatchObject({ orders: 1, revenue: 100, first_order_at: "2026-03-02", p_alive: 1 });
  });
});
