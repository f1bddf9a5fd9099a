// Screenshots of a running Mosaic (default http://localhost:4000) for the README and for eyeballing changes:
//   node scripts/screenshots.mjs [baseUrl] [outDir]
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:4000";
const out = path.resolve(process.argv[3] ?? "docs/screenshots");
mkdirSync(out, { recursive: true });
const executablePath = process.env.CHROME_PATH ?? execSync("command -v chromium").toString().trim();
const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${base}/`);
await page.getByLabel("Email").fill("analyst@mosaic.local");
await page.getByLabel("Password").fill("mosaic-analyst");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("button", { name: "Sign out" }).waitFor();
for (const [name, url] of [
  ["home", "/"],
  ["profiles", "/profiles"],
  ["events", "/events"],
  ["ltv", "/ltv"],
  ["sources", "/sources"],
  ["audiences", "/audiences"],
]) {
  await page.goto(`${base}${url}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: name === "ltv" });
  console.log(`wrote ${path.join(out, `${name}.png`)}`);
}
const first = await page.request.post(`${base}/graphql`, {
  data: { query: "{ profiles(first: 30) { edges { node { id email } } } }" },
});
const edges = (await first.json()).data.profiles.edges;
const someone = edges.find((e) => e.node.email) ?? edges[0];
await page.goto(`${base}/profiles/${someone.node.id}`);
await page.waitForLoadState("networkidle");
await page.waitForTimeout(800);
await page.screenshot({ path: path.join(out, "profile.png"), fullPage: true });
console.log(`wrote ${path.join(out, "profile.png")}`);
await browser.close();
