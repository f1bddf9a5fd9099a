import { expect, test } from "@playwright/test";
import { AudienceBuilderPage } from "./audience-builder.page";
import { gql, signIn } from "./helpers";

test("a marketer builds 'predicted 12-month value > 50 and P(alive) < 0.5', previews and saves it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "marketer", "/audiences/new");
  const builder = new AudienceBuilderPage(page);
  await expect(builder.node([])).toBeVisible();
  const everyone = await builder.settledSize();
  const name = `Valuable but slipping ${Date.now()}`;
  await page.getByLabel("Name").fill(name);

  await builder.addCondition([]);
  await builder.chooseField([0], "Predicted value, next 12 months");
  await builder.chooseOperator([0], "more than");
  await builder.input([0], "Value").fill("50");
  await expect.poll(() => builder.settledSize(), { timeout: 60_000 }).not.toBe(everyone);
  const valuable = await builder.settledSize();

  await builder.addCondition([]);
  await builder.chooseField([1], "Probability still a customer (P(alive), 0 to 1)");
  await builder.chooseOperator([1], "less than");
  await builder.input([1], "Value").fill("0.5");
  await expect.poll(() => builder.settledSize(), { timeout: 60_000 }).not.toBe(valuable);
  const size = await builder.settledSize();

  // The same count as the API gives for the same rules: the builder sends what is on screen.
  const rules = {
    combinator: "and",
    rules: [
      { field: "computed.predicted_value_12m", operator: ">", value: 50 },
      { field: "computed.p_alive", operator: "<", value: 0.5 },
    ],
  };
  const api = await gql<{ audienceSize: { count: number } }>(
    page,
    "query ($rules: JSONObject!) { audienceSize(rules: $rules) { count } }",
    { rules },
  );
  expect(size).toBe(api.audienceSize.count);
  expect(size).toBeGreaterThan(0);
  expect(size).toBeLessThan(valuable);
  await expect(page.getByTestId("sample-profile").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/ltv-compare-builder.png", fullPage: true });

  await page.getByRole("button", { name: "Save audience" }).click();
  await expect(page).toHaveURL(/\/audiences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
});

test("the LTV page shows the model card and compares saved audiences", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "analyst", "/ltv");
  await expect(page.getByRole("heading", { name: "Lifetime value" })).toBeVisible();
  await expect(page.getByText("Model card")).toBeVisible({ timeout: 60_000 });

  const card = page.getByTestId("audience-ltv-comparison");
  await card.scrollIntoViewIfNeeded();
  const table = card.getByRole("table", { name: "Lifetime value by audience" });
  // The first two audiences (by name) are compared straight away; a third is added from the picker.
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  await card.getByRole("textbox", { name: "Audiences to compare" }).click();
  await page.getByRole("option", { name: "Loyal customers", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader")).toHaveCount(4);
  await expect(table.getByRole("columnheader", { name: "Loyal customers" })).toBeVisible();

  const loyal = await gql<{ segments: Array<{ id: string; name: string; size: number }> }>(
    page,
    "{ segments { id name size } }",
  );
  const loyalSize = loyal.segments.find((s) => s.name === "Loyal customers")?.size ?? -1;
  const membersRow = table.getByRole("row", { name: /^Members/ });
  await expect(membersRow.getByRole("cell").nth(2)).toHaveText(new Intl.NumberFormat("en-US").format(loyalSize));
  // Every money figure is in the workspace currency.
  await expect(table.getByRole("row", { name: /^Historical LTV per customer/ })).toContainText("$");
  await expect(card.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await card.screenshot({ path: "/tmp/ltv-compare-comparison.png" });
  await page.screenshot({ path: "/tmp/ltv-compare-ltv-page.png", fullPage: true });
});
