import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("analysts see which event properties are rolled up, with their status", async ({ page }) => {
  await signIn(page, "analyst", "/audiences");
  const card = page.locator(".mantine-Card-root").filter({ hasText: "Fast property filters" });
  await expect(card).toBeVisible();
  // The demo's product categories are few and repeat: the catalog picks them, the first-run seed backfills them.
  const row = card.getByRole("row").filter({ hasText: "Product Viewed" }).filter({ hasText: "category" });
  await expect(row).toBeVisible();
  await expect(row.getByText("Ready")).toBeVisible();
  await expect(card).toContainText(/\d+ of \d+ properties ready/);
  await page.screenshot({ path: "/tmp/property-rollup-audiences.png", fullPage: true });
});

test("marketers do not see the card (the query is for admins and analysts)", async ({ page }) => {
  await signIn(page, "marketer", "/audiences");
  await expect(page.getByRole("heading", { name: "Audiences" })).toBeVisible();
  await expect(page.getByText("Fast property filters")).toHaveCount(0);
});
