import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium (or CHROME_PATH): browser downloads are not part of this project's set-up. */
function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const found = execSync(`command -v ${name}`, { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim();
      if (found) return found;
    } catch {
      // try the next name
    }
  }
  throw new Error(
    "No Chromium found for the browser tests. Install it (Debian/Ubuntu: `apt-get install -y chromium`) " +
      "or set CHROME_PATH to a Chromium/Chrome executable.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".mosaic", "e2e");

export default defineConfig({
  testDir: "./tests",
  outputDir: "../test-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "../playwright-report" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
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
    },
  },
  webServer: {
    // A fresh demo workspace for every run: same data, same answers.
    command: `rm -rf "${dataDir}" && node ../server/dist/main.js`,
    url: `http://localhost:${PORT}/readyz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      MOSAIC_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 54339)),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    },
  },
});
