import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { parseCdnowSample } from "./transactions-csv.js";

let app: TestApp;
let cookie: string;

/** CDNOW's 2,357 customers as profiles with one Order Completed event per purchase. */
async function loadCdnow(workspaceId: string) {
  const text = readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/cdnow/CDNOW_sample.txt"), "utf8");
  const transactions = parseCdnowSample(text);
  const profileOf = new Map<string, string>();
  for (const t of transactions) if (!profileOf.has(t.customerId)) profileOf.set(t.customerId, randomUUID());
  const db = app.server.services.db;
  await db.query(
    `INSERT INTO profiles (id, workspace_id, traits, first_seen_at, last_seen_at)
     SELECT id, $1, jsonb_build_object('name', 'Customer ' || cid), '1997-01-01', '1998-06-30'
       FROM unnest($2::uuid[], $3::text[]) AS u(id, cid)`,
    [workspaceId, [...profileOf.values()], [...profileOf.keys()]],
  );
  await db.query(
    `INSERT INTO events (profile_id, workspace_id, message_id, type, event, properties, timestamp)
     SELECT pid, $1, gen_random_uuid()::text, 'track', 'Order Completed', jsonb_build_object('revenue', amount),
            (day || 'T12:00:00Z')::timestamptz
       FROM unnest($2::uuid[], $3::text[], $4::float8[]) AS u(pid, day, amount)`,
    [
      workspaceId,
      transactions.map((t) => profileOf.get(t.customerId)),
      transactions.map((t) => t.date),
      transactions.map((t) => t.amount),
    ],
  );
  const orders = new Map<string, number>();
  const days = new Map<string, Set<string>>();
  for (const t of transactions) {
    orders.set(t.customerId, (orders.get(t.customerId) ?? 0) + 1);
    days.set(t.customerId, (days.get(t.customerId) ?? new Set()).add(t.date));
  }
  cdnow.repeatCustomers = [...orders.values()].filter((n) => n >= 2).length;
  cdnow.singleDayCustomers = [...days.values()].filter((d) => d.size === 1).length;
  cdnow.revenue = transactions.reduce((sum, t) => sum + t.amount, 0);
}

const cdnow = { repeatCustomers: 0, singleDayCustomers: 0, revenue: 0 };

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.signIn("analyst");
});
afterAll(async () => {
  await app.close();
});

const MODEL = `{ ltvModel { status stage progress customers transactions calibrationEnd holdoutStart
  bgnbd { r alpha a b logLikelihood } gammaGamma { p q gamma } calibration { week expected actual }
  holdoutExpected holdoutActual cohorts { cohort customers points { month value } } weeksPerMonth monthlyDiscountRate error } }`;

