import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { AudienceBuilderPage } from "./audience-builder.page";
import { signIn } from "./helpers";

/** The total in the page header, once counted ("1,234 profiles match"). */
async function total(page: Page): Promise<number> {
  const description = page.getByText(/^[\d,]+ profiles? match/);
  await expect(description).toBeVisible();
  return Number((await description.innerText()).replace(/[^\d]/g, ""));
}

/** The profile ids of the first rows, from their links. */
async function firstIds(page: Page, n: number): Promise<string[]> {
  const links = page.getByRole("region", { name: "Profiles" }).locator('a[href^="/profiles/"]');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll(
    (anchors, count) => anchors.slice(0, count).map((a) => a.getAttribute("href")),
    n,
  );
  return hrefs.map((href) => (href ?? "").replace("/profiles/", ""));
}

test("an analyst filters and sorts the explorer; the URL reopens the same view; the CSV export matches", async ({
  page,
  context,
}) => {
  await signIn(page, "analyst", "/profiles");
  await expect(page.getByRole("heading", { name: "Profiles" })).toBeVisible();
  const everyone = Number(((await page.getByText(/^[\d,]+ profiles$/).innerText()) || "0").replace(/[^\d]/g, ""));
  expect(everyone).toBeGreaterThan(1000);

  // Filter with the audience rule builder: country is US.
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  const builder = new AudienceBuilderPage(page);
  await builder.addCondition([]);
  await builder.chooseField([0], "country");
  await builder.chooseOperator([0], "is");
  await builder.input([0], "Value").fill("US");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/rules=/);
  const us = await total(page);
  expect(us).toBeGreaterThan(0);
  expect(us).toBeLessThan(everyone);

  // Sort by lifetime value, largest first, and show the country trait as a column.
  await page.getByRole("textbox", { name: "Sort by" }).click();
  await page.getByRole("option", { name: "Lifetime value", exact: true }).click();
  await expect(page).toHaveURL(/sort=lifetime_value/);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("textbox", { name: "Add a column" }).click();
  await page.getByRole("option", { name: "country", exact: true }).click();
  await expect(page).toHaveURL(/col=traits\.country/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "country" })).toBeVisible();
  const table = page.getByRole("region", { name: "Profiles" });
  await expect(table.getByRole("cell", { name: "US", exact: true }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "DE", exact: true })).toHaveCount(0);
  const ids = await firstIds(page, 5);
  await page.screenshot({ path: "/tmp/explorer-filtered.png", fullPage: true });

  // The same URL in a new page shows the same view.
  const shared = page.url();
  expect(new URL(shared).searchParams.get("dir")).toBe("desc");
  const other = await context.newPage();
  await other.goto(shared);
  expect(await total(other)).toBe(us);
  expect(await firstIds(other, 5)).toEqual(ids);
  await expect(other.getByRole("columnheader", { name: "country" })).toBeVisible();
  await other.screenshot({ path: "/tmp/explorer-shared.png", fullPage: true });
  await other.close();

  // Export: every filtered profile, in the table's order, with the chosen columns.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, "utf8").trim().split("\n");
  expect(lines[0]).toBe("id,email,lifetime_value,first_seen_at,last_seen_at,traits.country");
  expect(lines).toHaveLength(us + 1);
  expect(lines.slice(1, 6).map((line) => line.split(",")[0])).toEqual(ids);
  expect(lines.slice(1).every((line) => line.endsWith(",US"))).toBe(true);
});
