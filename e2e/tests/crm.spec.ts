import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { gql, signIn } from "./helpers";

type Row = { record: string; crm: string; mosaic: string; golden: string };

test("an analyst compares CRM and CDP, settles phone conflicts by recency and downloads the corrections", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, "analyst");
  await page.getByRole("link", { name: "CDP vs CRM" }).click();
  await expect(page.getByRole("heading", { name: "CDP vs CRM" })).toBeVisible();
  // The demo's HubSpot export was imported on first run: most records match, some are CRM-only leads.
  await expect(page.getByTestId("crm-matched")).toContainText(/\d/);
  await expect(page.getByTestId("crm-coverage-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("crm-field-table").locator('[data-field="phone"]')).toContainText("Mosaic wins");
  await page.screenshot({ path: "/tmp/crm-comparison.png", fullPage: true });

  await page.getByRole("tab", { name: "Conflicts and rules" }).click();
  await page.getByRole("textbox", { name: "Field" }).click();
  await page.getByRole("option", { name: "Phone", exact: true }).click();
  const table = page.getByTestId("crm-conflicts");
  await expect(table.locator("tbody tr").first()).toContainText("Phone");
  await expect(table.locator("tbody tr").filter({ hasNotText: "Phone" })).toHaveCount(0);

  const rows = async (): Promise<Row[]> =>
    table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll("td")].map((td) => td.innerText);
        return {
          record: tr.getAttribute("data-record") ?? "",
          crm: cells[3] ?? "",
          mosaic: cells[4] ?? "",
          golden: cells[5] ?? "",
        };
      }),
    );
  const before = await rows();
  // Mosaic wins phones by default: every golden value is Mosaic's.
  expect(before.length).toBeGreaterThan(0);
  for (const row of before) expect(row.golden).toContain("from Mosaic");

  await page.getByTestId("crm-rule-phone").getByText("Most recent wins").click();
  await expect(table.getByTestId("crm-golden").filter({ hasText: "from CRM" }).first()).toBeVisible();
  const after = await rows();
  await page.screenshot({ path: "/tmp/crm-conflicts.png", fullPage: true });
  const switched = after.filter((row) => row.golden.includes("from CRM"));
  expect(switched.length).toBeGreaterThan(0);
  for (const row of switched) expect(row.golden.split("\n")[0]).toBe(row.crm.split("\n")[0]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download corrections" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mosaic-crm-corrections-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), "utf8");
  const lines = csv.trim().split("\r\n");
  const header = lines[0]?.split(",") ?? [];
  expect(header[0]).toBe("Record ID");
  expect(header).toContain("Phone Number");
  const phoneAt = header.indexOf("Phone Number");
  const phoneOf = (record: string) => lines.find((l) => l.startsWith(`${record},`))?.split(",")[phoneAt] ?? "";
  // A phone the CRM now wins is no correction; one Mosaic still wins (it is newer) is, with Mosaic's value.
  for (const row of switched) expect(phoneOf(row.record)).toBe("");
  for (const row of after.filter((r) => r.golden.includes("from Mosaic")))
    expect(phoneOf(row.record)).toBe(row.mosaic.split("\n")[0]);
  const api = await gql<{ crmCorrections: { csv: string } }>(page, "{ crmCorrections { csv } }");
  expect(csv).toBe(api.crmCorrections.csv);

  // The profile page shows the same record field by field.
  await table.locator("tbody tr").first().getByRole("link").click();
  const card = page.getByTestId("crm-comparison-card");
  await expect(card.locator('[data-field="phone"]')).toContainText("Most recent wins");
  await page.screenshot({ path: "/tmp/crm-profile.png", fullPage: true });

  await page.goto("/crm?tab=unmatched");
  await expect(page.getByTestId("crm-unmatched").locator("tbody tr").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/crm-unmatched.png", fullPage: true });
});

