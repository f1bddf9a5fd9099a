import type { Router } from "express";
import type { Services } from "../../engine/services.js";
import { csvUploadRouter } from "./csv-upload.router.js";

/**
 * POST /api/imports?kind=profiles|events&name=<file name> with the CSV file as the body: stores it and answers the
 * new import (201), with when the same file was last imported (its rows would then be duplicates). Mapping, preview
 * and start are GraphQL operations on the upload.
 */
export function importRouter(services: Services): Router {
  return csvUploadRouter(services, async ({ viewer, query, file }) => {
    const job = await services.imports.upload({
      workspaceId: viewer.workspaceId,
      userId: viewer.userId,
      kind: typeof query.kind === "string" ? query.kind : "",
      fileName: typeof query.name === "string" ? query.name : "",
      file,
    });
    return {
      id: job.id,
      kind: job.kind,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      columns: job.columns,
      totalRows: job.totalRows,
      lastImportedAt: (await services.imports.lastImportOf(job))?.toISOString() ?? null,
    };
  });
}
