import type { Router } from "express";
import type { Services } from "../../engine/services.js";
import { csvUploadRouter } from "../imports/index.js";

/**
 * POST /api/crm/imports?preset=hubspot|salesforce&kind=contacts|companies|deals&name=<file name> (kind and preset
 * read from the header when left out) with the export as a text/csv body (admins; the same checks as /api/imports).
 * Answers the stored upload; preview and start are GraphQL operations.
 */
export function crmImportRouter(services: Services): Router {
  return csvUploadRouter(services, async ({ viewer, query, file }) => {
    const job = await services.crmImports.upload({
      workspaceId: viewer.workspaceId,
      userId: viewer.userId,
      preset: typeof query.preset === "string" ? query.preset : "",
      kind: typeof query.kind === "string" ? query.kind : "",
      fileName: typeof query.name === "string" ? query.name : "",
      file,
    });
    return {
      id: job.id,
      kind: job.kind,
      preset: job.preset,
      fileName: job.fileName,
      columns: job.columns,
      totalRows: job.totalRows,
    };
  });
}