const CONTACTS = [
  "Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Last Modified Date",
  "9000001,Lena,Park,lena.park@lead.example,+1 415 555 0101,Lead,2026-01-05 10:00",
  "9000002,Omar,Haddad,omar@lead.example,,Subscriber,2026-01-06 10:00",
  "9000001,Lena,Park,lena.park@lead.example,+1 415 555 0101,Lead,2026-01-05 10:00",
].join("\n");

test("an admin imports a CRM export: a duplicated row stops it, the fixed file goes in", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, "admin", "/crm?tab=import");
  await page.locator('input[type="file"]').setInputFiles({
    name: "contacts.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(CONTACTS),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("textbox", { name: "Target of Record ID" })).toHaveValue("Record id (required)");
  await expect(page.getByTestId("crm-row-errors")).toContainText("record id 9000001 is already on line 2");
  await expect(page.getByRole("button", { name: "Import 2 records" })).toBeDisabled();
  await page.screenshot({ path: "/tmp/crm-import-errors.png", fullPage: true });

  await page.locator('input[type="file"]').setInputFiles({
    name: "contacts.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(CONTACTS.split("\n").slice(0, 3).join("\n")),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("crm-validation")).toHaveText("2 records ready.");
  await page.getByRole("button", { name: "Import 2 records" }).click();
  await expect(page.getByTestId("crm-import-done")).toContainText("2 new");
  await page.screenshot({ path: "/tmp/crm-import-done.png", fullPage: true });
  const found = await gql<{ crmContacts: { rows: Array<{ recordId: string }> } }>(
    page,
    "{ crmContacts(status: unmatched, limit: 500) { rows { recordId } } }",
  );
  expect(found.crmContacts.rows.map((r) => r.recordId)).toEqual(expect.arrayContaining(["9000001", "9000002"]));
});

test("a marketer reads the comparison and the rules but cannot change them or import", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, "marketer", "/crm?tab=conflicts");
  await expect(page.getByTestId("crm-rules")).toContainText("Phone");
  await expect(page.getByTestId("crm-rule-phone")).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "Import" })).toHaveCount(0);
  await expect(page.getByTestId("crm-conflicts").locator("tbody tr").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/crm-marketer.png", fullPage: true });
});

test("an admin imports a deals export, matches again, and a profile shows its company and deals", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, "admin", "/crm?tab=import");
  await page.locator('input[type="file"]').setInputFiles({
    name: "deals.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Contact IDs",
        '7999001,E2E renewal,contractsent,"1,250.00",2026-12-31,9000001',
      ].join("\n"),
    ),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("read as deals from hubspot")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Target of Amount" })).toHaveValue("Amount");
  await page.getByRole("button", { name: "Import 1 records" }).click();
  await expect(page.getByTestId("crm-import-done")).toContainText("Imported 1 deals: 1 new");

  await page.getByTestId("crm-match-again").click();
  await expect(page.getByText(/Matched again: [\d,]+ matched/)).toBeVisible();

  // The demo's deals export was imported on first run: find a matched contact that has deals.
  const matched = await gql<{ crmContacts: { rows: Array<{ candidateProfileIds: string[] }> } }>(
    page,
    "{ crmContacts(status: matched, limit: 500) { rows { candidateProfileIds } } }",
  );
  let profileId: string | null = null;
  for (const row of matched.crmContacts.rows) {
    const id = row.candidateProfileIds[0] ?? "";
    const found = await gql<{ crmProfileComparison: Array<{ deals: unknown[]; company: unknown }> }>(
      page,
      "query($id: ID!) { crmProfileComparison(profileId: $id) { deals { recordId } company { recordId } } }",
      { id },
    );
    if (found.crmProfileComparison.some((r) => r.deals.length > 0 && r.company)) {
      profileId = id;
      break;
    }
  }
  expect(profileId).not.toBeNull();
  await page.goto(`/profiles/${profileId}`);
  const card = page.getByTestId("crm-comparison-card");
  await expect(card.getByTestId("crm-account")).toBeVisible();
  await expect(card.getByTestId("crm-deals").locator("tbody tr").first()).toBeVisible();
  await expect(card.locator('[data-field="companyIndustry"]')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/crm-accounts-profile.png", fullPage: true });
});
