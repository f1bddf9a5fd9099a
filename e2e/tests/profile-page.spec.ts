import { expect, test, type Page } from "@playwright/test";
import { gql, signIn } from "./helpers";

// Issue 5's acceptance for one profile: an analyst finds a customer by email, filters and scrolls the timeline,
// expands a trait's history and follows a merge from the identity history to the merged-away profile and back.

const run = Date.now().toString(36);
const user = `pp-user-${run}`;
const visitor = `pp-visitor-${run}`;
const email = `page-${run}@e2e.test`;
const name = `Page Person ${run}`;
const DAY = 24 * 3600 * 1000;

async function send(page: Page, writeKey: string, batch: Array<Record<string, unknown>>) {
  const response = await page.request.post("/v1/batch", {
    headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString("base64")}` },
    data: { batch },
  });
  expect(response.status()).toBe(200);
}

/** As an admin (who may read write keys): a customer with 40 events and a visitor who merges into them. */
async function sendCustomer(page: Page) {
  await signIn(page, "admin");
  const { sources } = await gql<{ sources: Array<{ name: string; writeKey: string }> }>(
    page,
    `{ sources { name writeKey } }`,
  );
  const source = sources[0];
  if (!source) throw new Error("the demo workspace has no source");
  const now = Date.now();
  const at = (daysAgo: number, hour = 0) => new Date(now - daysAgo * DAY - hour * 3600_000).toISOString();
  await send(page, source.writeKey, [
    { type: "identify", userId: user, traits: { name, email, plan: "free" }, timestamp: at(30) },
    { type: "identify", userId: user, traits: { plan: "pro" }, timestamp: at(20) },
  ]);
  await send(
    page,
    source.writeKey,
    Array.from({ length: 40 }, (_, i) => ({
      type: "track",
      userId: user,
      event: i % 8 === 0 ? "Order Completed" : "Product Viewed",
      properties: i % 8 === 0 ? { revenue: 20 + i, orderId: `o-${run}-${i}` } : { sku: `sku-${i}` },
      timestamp: at(2 + (i % 15), i % 5),
    })),
  );
  await send(page, source.writeKey, [
    { type: "track", anonymousId: visitor, event: "Pricing Viewed", properties: { plan: "pro" }, timestamp: at(5) },
  ]);
  await send(page, source.writeKey, [
    { type: "identify", userId: user, anonymousId: visitor, messageId: `pp-merge-${run}`, timestamp: at(1) },
  ]);
  return source.name;
}

test("an analyst finds a customer by email, filters and scrolls the timeline, and follows a merge", async ({
  browser,
  page,
}) => {
  const adminPage = await browser.newPage();
  const sourceName = await sendCustomer(adminPage);
  await adminPage.close();

  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, "analyst", "/profiles");
  await page.getByLabel("Search profiles").fill(email);
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("activity-strip")).toContainText("44 events on");
  // Timeline: 44 events, 25 a page; the rest load when the end of the list scrolls into view.
  const timeline = page.getByTestId("profile-timeline");
  const items = timeline.getByTestId("timeline-event");
  await expect(items).toHaveCount(25);
  await page.screenshot({ path: "/tmp/profile-page-top.png" });

  // Traits: provenance, and the history of a value that changed.
  const plan = page.getByTestId("trait-plan");
  await expect(plan).toContainText(sourceName);
  await plan.getByRole("button", { name: "History of plan" }).click();
  const history = page.getByTestId("trait-history-plan");
  await expect(history.getByTestId("trait-change")).toHaveCount(2);
  await expect(history.getByTestId("trait-change").first()).toContainText("pro");
  await expect(history.getByTestId("trait-change").last()).toContainText("free");

  await items.last().scrollIntoViewIfNeeded();
  await expect(items).toHaveCount(44);
  await expect(timeline).toContainText("Showing 44 events");

  // Filter by a name of this profile's events: only those remain.
  await timeline.getByRole("textbox", { name: "Filter by event name" }).click();
  await page.getByRole("option", { name: /^Order Completed \(5\)$/ }).click();
  await expect(items).toHaveCount(5);
  await expect(page).toHaveURL(/event=Order\+Completed/);
  await expect(page.getByTestId("activity-strip")).toContainText("5 “Order Completed” events on");
  for (const text of await items.allInnerTexts()) expect(text).toContain("Order Completed");
  await items.first().getByRole("button", { name: "Details" }).click();
  await expect(items.first()).toContainText('"orderId"');
  await page.screenshot({ path: "/tmp/profile-page-filtered.png", fullPage: true });

  // Identity history: the merge names what brought the visitor, and its former profile id leads back here.
  const merge = page.getByTestId("merge-entry").first();
  await expect(merge).toContainText("merged into this one");
  await expect(merge.getByTestId("merge-brought")).toContainText(visitor);
  await expect(merge.getByTestId("merge-message")).toHaveText(`pp-merge-${run}`);
  await merge.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/profile-page-merge.png" });
  const profileUrl = page.url().split("?")[0] ?? "";
  await merge.getByTestId("merge-other-profile").click();
  await expect(page.getByText("This profile was merged into another")).toBeVisible();
  await page.screenshot({ path: "/tmp/profile-page-merged-away.png" });
  await page.getByRole("link", { name: "Open the profile it was merged into" }).click();
  await expect(page).toHaveURL(profileUrl);
  await expect(page.getByRole("heading", { name })).toBeVisible();
});
