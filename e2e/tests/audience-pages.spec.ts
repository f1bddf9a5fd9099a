import { expect, test, type Page } from "@playwright/test";
import { gql, signIn } from "./helpers";

type Saved = { id: string; name: string; size: number | null };

const FALLBACK_AUDIENCES = [
  {
    name: "E2E pages: US customers",
    description: "Created by the audience pages test",
    rules: { combinator: "and", rules: [{ field: "traits.country", operator: "=", value: "US" }] },
  },
  {
    name: "E2E pages: buyers",
    description: "Created by the audience pages test",
    rules: {
      combinator: "and",
      rules: [{ field: "event", operator: "performed", value: { event: "Order Completed" } }],
    },
  },
];

/** The demo seeds saved audiences; when it has fewer than two, the test makes its own through the API. */
async function savedAudiences(page: Page): Promise<Saved[]> {
  const list = async () => (await gql<{ segments: Saved[] }>(page, "{ segments { id name size } }")).segments;
  const existing = await list();
  for (const input of FALLBACK_AUDIENCES.slice(existing.length)) {
    await gql(page, "mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }", { input });
  }
  return existing.length >= 2 ? existing : list();
}

const formatted = (value: number) => new Intl.NumberFormat("en-US").format(value);

test("a marketer reads a saved audience: size, chart, members and why a member is in it", async ({ page }) => {
  await signIn(page, "marketer");
  const audiences = await savedAudiences(page);
  const withMembers = audiences.find((audience) => (audience.size ?? 0) > 0) ?? audiences[0];
  if (!withMembers) throw new Error("no saved audience");

  await page.getByRole("link", { name: "Audiences" }).first().click();
  await expect(page.getByRole("link", { name: "New audience" })).toBeVisible();
  await page.getByRole("link", { name: withMembers.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/audiences/${withMembers.id}$`));

  const { segment } = await gql<{ segment: { size: number } }>(page, "query ($id: ID!) { segment(id: $id) { size } }", {
    id: withMembers.id,
  });
  await expect(page.getByTestId("audience-stats")).toContainText(formatted(segment.size));
  await expect(page.getByTestId("size-history").locator(".recharts-surface")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText("Audience refreshed")).toBeVisible();

  const members = page.getByTestId("members");
  await expect(members.getByRole("row").nth(1)).toBeVisible();
  await page.screenshot({ path: "/tmp/audience-pages-detail.png", fullPage: true });

  await members
    .getByRole("button", { name: /^Why is / })
    .first()
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("why-verdict")).toContainText("matches");
  await expect(dialog.getByTestId("trace-row").first()).toBeVisible();
  await expect(dialog.getByLabel("holds").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/audience-pages-why.png" });
  await page.keyboard.press("Escape");

  // The member's profile lists the audience, with the same why-trace.
  await members.getByRole("row").nth(1).getByRole("link").first().click();
  const card = page.getByTestId("profile-audiences");
  await expect(card.getByRole("link", { name: withMembers.name }).first()).toBeVisible();
  await card.getByRole("button", { name: new RegExp(`in ${withMembers.name}\\?$`) }).click();
  await expect(page.getByRole("dialog").getByTestId("why-verdict")).toContainText("matches");
  await page.screenshot({ path: "/tmp/audience-pages-profile.png", fullPage: true });
});

test("a marketer compares two audiences and sees the exact region counts", async ({ page }) => {
  await signIn(page, "marketer");
  const [first, second] = await savedAudiences(page);
  if (!first || !second) throw new Error("fewer than two saved audiences");
  const { audienceOverlap } = await gql<{ audienceOverlap: { regions: { audienceIds: string[]; count: number }[] } }>(
    page,
    "query ($ids: [ID!]!) { audienceOverlap(ids: $ids) { regions { audienceIds count } } }",
    { ids: [first.id, second.id] },
  );
  const both = audienceOverlap.regions.find((region) => region.audienceIds.length === 2)?.count ?? 0;
  const union = audienceOverlap.regions.reduce((sum, region) => sum + region.count, 0);

  await page.goto("/audiences");
  await page.getByRole("link", { name: "Compare overlap" }).click();
  await expect(page).toHaveURL(/\/audiences\/overlap/);
  await page.goto(`/audiences/overlap?ids=${first.id},${second.id}`);
  const venn = page.getByTestId("venn");
  await expect(venn.locator('[data-members="0,1"]')).toContainText(formatted(both));
  const table = page.getByTestId("overlap-table");
  await expect(table.getByRole("row", { name: /^In at least one/ })).toContainText(formatted(union));
  await expect(table.getByRole("row")).toHaveCount(5);
  await page.screenshot({ path: "/tmp/audience-pages-overlap.png", fullPage: true });
});

test("an analyst sees the generated SQL but cannot edit or refresh", async ({ page }) => {
  await signIn(page, "analyst");
  const { segments } = await gql<{ segments: Saved[] }>(page, "{ segments { id name size } }");
  const audience = segments[0];
  test.skip(!audience, "the marketer tests create audiences when the demo has none");
  if (!audience) return;
  await page.goto(`/audiences/${audience.id}`);
  await expect(page.getByRole("heading", { name: audience.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Refresh now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show SQL" }).click();
  await expect(page.getByLabel("Generated SQL")).toContainText("SELECT");
  await expect(page.getByTestId("breakdown").locator(".recharts-surface")).toBeVisible();
  await page.screenshot({ path: "/tmp/audience-pages-analyst.png", fullPage: true });
  await page.goto("/audiences");
  await expect(page.getByRole("link", { name: "New audience" })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/audience-pages-list.png", fullPage: true });
});
