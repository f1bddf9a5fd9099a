import "reflect-metadata";
import { DataSource } from "typeorm";
import { CrmImport } from "../../modules/crm/crm-import.entity.js";
import { Event } from "../../modules/events/event.entity.js";
import { ImportJob } from "../../modules/imports/import-job.entity.js";
import { Identity } from "../../modules/profiles/identity.entity.js";
import { Profile } from "../../modules/profiles/profile.entity.js";
import { Segment } from "../../modules/segments/segment.entity.js";
import { Source } from "../../modules/sources/source.entity.js";
import { User } from "../../modules/users/user.entity.js";
import { Workspace } from "../../modules/workspaces/workspace.entity.js";
import { Foundation1700000000000 } from "./migrations/1700000000000-Foundation.js";
import { Collect1700000001000 } from "./migrations/1700000001000-Collect.js";
import { Ltv1700000002000 } from "./migrations/1700000002000-Ltv.js";
import { Audiences1700000003000 } from "./migrations/1700000003000-Audiences.js";
import { SourceDebugger1700000004000 } from "./migrations/1700000004000-SourceDebugger.js";
import { Imports1700000005000 } from "./migrations/1700000005000-Imports.js";
import { Memberships1700000006000 } from "./migrations/1700000006000-Memberships.js";
import { Crm1700000010000 } from "./migrations/1700000010000-Crm.js";
import { CrmAccounts1700000013000 } from "./migrations/1700000013000-CrmAccounts.js";
import { TraitIndexes1700000014000 } from "./migrations/1700000014000-TraitIndexes.js";
import { PropertyRollup1700000015000 } from "./migrations/1700000015000-PropertyRollup.js";
import { PropertyBackfillCursor1700000016000 } from "./migrations/1700000016000-PropertyBackfillCursor.js";

export const entities = [Workspace, User, Source, Profile, Identity, Event, Segment, ImportJob, CrmImport];
export const migrations = [
  Foundation1700000000000,
  Collect1700000001000,
  Ltv1700000002000,
  Audiences1700000003000,
  SourceDebugger1700000004000,
  Imports1700000005000,
  Memberships1700000006000,
  Crm1700000010000,
  CrmAccounts1700000013000,
  TraitIndexes1700000014000,
  PropertyRollup1700000015000,
  PropertyBackfillCursor1700000016000,
];

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "mosaic_migrations",
    // Schema changes only ever come from reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    // Failed queries surface as errors where they are handled; logging them here would print parameters (hashes, PII).
    logging: false,
    extra: { max: poolSize, application_name: "mosaic" },
  });
}

/** Connects and applies pending migrations; an advisory lock keeps two starting processes from racing. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query("SELECT pg_advisory_lock(727001)");
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await runner.query("SELECT pg_advisory_unlock(727001)").catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
