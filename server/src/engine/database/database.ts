import os from "node:os";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.js";
import { embeddedTuning } from "./embedded-tuning.js";
import { openDatabase } from "./data-source.js";

export type Database = { dataSource: DataSource; url: string; embedded: boolean; close(): Promise<void> };

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under the data folder. */
export async function connectDatabase(
  config: Config,
  role: "owner" | "borrower",
  log: (line: string) => void = () => undefined,
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      role,
      flags: embeddedTuning(os.totalmem()),
      log: (line) => {
        if (/FATAL|PANIC|ERROR/.test(line)) log(line);
      },
      notice: log,
    });
    url = embedded.url;
  }
  let dataSource: DataSource;
  try {
    dataSource = await openDatabase(url, config.dbPoolSize);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