describe("LTV in a workspace", () => {
  it("fails a fit clearly when there are no orders yet", async () => {
    const started = await app.gql<{ refitLtv: { status: string } }>(`mutation { refitLtv { status } }`, {}, { cookie });
    expect(started.data?.refitLtv.status).toBe("running");
    await app.server.services.ltv.settled(app.workspaceId);
    const model = await app.gql<{ ltvModel: { status: string; error: string } }>(MODEL, {}, { cookie });
    expect(model.data?.ltvModel.status).toBe("failed");
    expect(model.data?.ltvModel.error).toMatch(/No "Order Completed" events yet/);
  });

  it("fits BG/NBD + Gamma-Gamma on the workspace's orders and stores per-customer values", async () => {
    await loadCdnow(app.workspaceId);
    await app.gql(`mutation { refitLtv { id } }`, {}, { cookie });
    await app.server.services.ltv.settled(app.workspaceId);
    type Model = {
      ltvModel: {
        status: string;
        customers: number;
        transactions: number;
        bgnbd: { r: number; logLikelihood: number };
        calibration: Array<{ week: number; expected: number; actual: number }>;
        holdoutExpected: number;
        holdoutActual: number;
        cohorts: Array<{ cohort: string; customers: number; points: Array<{ value: number }> }>;
        weeksPerMonth: number;
      };
    };
    const { data } = await app.gql<Model>(MODEL, {}, { cookie });
    const model = data?.ltvModel;
    expect(model?.status).toBe("succeeded");
    expect(model?.customers).toBe(2357);
    expect(model?.transactions).toBe(6696);
    // The full-history fit (no holdout) of the CDNOW sample, as `mosaic ltv fit` prints it.
    expect(model?.bgnbd.r).toBeCloseTo(0.25356, 4);
    expect(model?.bgnbd.logLikelihood).toBeCloseTo(-17138.234, 2);
    expect(model?.calibration.length).toBeGreaterThan(60);
    expect(model?.holdoutActual).toBeGreaterThan(0);
    expect(Math.abs((model?.holdoutExpected ?? 0) / (model?.holdoutActual ?? 1) - 1)).toBeLessThan(0.35);
    expect(model?.cohorts.map((c) => c.cohort)).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(model?.cohorts.reduce((n, c) => n + c.customers, 0)).toBe(2357);
    expect(model?.weeksPerMonth).toBe(4.345);

    const rows = await app.server.services.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE p_alive = 1)::int AS one_timers,
              sum(revenue)::float8 AS revenue FROM profile_ltv WHERE workspace_id = $1`,
      [app.workspaceId],
    );
    expect(rows[0].n).toBe(2357);
    // P(alive) is exactly 1 for every customer without a repeat purchase-day.
    expect(rows[0].one_timers).toBe(cdnow.singleDayCustomers);
    expect(rows[0].revenue).toBeCloseTo(cdnow.revenue, 1);
  });

  it("summarises historical value: totals, histogram, Pareto curve and top customers", async () => {
    type Overview = {
      ltvOverview: {
        currency: string;
        customers: number;
        repeatPurchaseRate: number;
        histogram: Array<{ from: number; to: number | null; customers: number }>;
        pareto: Array<{ customerShare: number; revenueShare: number }>;
        topCustomers: Array<{ displayName: string; revenue: number }>;
      };
    };
    const { data } = await app.gql<Overview>(
      `{ ltvOverview { currency customers repeatPurchaseRate histogram { from to customers }
         pareto { customerShare revenueShare } topCustomers { displayName revenue } } }`,
      {},
      { cookie },
    );
    const o = data?.ltvOverview;
    expect(o?.currency).toBe("USD");
    expect(o?.customers).toBe(2357);
    expect(o?.repeatPurchaseRate).toBeCloseTo(cdnow.repeatCustomers / 2357, 6);
    expect(o?.histogram.reduce((n, b) => n + b.customers, 0)).toBe(2357);
    expect(o?.histogram.at(-1)?.to).toBeNull();
    expect(o?.pareto.at(-1)?.revenueShare).toBeCloseTo(1, 6);
    const top20 = o?.pareto.find((p) => Math.abs(p.customerShare - 0.2) < 1e-9);
    expect(top20?.revenueShare).toBeGreaterThan(0.5);
    expect(o?.topCustomers).toHaveLength(10);
    expect(o?.topCustomers[0]?.revenue).toBeGreaterThanOrEqual(o?.topCustomers[1]?.revenue ?? 0);
  });

  it("lets an admin change the revenue definition, and names the field of a bad one", async () => {
    const admin = await app.signIn("admin");
    const bad = await app.gql(
      `mutation { updateRevenueSettings(event: "Order Completed", property: "revenue", currency: "dollars") { currency } }`,
      {},
      { cookie: admin },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currency" });
    const good = await app.gql<{ updateRevenueSettings: { currency: string } }>(
      `mutation { updateRevenueSettings(event: "Order Completed", property: "total", currency: "EUR") { currency } }`,
      {},
      { cookie: admin },
    );
    expect(good.data?.updateRevenueSettings.currency).toBe("EUR");
    const analyst = await app.gql(
      `mutation { updateRevenueSettings(event: "x", property: "y", currency: "USD") { currency } }`,
      {},
      { cookie },
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
