export { IngestionService, type TrackingRequest, type TrackingResponse } from "./ingestion.service.js";
export { LIMITS } from "./request-body.js";
export { trackingRouter } from "./tracking.router.js";
