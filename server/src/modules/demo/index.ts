/** Demo data and benchmark seeding: a generated store, its CRM export, its ingestion, and the benchmark's COPY seed. */
export { generateDemoStore, type DemoStoreOptions } from "./store-generator.js";
export {
  SOURCE_KEYS,
  type DemoDataset,
  type DemoMessage,
  type DemoPerson,
  type PersonKind,
  type Plan,
  type SegmentMessage,
  type SourceKey,
} from "./demo-types.js";
export { BUYING as DEMO_BUYING_PARAMETERS } from "./purchase-process.js";
export {
  CRM_COLUMNS,
  crmContactsCsv,
  type CrmContactRow,
  type CrmExport,
  type CrmExportOptions,
  type CrmTruth,
} from "./crm-export.js";
export type { CrmDrift } from "./crm-drift.js";
export {
  CRM_COMPANY_COLUMNS,
  CRM_DEAL_COLUMNS,
  crmAccountsCsv,
  type CrmAccountsExport,
} from "./crm-accounts-export.js";
export {
  demoBatches,
  ingestDemoDataset,
  type DemoBatch,
  type DemoIngestResult,
  type IngestProgress,
  type SourceIds,
} from "./demo-ingest.js";
export { bulkSeed, type BulkSeedOptions, type BulkSeedPhase, type BulkSeedResult } from "./bulk-seed.js";
export { csvLine } from "./csv.js";
