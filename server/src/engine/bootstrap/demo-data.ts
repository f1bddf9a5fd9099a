import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Services } from "../services.js";
import {
  crmAccountsCsv,
  crmContactsCsv,
  generateDemoStore,
  loadDemoDataset,
  type SourceIds,
} from "../../modules/demo/index.js";

export type DemoSeedResult = {
  profiles: number;
  events: number;
  crmExport: string;
  crmContacts: number;
  /** The companies and the deals exports, in the order they are imported. */
  crmAccountExports: string[];
};

function connectionString(services: Services): string {
  const options = services.db.options;
  if (!("url" in options) || typeof options.url !== "string") throw new Error("the database has no connection URL");
  return options.url;
}

/**
 * The demo store: 18 months of a shop's customers and visitors, loaded into the workspace, and the drifting
 * CRM exports written next to the data (`<data dir>/demo/crm-{contacts,companies,deals}-hubspot.csv`) for the CRM
 * comparison.
 */
export async function seedDemoData(
  services: Services,
  workspaceId: string,
  sourceIds: SourceIds,
  dataDir: string,
  log: (line: string) => void,
): Promise<DemoSeedResult> {
  let started = Date.now();
  const dataset = generateDemoStore();
  log(
    `  generated ${dataset.messages.length.toLocaleString("en-US")} messages in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  started = Date.now();
  const client = new pg.Client({ connectionString: connectionString(services) });
  await client.connect();
  let loaded;
  try {
    loaded = await loadDemoDataset(client, workspaceId, sourceIds, dataset);
  } finally {
    await client.end();
  }
  log(
    `  loaded ${loaded.profiles.toLocaleString("en-US")} profiles in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const crm = crmContactsCsv(dataset.people);
  const crmExport = path.join(dataDir, "demo", "crm-contacts-hubspot.csv");
  mkdirSync(path.dirname(crmExport), { recursive: true });
  writeFileSync(crmExport, crm.csv);
  const accounts = crmAccountsCsv(crm.rows);
  const crmAccountExports = [
    path.join(dataDir, "demo", "crm-companies-hubspot.csv"),
    path.join(dataDir, "demo", "crm-deals-hubspot.csv"),
  ];
  writeFileSync(crmAccountExports[0] ?? "", accounts.companiesCsv);
  writeFileSync(crmAccountExports[1] ?? "", accounts.dealsCsv);
  return {
    profiles: loaded.profiles,
    events: loaded.events,
    crmExport,
    crmContacts: crm.rows.length,
    crmAccountExports,
  };
}
