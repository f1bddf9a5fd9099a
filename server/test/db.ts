import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { openDatabase } from "../src/engine/database/data-source.js";

/** A fresh, migrated database of its own for one test file: tests never share or truncate data. */
export async function createTestDatabase(): Promise<{ url: string; dataSource: DataSource; drop(): Promise<void> }> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `mosaic_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase(url.toString(), 10);
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
