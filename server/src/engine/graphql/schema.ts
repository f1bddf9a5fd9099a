import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../auth/access.js";
import { AudienceResolver } from "../../modules/audiences/audience.resolver.js";
import { TraitIndexResolver } from "../../modules/audiences/trait-index.resolver.js";
import { IndexedPropertiesResolver } from "../../modules/audiences/indexed-properties.resolver.js";
import { CrmResolver } from "../../modules/crm/crm.resolver.js";
import { EventResolver } from "../../modules/events/event.resolver.js";
import { IdentityRulesResolver } from "../../modules/identity/identity-rules.resolver.js";
import { MergeResolver } from "../../modules/identity/merge.resolver.js";
import { ImportResolver } from "../../modules/imports/import.resolver.js";
import { LtvResolver } from "../../modules/ltv/ltv.resolver.js";
import { OverviewResolver } from "../../modules/overview/overview.resolver.js";
import { ProfileInsightsResolver } from "../../modules/profiles/profile-insights.resolver.js";
import { ProfileResolver } from "../../modules/profiles/profile.resolver.js";
import { ExplorerResolver } from "../../modules/profiles/explorer/explorer.resolver.js";
import { ProfileAudiencesResolver, SegmentMembershipResolver } from "../../modules/segments/membership.resolver.js";
import { SegmentResolver } from "../../modules/segments/segment.resolver.js";
import { SourceResolver } from "../../modules/sources/source.resolver.js";
import { AuthResolver } from "../../modules/users/auth.resolver.js";

export const resolvers = [
  AuthResolver,
  OverviewResolver,
  ProfileResolver,
  ExplorerResolver,
  ProfileInsightsResolver,
  EventResolver,
  SegmentResolver,
  AudienceResolver,
  TraitIndexResolver,
  IndexedPropertiesResolver,
  SegmentMembershipResolver,
  ProfileAudiencesResolver,
  SourceResolver,
  LtvResolver,
  IdentityRulesResolver,
  MergeResolver,
  ImportResolver,
  CrmResolver,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Root fields with no declared roles would be open to anyone: refuse that by default.
    authMode: "error",
    validate: false,
  });
  return cached;
}
