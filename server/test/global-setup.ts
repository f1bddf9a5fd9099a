import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./postgres.js";

// One real PostgreSQL for the whole run: DATABASE_URL when set, else an embedded server in a temp folder.
// Each test file then creates its own database from the migrated template (see test/db.ts).
export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  project.provide("adminDatabaseUrl", pg.adminUrl);
  return async () => {
    await pg.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
