import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import { EventService } from "../modules/events/event.service.js";
import { LtvOverviewService } from "../modules/ltv/ltv-overview.service.js";
import { LtvService } from "../modules/ltv/ltv.service.js";
import { OverviewService } from "../modules/overview/overview.service.js";
import { ProfileService } from "../modules/profiles/profile.service.js";
import { SegmentService } from "../modules/segments/segment.service.js";
import { SourceService } from "../modules/sources/source.service.js";
import { AuthService } from "../modules/users/auth.service.js";

export function createServices(db: DataSource, config: Pick<Config, "sessionTtlHours" | "cookieSecure">) {
  return {
    db,
    /** False while the first-run demo seed is loading: /readyz answers 503 until then. */
    readiness: { ready: true, reason: "" },
    cookieMode: config.cookieSecure,
    auth: new AuthService(db, config.sessionTtlHours),
    profiles: new ProfileService(db),
    events: new EventService(db),
    sources: new SourceService(db),
    segments: new SegmentService(db),
    overview: new OverviewService(db),
    ltv: new LtvService(db),
    ltvOverview: new LtvOverviewService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
