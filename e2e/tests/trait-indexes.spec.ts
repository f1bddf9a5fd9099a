import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("admins see which traits audience rules read from an index; marketers do not", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin", "/audiences");
  const card = page.getByTestId("trait-indexes");
  await expect(card.getByRole("heading", { name: "Indexed traits" })).toBeVisible();
  // The demo's indexes are built in the background after its seed.
  await expect(async () => {
    await page.reload();
    await expect(card.getByText("country · indexed")).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await page.screenshot({ path: "/tmp/trait-indexes-card.png", fullPage: true });

  await page.context().clearCookies();
  await signIn(page, "marketer", "/audiences");
  await expect(page.getByRole("heading", { name: "Audiences" })).toBeVisible();
  await expect(page.getByTestId("trait-indexes")).toHaveCount(0);
});
