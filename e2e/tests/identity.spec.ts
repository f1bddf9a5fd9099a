import { expect, test, type Page } from "@playwright/test";
import { gql, signIn } from "./helpers";

// Collect from the UI: a merge seen and undone on the profile page, a rule change previewed before it is saved,
// and messages showing up in a source's live debugger.

type SourceWithKey = { id: string; name: string; writeKey: string };

async function firstSource(page: Page): Promise<SourceWithKey> {
  const data = await gql<{ sources: SourceWithKey[] }>(page, `{ sources { id name writeKey } }`);
  const source = data.sources[0];
  if (!source) throw new Error("the demo workspace has no source");
  return source;
}

async function send(page: Page, writeKey: string, batch: Array<Record<string, unknown>>) {
  const response = await page.request.post("/v1/batch", {
    headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString("base64")}` },
    data: { batch },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { success: boolean; rejected?: unknown[] };
}

async function profileIdBy(page: Page, search: string): Promise<string[]> {
  const data = await gql<{ profiles: { edges: Array<{ node: { id: string } }> } }>(
    page,
    `query($search: String) { profiles(first: 5, search: $search) { edges { node { id } } } }`,
    { search },
  );
  return data.profiles.edges.map((edge) => edge.node.id);
}

const run = Date.now().toString(36);

test("an anonymous visitor merges with a known user, and Undo on the profile splits them again", async ({ page }) => {
  await signIn(page, "admin");
  const source = await firstSource(page);
  const visitor = `e2e-visitor-${run}`;
  const user = `e2e-user-${run}`;
  await send(page, source.writeKey, [{ type: "page", anonymousId: visitor, name: "Pricing" }]);
  await send(page, source.writeKey, [
    { type: "identify", userId: user, traits: { name: `Merge Person ${run}`, email: `merge-${run}@e2e.test` } },
  ]);
  expect(await profileIdBy(page, visitor)).not.toEqual(await profileIdBy(page, user));
  await send(page, source.writeKey, [{ type: "identify", userId: user, anonymousId: visitor }]);
  const [merged] = await profileIdBy(page, user);
  expect(await profileIdBy(page, visitor)).toEqual([merged]);

  await page.goto(`/profiles/${merged}`);
  const entry = page.getByTestId("merge-entry").first();
  await expect(entry).toContainText("merged into this one");
  await expect(entry).toContainText(source.name);
  await entry.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/identity-ui-profile-merge.png", fullPage: true });

  await entry.getByRole("button", { name: "Undo merge" }).click();
  const dialog = page.getByRole("dialog", { name: "Undo this merge?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByText("Merge undone")).toBeVisible();
  await expect(page.getByTestId("merge-entry").first()).toContainText("Undone");
  await page.screenshot({ path: "/tmp/identity-ui-profile-undone.png", fullPage: true });

  await page.getByRole("link", { name: "Open restored profile" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/profiles/${merged}$`));
  const restoredId = page.url().split("/").pop() ?? "";
  const ownerOfVisitor = await profileIdBy(page, visitor);
  const ownerOfUser = await profileIdBy(page, user);
  expect(ownerOfVisitor).toHaveLength(1);
  expect(ownerOfUser).toHaveLength(1);
  expect(ownerOfVisitor).not.toEqual(ownerOfUser);
  expect([...ownerOfVisitor, ...ownerOfUser]).toContain(restoredId);
  await expect(page.getByTestId("merge-entry").first()).toContainText("Undone");
});

test("a blocked email is previewed as a split before the rules are saved", async ({ page }) => {
  await signIn(page, "admin");
  const source = await firstSource(page);
  const email = `shared-${run}@e2e.test`;
  await send(page, source.writeKey, [{ type: "identify", userId: `e2e-rule-a-${run}`, traits: { email } }]);
  await send(page, source.writeKey, [{ type: "identify", anonymousId: `e2e-rule-b-${run}`, traits: { email } }]);

  await page.getByRole("link", { name: "Identity" }).click();
  await expect(page.getByRole("heading", { name: "Identity" })).toBeVisible();
  await expect(page.getByTestId("identifier-type-user_id")).toBeVisible();
  await page.getByRole("button", { name: "Add blocked value" }).click();
  await page.getByLabel("Blocked value", { exact: true }).last().fill(email);
  await page.getByRole("button", { name: "Preview changes" }).click();
  const preview = page.getByTestId("dry-run-result");
  await expect(preview).toContainText("1 profile would split");
  await expect(preview).toContainText(`Email: ${email}`);
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/identity-ui-identity-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText("Identity rules saved")).toBeVisible();
  const saved = await gql<{ identityRules: { version: number; rules: { blocked: Array<{ value: string }> } } }>(
    page,
    `{ identityRules { version rules { blocked { value } } } }`,
  );
  expect(saved.identityRules.version).toBeGreaterThan(0);
  expect(saved.identityRules.rules.blocked.map((b) => b.value)).toContain(email);
  await expect(page.getByRole("table", { name: "Merge history" })).toBeVisible();
  await page.screenshot({ path: "/tmp/identity-ui-identity-page.png", fullPage: true });
});

test("a source's live debugger shows a message just sent, and a rejected one with its reason", async ({ page }) => {
  await signIn(page, "admin");
  const source = await firstSource(page);
  await page.getByRole("link", { name: "Sources" }).click();
  await page.getByRole("button", { name: `Open the debugger of ${source.name}` }).click();
  const drawer = page.getByRole("dialog", { name: `Debugger · ${source.name}` });
  await expect(drawer.getByTestId("debugger-message").first()).toBeVisible();

  const event = `E2E Debugger Ping ${run}`;
  const answer = await send(page, source.writeKey, [
    { type: "track", userId: `e2e-debug-${run}`, event, properties: { plan: "pro" } },
    { type: "track", userId: `e2e-debug-${run}`, messageId: `e2e-missing-event-${run}` },
  ]);
  expect(answer.rejected).toHaveLength(1);
  const accepted = drawer.getByTestId("debugger-message").filter({ hasText: event });
  await expect(accepted).toBeVisible();
  await expect(accepted).toContainText("Accepted");
  const rejected = drawer.getByTestId("debugger-message").filter({ hasText: "Rejected" }).first();
  await expect(rejected).toContainText("event");
  await accepted.getByRole("button").click();
  await expect(accepted).toContainText('"plan": "pro"');
  await page.screenshot({ path: "/tmp/identity-ui-debugger.png" });
});
