import type { DataSource } from "typeorm";
import type { Services } from "../services.js";
import { ensureWorkspace, DEMO_WORKSPACE_SLUG } from "../../modules/workspaces/index.js";
import { DEMO_ACCOUNTS, DEMO_SOURCES } from "./demo-accounts.js";
import { seedDemoAudiences } from "./demo-audiences.js";
import { importDemoCrm } from "./demo-crm.js";
import { seedDemoData } from "./demo-data.js";
import type { SourceIds } from "../../modules/demo/index.js";
import { backfillIndexedProperties, refreshCatalog } from "../../modules/audiences/index.js";

async function isEmpty(db: DataSource): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM workspaces LIMIT 1`);
  return rows.length === 0;
}

/**
 * On the first start of an empty database: the demo workspace, one user per role and the demo store's data.
 * A lock makes a second process (the CLI, a second server) wait instead of seeding twice.
 */
export async function seedDemoWorkspaceIfEmpty(
  services: Services,
  dataDir: string,
  log: (line: string) => void,
): Promise<boolean> {
  const db = services.db;
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(727002)");
    if (!(await isEmpty(db))) return false;
    const started = Date.now();
    log("Empty database: creating the demo workspace…");
    const workspace = await ensureWorkspace(db.manager, DEMO_WORKSPACE_SLUG, "Demo Store");
    const users = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      users.set(account.role, (await services.auth.createUser({ workspaceId: workspace.id, ...account })).id);
    }
    const ids = new Map<string, string>();
    for (const source of DEMO_SOURCES) {
      ids.set(source.key, (await services.sources.create(workspace.id, source.name, source.kind)).id);
    }
    const sourceIds: SourceIds = {
      website: ids.get("website") ?? "",
      app: ids.get("app") ?? "",
      backend: ids.get("backend") ?? "",
      pos: ids.get("pos") ?? "",
    };
    const counts = await seedDemoData(services, workspace.id, sourceIds, dataDir, log);
    await importDemoCrm(
      services,
      workspace.id,
      users.get("admin") ?? null,
      counts.crmExport,
      log,
      counts.crmAccountExports,
    );
    // Ingestion kept the audience aggregates current; the catalog also learns the traits' keys and types here.
    const cataloged = Date.now();
    await refreshCatalog(db, workspace.id);
    await backfillIndexedProperties(db, workspace.id);
    log(`  audience catalog and value rollup built in ${((Date.now() - cataloged) / 1000).toFixed(1)} s`);
    void services.traitIndexes.ensureInBackground(workspace.id);
    // The demo's model card and predicted values are there from the first sign-in.
    await services.ltv.refit(workspace.id, "first-run");
    await services.ltv.settled(workspace.id);
    const audiences = await seedDemoAudiences(services, workspace.id, users.get("marketer") ?? null);
    log(`  saved audiences: ${audiences.map((a) => `${a.name} (${a.size ?? 0})`).join(", ")}`);
    log(
      `Demo workspace ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${counts.profiles.toLocaleString("en-US")} profiles, ${counts.events.toLocaleString("en-US")} events; ` +
        `CRM export (${counts.crmContacts} contacts) in ${counts.crmExport}`,
    );
    return true;
  } finally {
    await runner.query("SELECT pg_advisory_unlock(727002)").catch(() => undefined);
    await runner.release();
  }
}

export function printDemoAccounts(log: (line: string) => void) {
  log("Demo accounts (see README):");
  for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`);
}
