import { expect, test } from "@playwright/test";
import { gql, signIn } from "./helpers";

// An event name no demo event has, so the events found afterwards can only be these.
const EVENT = "Store Visit Imported";
const CSV = [
  "User ID,Event,Occurred At,Basket,Store",
  `evt-1,${EVENT},2026-09-01T10:00:00Z,42.5,Berlin`,
  `evt-1,${EVENT},2026-09-08T11:30:00Z,17,Berlin`,
  `evt-2,${EVENT},2026-09-02T09:15:00Z,8.25,Paris`,
  `evt-3,${EVENT},not a date,3,Lyon`,
].join("\n");

type Events = {
  events: {
    edges: Array<{ node: { userId: string | null; properties: Record<string, unknown>; timestamp: string } }>;
  };
};

test("an admin imports an events CSV: mapping, preview, progress, and the events are stored", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();

  await page.getByRole("radiogroup", { name: "What the file holds" }).getByText("Events").click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "store-visits.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await page.getByRole("button", { name: "Upload and map" }).click();

  // The suggested mapping: identifier, event name, time, and typed properties.
  await expect(page.getByRole("table", { name: "Column mapping" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Target of User ID" })).toHaveValue("User ID");
  await expect(page.getByRole("textbox", { name: "Target of Event" })).toHaveValue("Event name");
  await expect(page.getByRole("textbox", { name: "Target of Occurred At" })).toHaveValue("Time of the event");
  await expect(page.getByRole("textbox", { name: "Type of Basket" })).toHaveValue("Number");
  await expect(page.getByRole("textbox", { name: "Type of Store" })).toHaveValue("Text");

  const preview = page.getByRole("table", { name: "Preview" });
  await expect(preview).toContainText(`${EVENT} · userId evt-1 · basket: 42.5, store: "Berlin"`);
  await expect(page.getByTestId("import-validation")).toContainText("3 rows ready to import, 1 with errors");
  await expect(page.getByRole("table", { name: "Row errors" })).toContainText("Occurred At");
  await page.screenshot({ path: "/tmp/ingest-async-import-events-mapping.png", fullPage: true });

  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Done");
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("import-new")).toHaveText("3");
  await expect(page.getByTestId("import-rejected")).toHaveText("1");
  await page.screenshot({ path: "/tmp/ingest-async-import-events-done.png", fullPage: true });

  const stored = await gql<Events>(
    page,
    `query($event: String!) { events(event: $event, first: 10) { edges { node { userId properties timestamp } } } }`,
    { event: EVENT },
  );
  const rows = stored.events.edges.map((e) => e.node);
  expect(rows.map((r) => `${r.userId} ${r.timestamp}`).sort()).toEqual([
    "evt-1 2026-09-01T10:00:00.000Z",
    "evt-1 2026-09-08T11:30:00.000Z",
    "evt-2 2026-09-02T09:15:00.000Z",
  ]);
  expect(rows.find((r) => r.userId === "evt-2")?.properties).toEqual({ basket: 8.25, store: "Paris" });

  const history = page.getByRole("table", { name: "Past imports" });
  await expect(history.getByText("store-visits.csv")).toHaveCount(1);
});
