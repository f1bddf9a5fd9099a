import { fireEvent, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "../../gql/graphql";
import { renderWithProviders } from "../../test/render";
import { ViewerContext, type Viewer } from "../auth/viewer-context";
import { LtvPage } from "./LtvPage";

const settings = { event: "Order Completed", property: "revenue", currency: "EUR" };

function fit(status: "running" | "succeeded" | "failed", extra: Record<string, unknown> = {}) {
  return {
    id: "m1",
    status,
    progress: status === "running" ? 0.45 : 1,
    stage:
      status === "running"
        ? "fitting BG/NBD and Gamma-Gamma on all transactions"
        : status === "failed"
          ? "failed"
          : "done",
    trigger: "manual",
    startedAt: "2026-01-10T10:00:00Z",
    finishedAt: status === "running" ? null : "2026-01-10T10:00:05Z",
    error: status === "failed" ? 'No "Order Completed" events yet: nothing to fit' : null,
    revenueEvent: "Order Completed",
    revenueProperty: "revenue",
    currency: "EUR",
    ...extra,
  };
}

const modelInUse = {
  ...fit("succeeded"),
  customers: 3,
  transactions: 6,
  calibrationEnd: "2025-12-31",
  holdoutStart: "2025-12-18",
  bgnbd: { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43, logLikelihood: -9582.43, converged: true },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44, logLikelihood: -4055.92, converged: true },
  calibration: [
    { week: 1, expected: 0.5, actual: 1 },
    { week: 2, expected: 1.2, actual: 1 },
    { week: 3, expected: 2, actual: 2 },
  ],
  holdoutExpected: 1.5,
  holdoutActual: 1,
  cohorts: [{ cohort: "2025-12", customers: 3, points: [{ month: 0, value: 40 }] }],
  weeksPerMonth: 4.345,
  monthlyDiscountRate: 0.01,
};

const emptyOverview = {
  currency: "EUR",
  customers: 0,
  revenue: 0,
  averageValue: 0,
  medianValue: 0,
  repeatPurchaseRate: 0,
  averagePredictedValue12m: null,
  atRiskRepeatCustomers: 0,
  histogram: [],
  pareto: [],
  topCustomers: [],
};

const overview = {
  ...emptyOverview,
  customers: 3,
  revenue: 1234.5,
  averageValue: 411.5,
  medianValue: 300,
  repeatPurchaseRate: 2 / 3,
  averagePredictedValue12m: 88.2,
  atRiskRepeatCustomers: 1,
  histogram: [
    { from: 0, to: 500, customers: 2 },
    { from: 500, to: null, customers: 1 },
  ],
  pareto: [
    { customerShare: 0, revenueShare: 0 },
    { customerShare: 1 / 3, revenueShare: 0.6 },
    { customerShare: 1, revenueShare: 1 },
  ],
  topCustomers: [
    { profileId: "p1", displayName: "Ada Lovelace", revenue: 734.5, orders: 4, predictedValue12m: 120, pAlive: 0.92 },
    { profileId: "p2", displayName: "Once Only", revenue: 300, orders: 1, predictedValue12m: 12, pAlive: 1 },
    { profileId: "p3", displayName: "Gone Quiet", revenue: 200, orders: 3, predictedValue12m: 2, pAlive: 0.1 },
  ],
};

type Answers = Record<string, unknown | ((call: number) => unknown)>;

