import { expect, test } from "@playwright/test";
import { AudienceBuilderPage } from "./audience-builder.page";
import { signIn } from "./helpers";

test("dragging a rule into another group moves it there and changes the size", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "marketer", "/audiences/new");
  const builder = new AudienceBuilderPage(page);
  await expect(builder.node([])).toBeVisible();

  // country = US and (plan = business): the US business customers.
  await builder.addCondition([]);
  await builder.chooseField([0], "country");
  await builder.chooseOperator([0], "is");
  await builder.input([0], "Value").fill("US");
  await builder.addGroup([]);
  await builder.setCombinator([1], "Any of (OR)");
  await builder.chooseField([1, 0], "plan");
  await builder.chooseOperator([1, 0], "is");
  await builder.input([1, 0], "Value").fill("business");
  await expect(page.getByTestId("part-size")).toHaveCount(2);
  const both = await builder.settledSize();

  // Drag "country = US" into the OR group, after "plan = business": US or business.
  await builder
    .node([0])
    .locator(".queryBuilder-dragHandle")
    .first()
    .dragTo(builder.node([1, 0]));

  // The root now holds the group only, and the group both rules.
  await expect(builder.node([1])).toHaveCount(0);
  await expect(builder.node([0, 1])).toBeVisible();
  await expect(builder.input([0, 0], "Value")).toHaveValue("business");
  await expect(builder.input([0, 1], "Value")).toHaveValue("US");
  await expect(page.getByTestId("part-size")).toHaveCount(1);
  await expect.poll(() => builder.settledSize(), { timeout: 60_000 }).toBeGreaterThan(both);
  await page.screenshot({ path: "/tmp/ltv-compare-dragged.png", fullPage: true });
});

test("leaving the builder with unsaved edits asks first; keeping editing keeps the edits", async ({ page }) => {
  await signIn(page, "marketer", "/audiences/new");
  const builder = new AudienceBuilderPage(page);
  await expect(builder.node([])).toBeVisible();
  await page.getByLabel("Name").fill("Half-built audience");
  await builder.addCondition([]);
  await builder.chooseField([0], "country");
  await builder.chooseOperator([0], "is");
  await builder.input([0], "Value").fill("DE");

  await page.getByRole("link", { name: "Profiles" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: "/tmp/ltv-compare-unsaved.png" });
  await dialog.getByRole("button", { name: "Keep editing" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/audiences\/new$/);
  await expect(page.getByLabel("Name")).toHaveValue("Half-built audience");
  await expect(builder.input([0], "Value")).toHaveValue("DE");

  await page.getByRole("link", { name: "Profiles" }).click();
  await page.getByRole("dialog", { name: "Leave without saving?" }).getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/profiles$/);
});
