import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import { AudiencePreviewService, TraitIndexService, aggregateHook } from "../modules/audiences/index.js";
import { CrmComparisonService, CrmImportService, crmMatchHook } from "../modules/crm/index.js";
import { EventService } from "../modules/events/event.service.js";
import { IdentityRulesService, MergeService, ProfileHooks } from "../modules/identity/index.js";
import { ImportService } from "../modules/imports/import.service.js";
import { IngestionService } from "../modules/ingestion/index.js";
import { profileLtvHook } from "../modules/ltv/index.js";
import { LtvOverviewService } from "../modules/ltv/ltv-overview.service.js";
import { LtvService } from "../modules/ltv/ltv.service.js";
import { OverviewService } from "../modules/overview/overview.service.js";
import { ProfileInsightsService } from "../modules/profiles/profile-insights.service.js";
import { ProfileService } from "../modules/profiles/profile.service.js";
import { ExplorerService } from "../modules/profiles/explorer/explorer.service.js";
import { MembershipService, membershipHook } from "../modules/segments/index.js";
import { SegmentService } from "../modules/segments/segment.service.js";
import { SourceService } from "../modules/sources/source.service.js";
import { AuthService } from "../modules/users/auth.service.js";

export function createServices(db: DataSource, config: Pick<Config, "sessionTtlHours" | "cookieSecure">) {
  const identityRules = new IdentityRulesService(db);
  /** Modules with per-profile data derived from events join the ingestion and split transactions here. */
  const profileHooks = new ProfileHooks();
  profileHooks.add(aggregateHook);
  profileHooks.add(membershipHook);
  profileHooks.add(profileLtvHook);
  profileHooks.add(crmMatchHook);
  const sources = new SourceService(db);
  const ingestion = new IngestionService(db, identityRules, profileHooks);
  const traitIndexes = new TraitIndexService(db);
  return {
    db,
    /** False while the first-run demo seed is loading: /readyz answers 503 until then. */
    readiness: { ready: true, reason: "" },
    cookieMode: config.cookieSecure,
    auth: new AuthService(db, config.sessionTtlHours),
    profiles: new ProfileService(db),
    explorer: new ExplorerService(db),
    profileInsights: new ProfileInsightsService(db),
    events: new EventService(db),
    sources,
    segments: new SegmentService(db),
    traitIndexes,
    audiencePreviews: new AudiencePreviewService(db, traitIndexes),
    memberships: new MembershipService(db),
    overview: new OverviewService(db),
    identityRules,
    profileHooks,
    merges: new MergeService(db, profileHooks),
    ingestion,
    imports: new ImportService(db, ingestion, sources),
    ltv: new LtvService(db),
    crmImports: new CrmImportService(db),
    crm: new CrmComparisonService(db),
    ltvOverview: new LtvOverviewService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
