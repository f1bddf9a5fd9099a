import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { ViewerContext } from "../../auth/viewer-context";
import { AudienceEditor, type SavedAudience } from "./AudienceEditor";
import { toCatalog } from "./catalog";

const catalog = toCatalog({
  traits: [
    { key: "country", type: "string", seen: 100, suggestions: ["US", "DE"] },
    { key: "plan", type: "string", seen: 100, suggestions: ["free", "pro", "business"] },
  ],
  events: [
    {
      name: "Order Completed",
      count: 500,
      properties: [{ key: "revenue", type: "number", seen: 500, suggestions: [] }],
    },
  ],
  identifiers: [{ type: "email", count: 90 }],
  audiences: [],
});

const saved: SavedAudience = {
  id: "0b7d3c38-2f0c-4a8e-9a57-1d2f9f0c2a11",
  name: "US buyers",
  description: "",
  rules: {
    combinator: "and",
    rules: [
      { field: "traits.country", operator: "=", value: "US" },
      {
        combinator: "or",
        rules: [
          {
            field: "event",
            operator: "performed",
            value: { event: "Order Completed", count: { op: "atLeast", n: 2 }, where: [] },
          },
        ],
      },
    ],
  },
};

type Answer = unknown | ((variables: Record<string, unknown>) => unknown);

/** Answers GraphQL operations by name; records each call's variables. */
function stubApi(answers: Record<string, Answer>) {
  const calls: Array<{ name: string; variables: Record<string, unknown> }> = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body: unknown = JSON.parse(String(init?.body));
      const { query, variables } = body as { query: string; variables: Record<string, unknown> };
      const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "";
      calls.push({ name, variables });
      const answer = answers[name];
      const reply = typeof answer === "function" ? answer(variables) : answer;
      if (reply === undefined) throw new Error(`unexpected operation ${name}`);
      return new Response(JSON.stringify(reply), { headers: { "content-type": "application/json" } });
    }),
  );
  return calls;
}

const sizeAnswer = {
  data: {
    audienceSize: { count: 1234, total: 13000, percent: 9.49 },
    audienceGroupSizes: [
      { index: 0, count: 4000 },
      { index: 1, count: 2500 },
    ],
  },
};
const impactAnswer = { data: { audienceImpact: { entering: 12, leaving: 3, staying: 1222 } } };
const sampleAnswer = {
  data: {
    audienceSample: [
      { id: "p1", displayName: "Ada Lovelace", email: "ada@example.com", lastSeenAt: "2026-11-20T10:00:00Z" },
    ],
  },
};

function renderEditor(role: Role, audience: SavedAudience | null = saved) {
  const router = createMemoryRouter(
    [
      {
        path: "/audiences/:id/edit",
        element: (
          <ViewerContext.Provider
            value={{ id: "u1", email: "x@mosaic.local", name: "X", role, workspace: { id: "w1", name: "Shop" } }}
          >
            <AudienceEditor catalog={catalog} saved={audience} />
          </ViewerContext.Provider>
        ),
      },
      { path: "/audiences/:id", element: <p>saved audience page</p> },
    ],
    { initialEntries: [`/audiences/${saved.id}/edit`] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

// Rendering react-querybuilder with Mantine takes seconds on a loaded 2-core machine.
describe("AudienceEditor", { timeout: 20_000 }, () => {
  it("shows the live size, each top-level part's size, the edit impact and a sample with a why-trace", async () => {
    const calls = stubApi({
      AudienceSize: sizeAnswer,
      AudienceSample: sampleAnswer,
      AudienceImpact: impactAnswer,
      ExplainAudience: {
        data: {
          explainAudience: {
            profileId: "p1",
            member: true,
            trace: {
              type: "group",
              path: "",
              combinator: "and",
              not: false,
              holds: true,
              children: [
                {
                  type: "condition",
                  path: "rules.0",
                  subject: "country",
                  expected: '= "US"',
                  actual: "US",
                  holds: true,
                  text: 'country = US (needs = "US") ✓',
                },
              ],
            },
          },
        },
      },
    });
    renderEditor("marketer");

    expect((await screen.findByTestId("live-size")).textContent).toContain("1,234");
    expect(screen.getByTestId("live-percent").textContent).toContain("9.5%");
    expect(screen.getAllByTestId("part-size").map((badge) => badge.textContent)).toEqual(["4,000", "2,500"]);
    expect((await screen.findByTestId("edit-impact")).textContent).toContain("12would enter3would leave1,222stay");
    // The saved event rule opens in its structured editor.
    const labelsShowing = (value: string) =>
      screen.getAllByDisplayValue(value).map((el) => el.getAttribute("aria-label"));
    expect(labelsShowing("Order Completed")).toContain("Event");
    expect(labelsShowing("2")).toContain("Times");

    // The request carries the tree without the builder's ids.
    const sizeCall = calls.find((call) => call.name === "AudienceSize");
    expect(JSON.stringify(sizeCall?.variables)).not.toContain('"id"');
    expect(sizeCall?.variables.rules).toEqual(saved.rules);

    // The trace is asked for with the rules on screen, not a saved audience.
    fireEvent.click(await screen.findByRole("button", { name: "Why is Ada Lovelace in US buyers?" }));
    const trace = await screen.findByRole("list", { name: "Why-trace" });
    expect(trace.textContent).toContain("country = US");
    expect(within(trace).getAllByLabelText("holds")).toHaveLength(2); // the group and its one condition
    expect(calls.find((call) => call.name === "ExplainAudience")?.variables).toEqual({
      profileId: "p1",
      id: null,
      rules: saved.rules,
    });
  });

  it("shows the server's complaint beside the rule it names, without crashing", async () => {
    stubApi({
      AudienceSize: {
        errors: [
          {
            message: 'rules.1.rules.0.value.event: unknown event "Order Completed"',
            extensions: { code: "BAD_USER_INPUT", field: "rules.1.rules.0.value.event" },
          },
        ],
        data: null,
      },
      AudienceSample: sampleAnswer,
      AudienceImpact: impactAnswer,
    });
    renderEditor("marketer");
    expect((await screen.findByTestId("rules-issue")).textContent).toContain(
      'Condition 2.1: event: unknown event "Order Completed"',
    );
    const inline = screen.getAllByRole("alert").find((el) => el.textContent?.startsWith("event:"));
    expect(inline).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Save changes" }).disabled).toBe(true);
  });

  it("saves the rules and opens the saved audience", async () => {
    const calls = stubApi({
      AudienceSize: sizeAnswer,
      AudienceSample: sampleAnswer,
      AudienceImpact: impactAnswer,
      UpdateSegment: { data: { updateSegment: { id: saved.id } } },
    });
    const router = renderEditor("admin");
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: "US repeat buyers" } });
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/audiences/${saved.id}`));
    expect(calls.find((call) => call.name === "UpdateSegment")?.variables).toEqual({
      id: saved.id,
      input: { name: "US repeat buyers", description: "", rules: saved.rules },
    });
  });

  it("lets an analyst explore but not save", async () => {
    stubApi({ AudienceSize: sizeAnswer, AudienceSample: sampleAnswer, AudienceImpact: impactAnswer });
    renderEditor("analyst");
    expect(await screen.findByText(/only marketers and admins can save/)).toBeDefined();
    expect(screen.queryByRole("button", { name: /Save/ })).toBeNull();
  });
});
