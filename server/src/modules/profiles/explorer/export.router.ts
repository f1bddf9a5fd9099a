import { stringify } from "csv-stringify/sync";
import express, { type Request, type Response, type Router } from "express";
import { AppError, badInput, httpStatusOf } from "../../../engine/errors.js";
import { viewerOf } from "../../../engine/http/app.js";
import type { Services } from "../../../engine/services.js";
import { csvCell } from "./csv-cell.js";
import type { RawExplorerInput } from "./explorer.service.js";

/** Rows fetched from the cursor and written per step; small enough to keep memory flat, large enough to be quick. */
const BATCH = 2_000;
const EXPORT_ROLES = new Set(["analyst", "marketer", "admin"]);

const sendError = (res: Response, status: number, code: string, message: string, field?: string) =>
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });

function one(req: Request, name: string): string | null {
  const value: unknown = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== "string") throw badInput(name, "must be given once");
  return value;
}

/** The explorer's view from the query string: the same names as exploreProfiles, the rules as JSON. */
export function viewFromQuery(req: Request): RawExplorerInput {
  const rulesText = one(req, "rules");
  let rules: unknown = null;
  if (rulesText) {
    try {
      rules = JSON.parse(rulesText);
    } catch {
      throw badInput("rules", "is not valid JSON");
    }
  }
  const raw: unknown = req.query.columns;
  const columns = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (!columns.every((c): c is string => typeof c === "string")) throw badInput("columns", "must be column ids");
  const field = one(req, "sort");
  return {
    search: one(req, "search"),
    rules,
    audienceId: one(req, "audienceId"),
    sort: field ? { field, direction: one(req, "direction") ?? "desc" } : null,
    columns,
  };
}

/**
 * GET /api/exports/profiles?search=…&rules=<json>&audienceId=…&sort=…&direction=…&columns=…: the explorer's whole
 * filtered set as CSV (id, email, then the chosen columns), streamed from a database cursor. The total is sent
 * first in X-Total-Count so a client can show progress. Analysts, marketers and admins, by session or API token.
 */
export function exportRouter(services: Services): Router {
  const router = express.Router();
  router.get("/profiles", async (req: Request, res: Response) => {
    const viewer = await viewerOf(services, req);
    if (!viewer) return sendError(res, 401, "UNAUTHENTICATED", "Sign in first: this needs an authenticated user");
    if (!EXPORT_ROLES.has(viewer.role))
      return sendError(res, 403, "FORBIDDEN", `Your role (${viewer.role}) may not export profiles`);
    let started = false;
    try {
      const query = await services.explorer.prepare(viewer.workspaceId, viewFromQuery(req));
      const total = await services.explorer.count(query);
      const columns = query.columns.filter((c) => c.id !== "traits.email");
      res.status(200);
      res.setHeader("content-type", "text/csv; charset=utf-8");
      res.setHeader(
        "content-disposition",
        `attachment; filename="profiles-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      res.setHeader("x-total-count", String(total));
      res.setHeader("cache-control", "no-store");
      started = true;
      res.write(stringify([["id", "email", ...columns.map((c) => c.id)]]));
      let closed = false;
      res.on("close", () => (closed = true));
      await services.explorer.stream(query, BATCH, async (rows) => {
        // The browser went away: stop reading instead of exporting a million rows to nobody.
        if (closed) throw new Error("export cancelled by the client");
        const text = stringify(
          rows.map(({ profile, values }) => [
            profile.id,
            csvCell(profile.traits.email ?? null),
            ...columns.map((c) => csvCell(values[c.id] ?? null)),
          ]),
        );
        if (!res.write(text)) await new Promise<void>((resolve) => res.once("drain", resolve));
      });
      res.end();
    } catch (error) {
      if (!started && error instanceof AppError)
        return sendError(res, httpStatusOf(error.code), error.code, error.message, error.field);
      if (!started) throw error;
      if (!(error instanceof Error && error.message === "export cancelled by the client"))
        console.error("Profile export failed:", error);
      // Cut the response short so the download is seen as failed, not as a complete file.
      res.destroy();
    }
  });
  return router;
}
