#!/usr/bin/env node
// The `mosaic` command: runs the compiled CLI (build with `npm run build` at the repository root).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(entry)) {
  console.error("mosaic: the server is not built yet; run `npm run build` at the repository root first");
  process.exit(1);
}
await import(entry);
