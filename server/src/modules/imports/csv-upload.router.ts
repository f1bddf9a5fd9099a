import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { AppError, httpStatusOf } from "../../engine/errors.js";
import type { Viewer } from "../../engine/auth/viewer.js";
import { viewerOf } from "../../engine/http/app.js";
import type { Services } from "../../engine/services.js";

/** The largest CSV file one upload may carry. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Spreadsheet tools and browsers label CSV files in several ways; anything else is not a CSV upload. */
const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const sendError = (res: Response, status: number, code: string, message: string, field?: string) =>
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });

/** Stores one uploaded file and answers what the client needs next (sent as the 201 body). */
export type CsvUploadHandler = (upload: { viewer: Viewer; query: Request["query"]; file: Buffer }) => Promise<object>;

/**
 * POST / with a CSV file as the body, for admins (session cookie or API token, like /graphql): the checks every
 * upload shares (401, 403, 415, 413 over MAX_UPLOAD_BYTES, AppErrors as their status) around `handle`.
 */
export function csvUploadRouter(services: Services, handle: CsvUploadHandler): Router {
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
    const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    res.status(201).json(await handle({ viewer, query: req.query, file }));
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
