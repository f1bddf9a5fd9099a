import { expect, test, type Page } from "@playwright/test";
import { gql, signIn } from "./helpers";

const CSV = [
  "Customer ID,Email,First Name,Age,Plan",
  "imp-1,ada.import@example.org,Ada,36,pro",
  "imp-2,grace.import@example.org,Grace,old,free",
  "imp-3,linus.import@example.org,Linus,28,pro",
  ",hedy.import@example.org,Hedy,41,team",
].join("\n");

async function uploadAndMap(page: Page) {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "crm-people.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await page.screenshot({ path: "/tmp/csv-import-upload.png" });
  await page.getByRole("button", { name: "Upload and map" }).click();
  const mapping = page.getByRole("table", { name: "Column mapping" });
  await expect(mapping).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Target of Email" })).toHaveValue("Email");
  await expect(page.getByRole("textbox", { name: "Target of Customer ID" })).toHaveValue("User ID");
  // "old" in the sample keeps Age text; make it a number, which makes that row an error.
  await page.getByRole("textbox", { name: "Type of Age" }).click();
  await page.getByRole("option", { name: "Number", exact: true }).click();
  await expect(page.getByTestId("import-validation")).toContainText("3 rows ready to import, 1 with errors");
  await expect(page.getByRole("table", { name: "Row errors" })).toContainText('bad number "old"');
}

async function counts(page: Page) {
  return gql<{ overview: { profileCount: number; eventCount: number } }>(
    page,
    "{ overview { profileCount eventCount } }",
  );
}

test("an admin imports a profiles CSV, finds the person, and importing it again changes nothing", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();

  await uploadAndMap(page);
  await expect(page.getByRole("table", { name: "Preview" })).toContainText("userId imp-1");
  await page.screenshot({ path: "/tmp/csv-import-mapping.png", fullPage: true });

  const before = await counts(page);
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Done");
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("import-new")).toHaveText("3");
  await expect(page.getByTestId("import-rejected")).toHaveText("1");
  await page.screenshot({ path: "/tmp/csv-import-done.png", fullPage: true });
  const afterFirst = await counts(page);
  expect(afterFirst.overview.profileCount - before.overview.profileCount).toBe(3);

  await page.getByRole("link", { name: "Profiles" }).click();
  await page.getByLabel("Search profiles").fill("ada.import@example.org");
  await expect(page.getByRole("table", { name: "Profiles" }).getByText("ada.import@example.org").first()).toBeVisible();

  await page.getByRole("link", { name: "Import" }).click();
  await uploadAndMap(page);
  await expect(page.getByTestId("import-seen-before")).toContainText("This exact file was imported on");
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Done");
  await expect(page.getByTestId("import-new")).toHaveText("0");
  await expect(page.getByTestId("import-already-imported")).toHaveText("3");
  expect(await counts(page)).toEqual(afterFirst);
  const history = page.getByRole("table", { name: "Past imports" });
  await expect(history.getByText("crm-people.csv")).toHaveCount(2);
  await page.screenshot({ path: "/tmp/csv-import-history.png", fullPage: true });
});

test("a marketer has no Import page", async ({ page }) => {
  await signIn(page, "marketer");
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
});
