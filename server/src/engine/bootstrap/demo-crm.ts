import { readFileSync } from "node:fs";
import path from "node:path";
import type { Services } from "../services.js";

/**
 * The demo's drifting HubSpot contacts export, then its companies and deals exports, go through the same import as
 * an upload, so the CRM comparison opens on real coverage gaps and conflicts and profiles show their deals.
 */
export async function importDemoCrm(
  services: Services,
  workspaceId: string,
  userId: string | null,
  file: string,
  log: (line: string) => void,
  accountFiles: readonly string[] = [],
): Promise<void> {
  const started = Date.now();
  const { job, match } = await services.crmImports.importFile({
    workspaceId,
    userId,
    preset: "hubspot",
    fileName: path.basename(file),
    file: readFileSync(file),
  });
  if (job.status !== "done" || !match) throw new Error(`the demo CRM import failed: ${job.failure ?? job.status}`);
  log(
    `  CRM contacts imported in ${((Date.now() - started) / 1000).toFixed(1)} s: ${match.matched} matched, ` +
      `${match.unmatched} unmatched, ${match.ambiguous} ambiguous`,
  );
  for (const accountFile of accountFiles) {
    const at = Date.now();
    const result = await services.crmImports.importFile({
      workspaceId,
      userId,
      preset: "hubspot",
      fileName: path.basename(accountFile),
      file: readFileSync(accountFile),
    });
    if (result.job.status !== "done")
      throw new Error(`the demo CRM ${result.job.kind} import failed: ${result.job.failure ?? result.job.status}`);
    log(
      `  CRM ${result.job.kind} imported in ${((Date.now() - at) / 1000).toFixed(1)} s: ${result.job.processedRows} records`,
    );
  }
}
