import { expect, test } from "@playwright/test";
import { AudienceBuilderPage } from "./audience-builder.page";
import { signIn } from "./helpers";

/** Waits until the size on screen is settled and differs from `previous`. */
async function sizeChangedFrom(builder: AudienceBuilderPage, previous: number): Promise<number> {
  await expect.poll(() => builder.settledSize(), { timeout: 20_000 }).not.toBe(previous);
  return builder.settledSize();
}

test("a marketer builds a nested audience by clicking, watches its size, saves it and asks why", async ({ page }) => {
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
  await first.getByRole("button", { name: "Why?" }).click();
  const trace = page.getByRole("dialog").getByTestId("why-trace");
  await expect(trace).toContainText("country");
  await expect(trace).toContainText("✓");
  await expect(page.getByRole("dialog")).toContainText("In the audience");
  await page.screenshot({ path: "/tmp/audience-builder-why.png", fullPage: true });
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Show SQL" }).click();
  await expect(page.getByTestId("audience-sql")).toContainText("SELECT");

  await page.getByRole("button", { name: "Save audience" }).click();
  await expect(page).toHaveURL(/\/audiences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // Editing opens the saved rules in the builder, with the same size.
  await page.getByRole("link", { name: "Edit rules" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(builder.input([0], "Value")).toHaveValue("US");
  expect(await builder.settledSize()).toBe(size);
  await builder.input([0], "Value").fill("DE");
  const german = await sizeChangedFrom(builder, size);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/audiences\/[0-9a-f-]{36}$/);
  const rules = await page.getByText("country = DE").count();
  expect(rules).toBeGreaterThan(0);
  expect(german).not.toBe(size);
});
