import { expect, test } from "@playwright/test";
import { gql, signIn } from "./helpers";

test("an anonymous visitor is sent to sign in, and a wrong password says so", async ({ page }) => {
  await page.goto("/profiles");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill("marketer@mosaic.local");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Wrong email or password");
});

test("a marketer lands on a home page with the demo store's figures and goes where they were going", async ({
  page,
}) => {
  await signIn(page, "marketer", "/events");
  await expect(page).toHaveURL(/\/events/);
  await page.getByRole("link", { name: "Home" }).click();
  const data = await gql<{ overview: { profileCount: number; eventCount: number } }>(
    page,
    "{ overview { profileCount eventCount } }",
  );
  expect(data.overview.profileCount).toBeGreaterThan(5000);
  expect(data.overview.eventCount).toBeGreaterThan(100_000);
  const profiles = new Intl.NumberFormat("en-US").format(data.overview.profileCount);
  await expect(page.getByText(profiles).first()).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("an analyst finds a customer by email and opens the profile with identities and events", async ({ page }) => {
  await signIn(page, "analyst");
  const data = await gql<{ profiles: { edges: Array<{ node: { id: string; email: string | null } }> } }>(
    page,
    `{ profiles(first: 100) { edges { node { id email } } } }`,
  );
  const someone = data.profiles.edges.find((e) => e.node.email)?.node;
  expect(someone?.email).toBeTruthy();
  await page.getByRole("link", { name: "Profiles" }).click();
  await page.getByLabel("Search profiles").fill(someone?.email ?? "");
  await expect(page).toHaveURL(/q=/);
  await page
    .getByRole("table", { name: "Profiles" })
    .getByText(someone?.email ?? "")
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/profiles/${someone?.id}`));
  await expect(page.getByText("Identities").first()).toBeVisible();
  await expect(page.getByText(someone?.email ?? "").first()).toBeVisible();
  // A shared link opens the same filtered view.
  const shared = await page.context().newPage();
  await shared.goto(`/profiles?q=${encodeURIComponent(someone?.email ?? "")}`);
  await expect(shared.getByLabel("Search profiles")).toHaveValue(someone?.email ?? "");
});

test("an analyst sees sources without write keys and cannot open user management", async ({ page }) => {
  await signIn(page, "analyst");
  await page.getByRole("link", { name: "Sources" }).click();
  await expect(page.getByText("Web store").first()).toBeVisible();
  await expect(page.getByText(/^wk_/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/users");
  await expect(page.getByText(/not (allowed|permitted)|permission|only admins/i).first()).toBeVisible();
});

test("an admin creates a source, sees its write key, and signs out", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Sources" }).click();
  await page.getByRole("button", { name: /new source|create source|add source/i }).click();
  await page.getByLabel("Name").fill("Kiosk app");
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /create/i })
    .click();
  await expect(page.getByText("Kiosk app").first()).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the GraphQL IDE works offline at /graphql", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/graphql");
  await expect(page.locator(".graphiql-container")).toBeVisible();
});
