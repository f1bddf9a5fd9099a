import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Services } from "../services.js";
import {
  crmAccountsCsv,
  crmContactsCsv,
  generateDemoStore,
  ingestDemoDataset,
  type SourceIds,
} from "../../modules/demo/index.js";
import { LIMITS } from "../../modules/ingestion/index.js";

export type DemoSeedResult = {
  profiles: number;
  events: number;
  crmExport: string;
  crmContacts: number;
  /** The companies and the deals exports, in the order they are imported. */
  crmAccountExports: string[];
};

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/**
 * The demo store: 18 months of a shop's customers and visitors, sent through the tracking API's ingestion and
 * identity resolution (`/v1/batch`'s own code, in process), and the drifting
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
  log(`  generated ${dataset.messages.length.toLocaleString("en-US")} messages in ${seconds(started)} s`);
  started = Date.now();
  let logged = 0;
  const ingested = await ingestDemoDataset(services.ingestion, workspaceId, sourceIds, dataset, {
    maxPerSource: LIMITS.batchMessages,
    onProgress: ({ messages, total }) => {
      if (messages < total && messages - logged < total / 10) return;
      logged = messages;
      const perSecond = Math.round(messages / Math.max((Date.now() - started) / 1000, 0.001));
      log(
        `  ingested ${messages.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} messages (${perSecond.toLocaleString("en-US")}/s)`,
      );
    },
  });
  const [row] = await services.db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM profiles WHERE workspace_id = $1`,
    [workspaceId],
  );
  const profiles = row?.n ?? 0;
  log(
    `  ingested in ${seconds(started)} s: ${ingested.batches} batches, ${profiles.toLocaleString("en-US")} profiles resolved`,
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
    profiles,
    events: ingested.stored,
    crmExport,
    crmContacts: crm.rows.length,
    crmAccountExports,
  };
}
