import { expect, test, type Page } from "@playwright/test";
import { AudienceBuilderPage } from "./audience-builder.page";
import { gql, signIn } from "./helpers";

/** Waits until the size on screen is settled and differs from `previous`. */
async function sizeChangedFrom(builder: AudienceBuilderPage, previous: number): Promise<number> {
  await expect.poll(() => builder.settledSize(), { timeout: 60_000 }).not.toBe(previous);
  return builder.settledSize();
}

/** The saved audiences a profile is in now (materialised membership). */
async function audiencesOf(page: Page, profileId: string): Promise<string[]> {
  const data = await gql<{ profile: { audiences: Array<{ segment: { id: string } }> } }>(
    page,
    "query ($id: ID!) { profile(id: $id) { audiences { segment { id } } } }",
    { id: profileId },
  );
  return data.profile.audiences.map((a) => a.segment.id);
}

test("a marketer builds a nested audience by clicking, watches its size, saves it and asks why", async ({
  page,
  browser,
}) => {
  // Many live recounts on a shared 2-core machine: the default minute is too tight for the whole story.
  test.setTimeout(300_000);
  await signIn(page, "marketer", "/audiences");
  await page.getByRole("link", { name: "New audience" }).click();
  await expect(page).toHaveURL(/\/audiences\/new$/);
  const builder = new AudienceBuilderPage(page);
  await expect(builder.node([])).toBeVisible();
  await page.screenshot({ path: "/tmp/audience-builder-empty.png", fullPage: true });
  const everyone = await builder.settledSize();

  const name = `US buyers, recent or business ${Date.now()}`;
  await page.getByLabel("Name").fill(name);

  // 1. A trait rule: country = US.
  await builder.addCondition([]);
  await builder.chooseField([0], "country");
  await builder.chooseOperator([0], "is");
  await builder.input([0], "Value").fill("US");
  const usOnly = await sizeChangedFrom(builder, everyone);

  // 2. A nested OR group whose first condition is an event rule: ordered in the last hour.
  await builder.addGroup([]);
  await builder.setCombinator([1], "Any of (OR)");
  await builder.chooseField([1, 0], "Event");
  await builder.chooseOperator([1, 0], "performed");
  await builder.choose([1, 0], "Event", "Order Completed");
  await builder.choose([1, 0], "Time window", "in the last");
  await builder.input([1, 0], "Time window value").fill("1");
  await builder.choose([1, 0], "Time window value unit", "hours");
  const recentBuyers = await sizeChangedFrom(builder, usOnly);

  // 3. …or on the business plan.
  await builder.addCondition([1]);
  await builder.chooseField([1, 1], "plan");
  await builder.chooseOperator([1, 1], "is");
  await builder.input([1, 1], "Value").fill("business");
  const size = await sizeChangedFrom(builder, recentBuyers);
  expect(size).toBeGreaterThan(0);
  expect(size).toBeLessThan(usOnly);
  await expect(page.getByTestId("part-size")).toHaveCount(2);
  await page.screenshot({ path: "/tmp/audience-builder-nested.png", fullPage: true });

  // An incomplete rule says what is missing instead of counting.
  await builder.addCondition([]);
  await expect(page.getByTestId("rules-issue")).toContainText("Condition 3");
  await page.screenshot({ path: "/tmp/audience-builder-error.png", fullPage: true });
  await builder.node([2]).getByRole("button", { name: "✕" }).click();
  await expect(page.getByTestId("rules-issue")).toHaveCount(0);
  await expect(builder.liveSize()).toHaveText(new Intl.NumberFormat("en-US").format(size));

  // The sample explains itself with the rules on screen.
  const first = page.getByTestId("sample-profile").first();
  await expect(first).toBeVisible();
  await first.getByRole("button", { name: /^Why is / }).click();
  const trace = page.getByRole("dialog").getByRole("list", { name: "Why-trace" });
  await expect(trace).toContainText("country = US");
  await expect(trace.getByLabel("holds").first()).toBeVisible();
  await expect(page.getByRole("dialog").getByTestId("why-verdict")).toContainText(`matches “${name}”`);
  await page.screenshot({ path: "/tmp/audience-builder-why.png", fullPage: true });
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Show SQL" }).click();
  await expect(page.getByTestId("audience-sql")).toContainText("SELECT");

  await page.getByRole("button", { name: "Save audience" }).click();
  await expect(page).toHaveURL(/\/audiences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const audienceId = page.url().split("/").pop() ?? "";

  // The saved audience's page lists its members, each with a why-trace against the saved rules.
  const members = page.getByTestId("members");
  await expect(members.getByRole("button", { name: /^Why is / }).first()).toBeVisible();
  await members
    .getByRole("button", { name: /^Why is / })
    .first()
    .click();
  await expect(page.getByRole("dialog").getByTestId("why-verdict")).toContainText("matches");
  await page.screenshot({ path: "/tmp/audience-builder-saved.png", fullPage: true });
  await page.keyboard.press("Escape");

  const saved = await gql<{ segment: { size: number | null; members: { edges: Array<{ node: { id: string } }> } } }>(
    page,
    "query ($id: ID!) { segment(id: $id) { size members(first: 5) { edges { node { id } } } } }",
    { id: audienceId },
  );
  expect(saved.segment.size).toBe(size);
  expect(saved.segment.members.edges.length).toBeGreaterThan(0);

  // A US profile on another plan who has not ordered lately joins once an order arrives through /v1/track.
  const outsiders = await gql<{
    audienceSample: Array<{ id: string; identities: Array<{ type: string; value: string }> }>;
  }>(page, `query ($rules: JSONObject!) { audienceSample(rules: $rules, limit: 5) { id identities { type value } } }`, {
    rules: {
      combinator: "and",
      rules: [
        { field: "traits.country", operator: "=", value: "US" },
        { field: "traits.plan", operator: "=", value: "free" },
        { field: "audience", operator: "notMemberOf", value: audienceId },
      ],
    },
  });
  const outsider = outsiders.audienceSample.find((p) => p.identities.some((i) => i.type === "user_id"));
  expect(outsider).toBeDefined();
  const userId = outsider?.identities.find((i) => i.type === "user_id")?.value ?? "";
  expect(await audiencesOf(page, outsider?.id ?? "")).not.toContain(audienceId);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  const sources = await gql<{ sources: Array<{ writeKey: string }> }>(admin, "{ sources { writeKey } }");
  const writeKey = sources.sources[0]?.writeKey ?? "";
  const tracked = await page.request.post("/v1/track", {
    headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString("base64")}` },
    data: { userId, event: "Order Completed", properties: { revenue: 42, order_id: `e2e-${Date.now()}` } },
  });
  expect(tracked.ok()).toBe(true);
  await expect.poll(() => audiencesOf(page, outsider?.id ?? ""), { timeout: 30_000 }).toContain(audienceId);

  // Editing opens the saved rules in the builder, counting the newcomer, and shows who would leave.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(builder.input([0], "Value")).toHaveValue("US");
  expect(await builder.settledSize()).toBe(size + 1);
  await builder.input([0], "Value").fill("DE");
  await sizeChangedFrom(builder, size + 1);
  const leaving = new Intl.NumberFormat("en-US").format(size + 1);
  await expect(page.getByTestId("edit-impact")).toContainText(new RegExp(`${leaving}\\s*would leave`));
  await page.screenshot({ path: "/tmp/audience-builder-edit.png", fullPage: true });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/audiences\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/country = DE/).first()).toBeVisible();
});
