import express, { type Request, type Response, type Router } from "express";
import type { Endpoint } from "./batch.parse.js";
import { IngestError } from "./ingestion.errors.js";
import { limitFor, type IngestionService } from "./ingestion.service.js";
import { MESSAGE_TYPES } from "./message.schema.js";
import { readRawBody } from "./request-body.js";

const ENDPOINTS: readonly Endpoint[] = [...MESSAGE_TYPES, "batch"];

/**
 * The Segment-compatible tracking API, mounted at /v1. It reads its own raw bodies (no JSON parser in front):
 * size limits and Content-Encoding are enforced here, and a body's Content-Type is never a reason to refuse it.
 */
export function trackingRouter(ingestion: IngestionService): Router {
  const router = express.Router();

  // Browsers send from any site with the write key, like Segment's own API.
  router.use((req, res, next) => {
    res.set("Access-Control-Allow-Origin", "*");
    if (req.method !== "OPTIONS") return next();
    res.set("Access-Control-Allow-Methods", "POST, OPTIONS");
    res.set("Access-Control-Allow-Headers", "Authorization, Content-Type, Content-Encoding, X-Retry-Count");
    res.set("Access-Control-Max-Age", "86400");
    res.status(204).end();
  });

  for (const endpoint of ENDPOINTS) {
    router.post(`/${endpoint}`, async (req: Request, res: Response) => {
      const receivedAt = Date.now();
      let body: Buffer | IngestError;
      try {
        body = await readRawBody(req, limitFor(endpoint));
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        body = error;
      }
      try {
        const response = await ingestion.receive({
          endpoint,
          body,
          authorization: req.get("authorization"),
          contentEncoding: req.get("content-encoding"),
          receivedAt,
        });
        res.status(response.status).json(response.body);
      } catch (error) {
        // Only the database or a bug gets here, never the input: clients retry a 5xx.
        console.error("Tracking request failed:", error);
        res
          .status(500)
          .json({ error: { code: "INTERNAL", message: "the messages were not stored; retry the request" } });
      }
    });
  }

  router.use((req, res) => {
    const known = ENDPOINTS.some((e) => req.path === `/${e}`);
    res
      .status(known ? 405 : 404)
      .set(known ? { Allow: "POST" } : {})
      .json({
        error: {
          code: known ? "METHOD_NOT_ALLOWED" : "NOT_FOUND",
          message: `Use POST /v1/${ENDPOINTS.join("|")}`,
        },
      });
  });
  return router;
}
