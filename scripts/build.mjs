// Builds shared + server (tsc -b, incremental) and the web app (vite), skipping the web build when
// nothing under web/ changed since the last one, so `npm start` stays fast on a warm machine.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const run = (cmd) => execSync(cmd, { cwd: root, stdio: "inherit" });

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const started = Date.now();
run("npx tsc -b server");
const webIndex = path.join(root, "web", "dist", "index.html");
const webInputs = Math.max(newestMtime(path.join(root, "web")), newestMtime(path.join(root, "shared", "src")));
if (process.env.MOSAIC_FORCE_WEB_BUILD || !existsSync(webIndex) || statSync(webIndex).mtimeMs < webInputs) {
  run("npm run -s build -w web");
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
