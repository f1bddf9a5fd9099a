import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { AppError, httpStatusOf } from "../../engine/errors.js";
import { viewerOf } from "../../engine/http/app.js";
import type { Services } from "../../engine/services.js";
import { MAX_UPLOAD_BYTES } from "../imports/index.js";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const sendError = (res: Response, status: number, code: string, message: string, field?: string) =>
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });

/**
 * POST /api/crm/imports?preset=hubspot|salesforce&kind=contacts|companies|deals&name=<file name> (kind and preset
 * read from the header when left out) with the export as a text/csv body (admins; the
 * same rules as /api/imports). Answers the stored upload; preview and start are GraphQL operations.
 */
export function crmImportRouter(services: Services): Router {
  const router = express.Router();
  const readBody = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES });
  router.post("/", async (req: Request, res: Response) => {
    const viewer = await viewerOf(services, req);
    if (!viewer) return sendError(res, 401, "UNAUTHENTICATED", "Sign in first: this needs an authenticated user");
    if (viewer.role !== "admin")
      return sendError(res, 403, "FORBIDDEN", `Your role (${viewer.role}) may not do this; it needs admin`);
    const type = (req.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!CSV_TYPES.includes(type))
      return sendError(
        res,
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `send the file as text/csv (got "${type || "none"}")`,
        "file",
      );
    const body = await new Promise<unknown>((resolve, reject) =>
      readBody(req, res, (error?: unknown) => (error ? reject(error) : resolve(req.body))),
    );
    const job = await services.crmImports.upload({
      workspaceId: viewer.workspaceId,
      userId: viewer.userId,
      preset: typeof req.query.preset === "string" ? req.query.preset : "",
      kind: typeof req.query.kind === "string" ? req.query.kind : "",
      fileName: typeof req.query.name === "string" ? req.query.name : "",
      file: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
    res.status(201).json({
      id: job.id,
      kind: job.kind,
      preset: job.preset,
      fileName: job.fileName,
      columns: job.columns,
      totalRows: job.totalRows,
    });
  });
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof AppError)
      return sendError(res, httpStatusOf(error.code), error.code, error.message, error.field);
    if (typeof error === "object" && error !== null && "type" in error && error.type === "entity.too.large")
      return sendError(
        res,
        413,
        "PAYLOAD_TOO_LARGE",
        `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
        "file",
      );
    next(error);
  });
  return router;
}
