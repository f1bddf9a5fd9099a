// `npm run check`: formatting, lint, types, and the committed GraphQL schema and generated web types
// must be what the code produces today. Every step runs; the exit status says whether any failed.
import { execSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const failures = [];

function step(name, fn) {
  process.stdout.write(`• ${name}… `);
  try {
    fn();
    console.log("ok");
  } catch (error) {
    console.log("FAILED");
    if (error.stdout) process.stdout.write(error.stdout.toString());
    if (error.stderr) process.stdout.write(error.stderr.toString());
    if (!error.stdout && !error.stderr) console.log(error.message);
    failures.push(name);
  }
}
const sh = (cmd, env = {}) => execSync(cmd, { cwd: root, stdio: "pipe", env: { ...process.env, ...env } }).toString();

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full).map((f) => path.join(name, f)) : [name];
  });
}

step("format (prettier --check)", () => sh("npx prettier --check . --log-level warn"));
step("lint (eslint)", () => sh("npx eslint . --max-warnings 0"));
step("types: shared + server", () => sh("npx tsc -b server"));
step("types: server tests", () => sh("npx tsc -p server/tsconfig.test.json"));
step("types: shared tests", () => sh("npx tsc -p shared/tsconfig.test.json"));
step("types: web", () => sh("npx tsc -p web --noEmit"));
step("types: e2e", () => sh("npx tsc -p e2e --noEmit"));
step("server/schema.graphql is fresh", () => {
  const printed = sh(
    `node --input-type=module -e "import('./server/dist/engine/graphql/emit-schema.js').then(async m => process.stdout.write(await m.printedSchema()))"`,
  );
  const committed = readFileSync(path.join(root, "server/schema.graphql"), "utf8");
  if (printed !== committed) throw new Error("server/schema.graphql is stale: run `npm run schema`");
});
step("web/src/gql is fresh", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "mosaic-gql-"));
  try {
    sh("npm run -s codegen -w web", { CODEGEN_OUT: `${out}/` });
    const committedDir = path.join(root, "web/src/gql");
    const generated = files(out).sort();
    if (generated.join() !== files(committedDir).sort().join()) throw new Error("web/src/gql file list differs");
    for (const file of generated) {
      if (readFileSync(path.join(out, file), "utf8") !== readFileSync(path.join(committedDir, file), "utf8"))
        throw new Error(`web/src/gql/${file} is stale: run \`npm run schema\``);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

if (failures.length) {
  console.error(`\ncheck failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("\nAll checks passed.");
