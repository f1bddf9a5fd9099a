import { expect, test } from "@playwright/test";
import { gql, signIn } from "./helpers";

// Identifier normalisation is part of the identity rules: edited on the Identity page and previewed by the dry run.
test("an admin previews case-insensitive ids and digits-only phones, then discards the draft", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Identity" }).click();
  await expect(page.getByRole("heading", { name: "Identity" })).toBeVisible();

  const types = page.getByRole("table", { name: "Identifier types" });
  await expect(page.getByTestId("identifier-type-user_id")).toContainText("Trimmed; case kept");
  // Mantine draws the switch over a hidden input: click its label, as a person would.
  await page.getByText("Lower-case user ids, anonymous ids and other types").click();
  await expect(page.getByRole("switch", { name: /Lower-case user ids/ })).toBeChecked();
  await page.getByRole("textbox", { name: "Phone numbers" }).click();
  await page.getByRole("option", { name: "Digits only (14155550100)" }).click();
  await expect(page.getByTestId("identifier-type-user_id")).toContainText("Trimmed; lower-cased");
  await expect(page.getByTestId("identifier-type-phone")).toContainText("digits only");
  await expect(types).toBeVisible();

  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByText(/most recent messages under the saved and the proposed rules/)).toBeVisible();
  await page.screenshot({ path: "/tmp/ingest-async-identity-normalization.png", fullPage: true });

  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByTestId("identifier-type-user_id")).toContainText("Trimmed; case kept");
  const saved = await gql<{ identityRules: { rules: { normalization: { lowercaseIds: boolean; phone: string } } } }>(
    page,
    `{ identityRules { rules { normalization { lowercaseIds phone } } } }`,
  );
  expect(saved.identityRules.rules.normalization).toEqual({ lowercaseIds: false, phone: "e164" });
});
