import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { repoRoot } from "../config/config.js";
import { getSchema } from "./schema.js";

/** Writes server/schema.graphql, the committed contract the web's generated types come from. */
export async function printedSchema(): Promise<string> {
  const schema = await getSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const target = path.join(repoRoot, "server", "schema.graphql");
  writeFileSync(target, await printedSchema());
  console.log(`Wrote ${path.relative(repoRoot, target)}`);
}
