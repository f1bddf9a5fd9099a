import { readFileSync } from "node:fs";
import path from "node:path";
import type { Services } from "../services.js";

/**
 * The demo's drifting HubSpot export goes through the same import as an upload, so the CRM comparison opens on
 * real coverage gaps and conflicts.
 */
export async function importDemoCrm(
  services: Services,
  workspaceId: string,
  userId: string | null,
  file: string,
  log: (line: string) => void,
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
}
