export {
  IngestionService,
  type IngestResult,
  type TrackingRequest,
  type TrackingResponse,
} from "./ingestion.service.js";
export type { Source } from "./batch-writer.js";
export { LIMITS } from "./request-body.js";
export { trackingRouter } from "./tracking.router.js";
