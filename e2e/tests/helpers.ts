import { expect, type Page } from "@playwright/test";

export const ACCOUNTS = {
  admin: { email: "admin@mosaic.local", password: "mosaic-admin" },
  marketer: { email: "marketer@mosaic.local", password: "mosaic-marketer" },
  analyst: { email: "analyst@mosaic.local", password: "mosaic-analyst" },
} as const;

export type Role = keyof typeof ACCOUNTS;

export async function signIn(page: Page, role: Role, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(ACCOUNTS[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A GraphQL call with the page's session cookie, for looking up data a test then finds through the UI. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}