/** A fetch that answers each GraphQL operation by name; a function answer gets the operation's call count. */
function stubApi(answers: Answers) {
  const calls: Record<string, number> = {};
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "";
    calls[name] = (calls[name] ?? 0) + 1;
    const answer = answers[name];
    const data = typeof answer === "function" ? (answer as (call: number) => unknown)(calls[name]) : answer;
    if (data === undefined) throw new Error(`unexpected operation ${name}`);
    return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

function viewer(role: Role): Viewer {
  return { id: "u1", email: `${role}@mosaic.local`, name: "Test User", role, workspace: { id: "w1", name: "Shop" } };
}

function renderPage(role: Role = "analyst") {
  return renderWithProviders(
    <MemoryRouter>
      <ViewerContext.Provider value={viewer(role)}>
        <LtvPage />
      </ViewerContext.Provider>
    </MemoryRouter>,
  );
}

const base = {
  RevenueSettings: { revenueSettings: settings },
  LtvAudienceOptions: { segments: [] },
};

describe("LtvPage", () => {
  it.each([
    ["analyst", true],
    ["admin", true],
    ["marketer", false],
  ] as const)("without any fit, %s sees the empty state (fit button: %s)", async (role, button) => {
    stubApi({
      ...base,
      LtvModelStatus: { ltvModel: null },
      LtvModelInUse: { ltvModelInUse: null },
      LtvOverview: { ltvOverview: emptyOverview },
    });
    renderPage(role);
    expect(await screen.findByText("No lifetime-value model yet")).toBeTruthy();
    expect(screen.queryAllByRole("button", { name: /Fit the model/ }).length > 0).toBe(button);
  });

  it("shows a failed fit's error with the revenue settings, and that there are no orders", async () => {
    stubApi({
      ...base,
      LtvModelStatus: { ltvModel: fit("failed") },
      LtvModelInUse: { ltvModelInUse: null },
      LtvOverview: { ltvOverview: emptyOverview },
    });
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/No "Order Completed" events yet/);
    expect(alert.textContent).toMatch(/Revenue is read from the revenue property of Order Completed events, in EUR/);
    expect(screen.getByText("No orders yet")).toBeTruthy();
  });

  it("shows the progress of a fit running on first load, then refreshes the figures when it succeeds", async () => {
    const calls = stubApi({
      ...base,
      LtvModelStatus: (n: number) => ({ ltvModel: n === 1 ? fit("running") : fit("succeeded") }),
      LtvModelInUse: (n: number) => ({ ltvModelInUse: n === 1 ? null : modelInUse }),
      LtvOverview: (n: number) => ({ ltvOverview: n === 1 ? emptyOverview : overview }),
    });
    renderPage();
    expect(await screen.findByText("Fitting the LTV model")).toBeTruthy();
    expect(screen.getByText("45%")).toBeTruthy();
    expect(screen.getByText(/Fitting BG\/NBD and Gamma-Gamma on all transactions/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /Refitting/ }).hasAttribute("disabled")).toBe(true);
    expect(await screen.findByText("Top customers", {}, { timeout: 4000 })).toBeTruthy();
    expect(screen.queryByText("Fitting the LTV model")).toBeNull();
    expect(calls.LtvOverview).toBe(2);
    expect(calls.LtvModelInUse).toBe(2);
  });

  it("starts a refit on demand and polls it", async () => {
    const calls = stubApi({
      ...base,
      LtvModelStatus: (n: number) => ({ ltvModel: n === 1 ? fit("succeeded") : fit("running", { id: "m2" }) }),
      LtvModelInUse: { ltvModelInUse: modelInUse },
      LtvOverview: { ltvOverview: overview },
      RefitLtv: { refitLtv: fit("running", { id: "m2", progress: 0, stage: "queued" }) },
    });
    renderPage("admin");
    fireEvent.click(await screen.findByRole("button", { name: "Refit now" }));
    expect(await screen.findByText("Fitting the LTV model")).toBeTruthy();
    expect(calls.RefitLtv).toBe(1);
    expect(await screen.findByText("45%", {}, { timeout: 4000 })).toBeTruthy();
    // The figures of the model in use stay on screen while the new fit runs.
    expect(screen.getByText("Top customers")).toBeTruthy();
  });

  it("renders the figures in the workspace currency, links top customers and explains P(alive) = 1", async () => {
    stubApi({
      ...base,
      LtvModelStatus: { ltvModel: fit("succeeded") },
      LtvModelInUse: { ltvModelInUse: modelInUse },
      LtvOverview: { ltvOverview: overview },
    });
    renderPage("marketer");
    const table = (await screen.findByText("Top customers")).closest(".mantine-Card-root") as HTMLElement;
    expect(screen.getByText("€1,235")).toBeTruthy();
    expect(screen.getByText("66.7%")).toBeTruthy();
    const link = within(table).getByRole("link", { name: "Ada Lovelace" });
    expect(link.getAttribute("href")).toBe("/profiles/p1");
    expect(within(table).getByText("€734.50")).toBeTruthy();
    expect(within(table).getByText("100%*")).toBeTruthy();
    expect(within(table).getByText("10%")).toBeTruthy();
    expect(table.textContent).toMatch(/P\(alive\) is 1 for customers who never bought twice/);
    expect(screen.getByText(/The top 20% of customers bring/).textContent).toMatch(/36%/);
    expect(screen.getByText("Model card")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Refit/ })).toBeNull();
  });

  it("compares the first two saved audiences straight away, then the ones picked", async () => {
    const audience = (id: string, name: string, averageValue: number | null) => ({
      audienceId: id,
      name,
      members: 4,
      customers: averageValue === null ? 0 : 2,
      revenue: averageValue === null ? 0 : averageValue * 2,
      averageValue,
      averagePredictedValue12m: averageValue === null ? null : averageValue / 10,
      averagePAlive: averageValue === null ? null : 0.75,
      repeatPurchaseRate: averageValue === null ? null : 0.5,
    });
    const calls = stubApi({
      ...base,
      LtvModelStatus: { ltvModel: fit("succeeded") },
      LtvModelInUse: { ltvModelInUse: modelInUse },
      LtvOverview: { ltvOverview: overview },
      LtvAudienceOptions: {
        segments: [
          { id: "s1", name: "Big spenders", size: 4 },
          { id: "s2", name: "Newsletter", size: 4 },
          { id: "s3", name: "Browsers", size: 4 },
        ],
      },
      AudienceLtvComparison: (n: number) => ({
        audienceLtvComparison: {
          currency: "EUR",
          audiences: [
            audience("s1", "Big spenders", 500),
            audience("s2", "Newsletter", 80),
            ...(n === 1 ? [] : [audience("s3", "Browsers", null)]),
          ],
        },
      }),
    });
    renderPage("marketer");
    const table = await screen.findByRole("table", { name: "Lifetime value by audience" }, { timeout: 4000 });
    expect(within(table).getByText("Big spenders")).toBeTruthy();
    expect(within(table).getByText("€500.00")).toBeTruthy();
    expect(within(table).getByText("€8.00")).toBeTruthy();
    expect(within(table).getAllByText("75%")).toHaveLength(2);
    fireEvent.click(screen.getByRole("textbox", { name: "Audiences to compare" }));
    fireEvent.click(await screen.findByRole("option", { name: "Browsers", hidden: true }));
    expect(
      await within(await screen.findByRole("table", { name: "Lifetime value by audience" })).findByText("Browsers"),
    ).toBeTruthy();
    expect(calls.AudienceLtvComparison).toBe(2);
    const updated = screen.getByRole("table", { name: "Lifetime value by audience" });
    // An audience without customers has no averages: a dash, not a misleading zero.
    expect(within(updated).getAllByText("—").length).toBe(4);
  }, 20_000);
});
