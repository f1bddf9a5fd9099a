/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BlockedMatch =
  | 'exact'
  | 'regex';

export type BlockedValueRuleInput = {
  match: BlockedMatch;
  /** Identifier types it applies to; null means every type. */
  types?: Array<string> | null | undefined;
  /** Compared with the normalised value, case-insensitively. */
  value: string;
};

export type ColumnMappingInput = {
  column: string;
  target: string;
  type?: ImportValueType;
};

export type CrmColumnMappingInput = {
  column: string;
  /** A CRM field (see CrmColumnMapping.target) or ignore. */
  target: string;
};

/** Which system holds the field: the CRM only, Mosaic only, or both. */
export type CrmFieldKind =
  | 'cdp'
  | 'crm'
  | 'shared';

export type CrmFieldStatus =
  | 'cdp_only'
  | 'conflict'
  | 'crm_only'
  | 'empty'
  | 'match'
  | 'stale';

export type CrmMatchStatus =
  | 'ambiguous'
  | 'matched'
  | 'unmatched';

/** A CRM's export format: column names and spellings. */
export type CrmPreset =
  | 'hubspot'
  | 'salesforce';

/** What a CRM export holds: contacts, companies (Salesforce accounts) or deals (opportunities). */
export type CrmRecordKind =
  | 'companies'
  | 'contacts'
  | 'deals';

export type CrmSide =
  | 'cdp'
  | 'crm';

/** The explorer's order; profiles without a value come last either way, then by id. */
export type ExplorerSortInput = {
  /** asc or desc. */
  direction?: string;
  /** last_seen_at, first_seen_at, event_count, lifetime_value, or traits.<a numeric trait>. */
  field: string;
};

export type IdentifierLimitInput = {
  max: number;
  type: string;
  /** Count only values seen within this many days; null means ever. */
  windowDays?: number | null | undefined;
};

export type IdentifierNormalizationInput = {
  /** Lower-case email addresses. */
  lowercaseEmail: boolean;
  /** Lower-case user ids, anonymous ids and every other type. */
  lowercaseIds: boolean;
  phone: PhoneFormat;
  /** Drop surrounding whitespace from every value. */
  trim: boolean;
};

export type IdentityRulesInput = {
  blocked: Array<BlockedValueRuleInput>;
  /** Limit for types without their own entry. */
  defaultLimit: number;
  limits: Array<IdentifierLimitInput>;
  normalization: IdentifierNormalizationInput;
  /** Highest first; consulted only when a limit would be exceeded. */
  priority: Array<string>;
  traitIdentifiers: Array<TraitIdentifierInput>;
};

export type ImportKind =
  | 'events'
  | 'profiles';

export type ImportStatus =
  | 'done'
  | 'failed'
  | 'running'
  | 'uploaded';

export type ImportValueType =
  | 'boolean'
  | 'date'
  | 'number'
  | 'string';

/** building: being backfilled from the events; ready: rules read it; failed: rules read raw events. */
export type IndexedPropertyStatus =
  | 'building'
  | 'failed'
  | 'ready';

export type MembershipChangeKind =
  | 'ENTERED'
  | 'EXITED';

export type PhoneFormat =
  /** The value as sent (trimmed when trim is on). */
  | 'asSent'
  /** The 7 to 15 digits alone. */
  | 'digits'
  /** "+" and 7 to 15 digits; separators dropped, a leading 00 read as "+". */
  | 'e164';

/** One of: admin, marketer, analyst */
export type Role =
  | 'admin'
  | 'analyst'
  | 'marketer';

export type SegmentInput = {
  description?: string | null | undefined;
  name: string;
  rules: Record<string, unknown>;
};

export type SourceKind =
  | 'app'
  | 'backend'
  | 'crm'
  | 'import'
  | 'other'
  | 'pos'
  | 'website';

export type SourceMessageStatus =
  | 'accepted'
  | 'rejected';

/** Which side's value becomes the golden value when both have one. */
export type SurvivorshipRule =
  | 'cdp_wins'
  | 'crm_wins'
  | 'most_recent';

export type TraitIdentifierInput = {
  trait: string;
  type: string;
};

export type AudienceCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type AudienceCatalogQuery = { audienceCatalog: { profileCount: number, refreshedAt: string | null, traits: Array<{ key: string, type: string, seen: number, suggestions: Array<string> }>, events: Array<{ name: string, count: number, properties: Array<{ key: string, type: string, seen: number, suggestions: Array<string> }> }>, identifiers: Array<{ type: string, count: number }>, audiences: Array<{ id: string, name: string }> } };

export type AudienceSizeQueryVariables = Exact<{
  rules: Record<string, unknown>;
}>;


export type AudienceSizeQuery = { audienceSize: { count: number, total: number, percent: number }, audienceGroupSizes: Array<{ index: number, count: number }> };

export type AudienceSampleQueryVariables = Exact<{
  rules: Record<string, unknown>;
  limit?: number | null | undefined;
}>;


export type AudienceSampleQuery = { audienceSample: Array<{ id: string, displayName: string, email: string | null, lastSeenAt: string }> };

export type AudienceImpactQueryVariables = Exact<{
  id: string | number;
  rules: Record<string, unknown>;
}>;


export type AudienceImpactQuery = { audienceImpact: { entering: number, leaving: number, staying: number } };

export type CreateSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;


export type CreateSegmentMutation = { createSegment: { id: string } };

export type UpdateSegmentMutationVariables = Exact<{
  id: string | number;
  input: SegmentInput;
}>;


export type UpdateSegmentMutation = { updateSegment: { id: string } };

export type IndexedPropertiesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndexedPropertiesQuery = { indexedProperties: Array<{ event: string, key: string, status: IndexedPropertyStatus, error: string | null, readyAt: string | null }> };

export type SegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentsQuery = { segments: Array<{ id: string, name: string, description: string, updatedAt: string }> };

export type AudienceListQueryVariables = Exact<{
  days: number;
}>;


export type AudienceListQuery = { segments: Array<{ id: string, name: string, description: string, updatedAt: string, size: number | null, refreshedAt: string | null, sizeHistory: Array<{ at: string, size: number }> }>, overview: { profileCount: number } };

export type SegmentQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentQuery = { segment: { id: string, name: string, description: string, rules: Record<string, unknown>, createdAt: string, updatedAt: string, size: number | null, refreshedAt: string | null }, overview: { profileCount: number } };

export type SegmentSizeHistoryQueryVariables = Exact<{
  id: string | number;
  days: number;
}>;


export type SegmentSizeHistoryQuery = { segment: { id: string, sizeHistory: Array<{ at: string, size: number }> } };

export type SegmentMembersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type SegmentMembersQuery = { segment: { id: string, members: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, lastSeenAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SegmentChangesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type SegmentChangesQuery = { segment: { id: string, changes: Array<{ kind: MembershipChangeKind, at: string, profile: { id: string, displayName: string } }> } };

export type ExplainAudienceQueryVariables = Exact<{
  profileId: string | number;
  id?: string | number | null | undefined;
  rules?: Record<string, unknown> | null | undefined;
}>;


export type ExplainAudienceQuery = { explainAudience: { profileId: string, member: boolean, trace: Record<string, unknown> } };

export type AudienceSqlQueryVariables = Exact<{
  rules: Record<string, unknown>;
}>;


export type AudienceSqlQuery = { audienceSql: { sql: string, params: Array<string>, readable: string } };

export type BreakdownTraitsQueryVariables = Exact<{ [key: string]: never; }>;


export type BreakdownTraitsQuery = { audienceCatalog: { traits: Array<{ key: string, type: string, seen: number, suggestions: Array<string> }> } };

export type AudienceBreakdownQueryVariables = Exact<{
  rules: Record<string, unknown>;
  trait: string;
  limit: number;
}>;


export type AudienceBreakdownQuery = { audienceBreakdown: Array<{ value: string | null, count: number }> };

export type AudienceOverlapQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AudienceOverlapQuery = { audienceOverlap: { audiences: Array<{ id: string, name: string, size: number | null }>, regions: Array<{ audienceIds: Array<string>, count: number }> } };

export type RefreshSegmentMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshSegmentMutation = { refreshSegment: { id: string, size: number | null, refreshedAt: string | null } };

export type DeleteSegmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSegmentMutation = { deleteSegment: boolean };

export type TraitIndexesQueryVariables = Exact<{ [key: string]: never; }>;


export type TraitIndexesQuery = { traitIndexes: Array<{ key: string, status: string, error: string | null, readyAt: string | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, workspace: { id: string, name: string } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, email: string, name: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CrmOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmOverviewQuery = { crmMatchStats: { total: number, matched: number, unmatched: number, ambiguous: number }, crmFieldStats: Array<{ key: string, label: string, kind: CrmFieldKind, rule: SurvivorshipRule, crmCoverage: number | null, cdpCoverage: number | null, crmMedianAgeDays: number | null, cdpMedianAgeDays: number | null, compared: number, conflicts: number, stale: number, conflictRate: number | null }> };

export type CrmConflictsQueryVariables = Exact<{
  field?: string | null | undefined;
  status?: CrmFieldStatus | null | undefined;
  offset: number;
  limit: number;
}>;


export type CrmConflictsQuery = { crmConflicts: { total: number, rows: Array<{ contactId: string, recordId: string, profileId: string, name: string, key: string, label: string, status: CrmFieldStatus, older: CrmSide | null, crmValue: string | null, crmAt: string | null, cdpValue: string | null, cdpAt: string | null, rule: SurvivorshipRule, golden: string | null, goldenSide: CrmSide | null }> } };

export type CrmRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmRulesQuery = { crmRules: Array<{ field: string, label: string, rule: SurvivorshipRule }> };

export type SetCrmRuleMutationVariables = Exact<{
  field: string;
  rule: SurvivorshipRule;
}>;


export type SetCrmRuleMutation = { setCrmRule: Array<{ field: string, label: string, rule: SurvivorshipRule }> };

export type CrmContactsQueryVariables = Exact<{
  status: CrmMatchStatus;
  offset: number;
  limit: number;
}>;


export type CrmContactsQuery = { crmContacts: { total: number, rows: Array<{ id: string, recordId: string, name: string, email: string | null, phone: string | null, company: string | null, matchStatus: CrmMatchStatus, candidateProfileIds: Array<string>, updatedAt: string | null }> } };

export type CrmCorrectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmCorrectionsQuery = { crmCorrections: { fileName: string, csv: string, rows: number } };

export type CrmEnrichmentQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmEnrichmentQuery = { crmEnrichment: { fileName: string, csv: string, rows: number } };

export type CrmProfileComparisonQueryVariables = Exact<{
  profileId: string | number;
}>;


export type CrmProfileComparisonQuery = { crmProfileComparison: Array<{ contactId: string, recordId: string, updatedAt: string | null, company: { recordId: string, name: string | null, domain: string | null, industry: string | null, employees: string | null } | null, deals: Array<{ recordId: string, name: string | null, stage: string | null, amount: number | null, closeDate: string | null, pipeline: string | null, open: boolean }>, fields: Array<{ key: string, label: string, kind: CrmFieldKind, status: CrmFieldStatus, older: CrmSide | null, crmValue: string | null, crmAt: string | null, cdpValue: string | null, cdpAt: string | null, rule: SurvivorshipRule, golden: string | null, goldenSide: CrmSide | null }> }> };

export type CrmImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmImportsQuery = { crmImports: Array<{ id: string, preset: CrmPreset, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, insertedRows: number, updatedRows: number, unchangedRows: number, errorCount: number, failure: string | null, createdAt: string, finishedAt: string | null }> };

export type CrmImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type CrmImportJobQuery = { crmImport: { id: string, kind: CrmRecordKind, preset: CrmPreset, fileName: string, status: ImportStatus, totalRows: number, processedRows: number, insertedRows: number, updatedRows: number, unchangedRows: number, errorCount: number, failure: string | null, finishedAt: string | null, errors: Array<{ line: number, column: string | null, reason: string }> } };

export type CrmImportPreviewQueryVariables = Exact<{
  id: string | number;
  preset?: CrmPreset | null | undefined;
  mapping?: Array<CrmColumnMappingInput> | CrmColumnMappingInput | null | undefined;
}>;


export type CrmImportPreviewQuery = { crmImportPreview: { columns: Array<string>, validRows: number, invalidRows: number, errorCount: number, suggestedMapping: Array<{ column: string, target: string }>, mapping: Array<{ column: string, target: string }>, rows: Array<{ line: number, cells: Array<string>, errors: Array<{ column: string | null, reason: string }> }>, errors: Array<{ line: number, column: string | null, reason: string }> } };

export type StartCrmImportMutationVariables = Exact<{
  id: string | number;
  preset?: CrmPreset | null | undefined;
  mapping: Array<CrmColumnMappingInput> | CrmColumnMappingInput;
}>;


export type StartCrmImportMutation = { startCrmImport: { id: string, status: ImportStatus } };

export type MatchCrmAgainMutationVariables = Exact<{ [key: string]: never; }>;


export type MatchCrmAgainMutation = { matchCrmAgain: { total: number, matched: number, unmatched: number, ambiguous: number } };

export type EventFieldsFragment = { id: string, type: string, event: string | null, timestamp: string, receivedAt: string, messageId: string, profileId: string, sourceId: string | null, userId: string | null, anonymousId: string | null, properties: Record<string, unknown>, context: Record<string, unknown> };

export type EventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  event?: string | null | undefined;
  type?: string | null | undefined;
}>;


export type EventsQuery = { events: { edges: Array<{ cursor: string, node: { id: string, type: string, event: string | null, timestamp: string, receivedAt: string, messageId: string, profileId: string, sourceId: string | null, userId: string | null, anonymousId: string | null, properties: Record<string, unknown>, context: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventNamesQuery = { eventNames: Array<string> };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { profileCount: number, identifiedProfileCount: number, eventCount: number, sourceCount: number, segmentCount: number, lastEventAt: string | null } };

export type EventsPerDayQueryVariables = Exact<{
  days: number;
}>;


export type EventsPerDayQuery = { eventsPerDay: Array<{ day: string, count: number }> };

export type IdentityRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityRulesQuery = { identityRules: { version: number, updatedAt: string | null, rules: { defaultLimit: number, priority: Array<string>, limits: Array<{ type: string, max: number, windowDays: number | null }>, blocked: Array<{ types: Array<string> | null, match: BlockedMatch, value: string }>, traitIdentifiers: Array<{ trait: string, type: string }>, normalization: { trim: boolean, lowercaseEmail: boolean, lowercaseIds: boolean, phone: PhoneFormat } } } };

export type UpdateIdentityRulesMutationVariables = Exact<{
  rules: IdentityRulesInput;
}>;


export type UpdateIdentityRulesMutation = { updateIdentityRules: { version: number, updatedAt: string | null } };

export type IdentityRulesDryRunQueryVariables = Exact<{
  rules: IdentityRulesInput;
}>;


export type IdentityRulesDryRunQuery = { identityRulesDryRun: { messages: number, newlyResolved: number, newlyUnresolved: number, current: { profiles: number, merges: number }, proposed: { profiles: number, merges: number }, merges: Array<{ profiles: number, messages: number, identifiers: Array<{ type: string, value: string }> }>, splits: Array<{ profiles: number, messages: number, identifiers: Array<{ type: string, value: string }> }> } };

export type MergeHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MergeHistoryQuery = { mergeHistory: { edges: Array<{ node: { id: string, winnerId: string, loserId: string, rule: string, sourceName: string | null, messageId: string | null, mergedAt: string, undoneAt: string | null, loserEvents: number, linkedBy: Array<{ type: string, value: string, side: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MergeFieldsFragment = { id: string, winnerId: string, loserId: string, rule: string, sourceName: string | null, messageId: string | null, mergedAt: string, undoneAt: string | null, loserEvents: number, linkedBy: Array<{ type: string, value: string, side: string }> };

export type UndoMergeMutationVariables = Exact<{
  mergeId: string | number;
}>;


export type UndoMergeMutation = { undoMerge: { mergeId: string, restoredProfileId: string, fromProfileId: string } };

export type ImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsQuery = { imports: Array<{ id: string, kind: ImportKind, fileName: string, fileSha256: string, status: ImportStatus, sourceId: string | null, totalRows: number, processedRows: number, acceptedRows: number, rejectedRows: number, duplicateRows: number, errorCount: number, createdAt: string, finishedAt: string | null }> };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, fileName: string, status: ImportStatus, sourceId: string | null, totalRows: number, processedRows: number, acceptedRows: number, rejectedRows: number, duplicateRows: number, errorCount: number, failure: string | null, finishedAt: string | null, errors: Array<{ line: number, column: string | null, reason: string }> } };

export type ImportPreviewQueryVariables = Exact<{
  id: string | number;
  mapping?: Array<ColumnMappingInput> | ColumnMappingInput | null | undefined;
}>;


export type ImportPreviewQuery = { importPreview: { columns: Array<string>, validRows: number, invalidRows: number, errorCount: number, suggestedMapping: Array<{ column: string, target: string, type: ImportValueType }>, rows: Array<{ line: number, cells: Array<string>, message: Record<string, unknown> | null, errors: Array<{ column: string | null, reason: string }> }>, errors: Array<{ line: number, column: string | null, reason: string }> } };

export type StartImportMutationVariables = Exact<{
  id: string | number;
  mapping: Array<ColumnMappingInput> | ColumnMappingInput;
  sourceId?: string | number | null | undefined;
}>;


export type StartImportMutation = { startImport: { id: string, status: ImportStatus } };

export type ImportSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSourcesQuery = { sources: Array<{ id: string, name: string, kind: SourceKind }> };

export type LtvModelStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type LtvModelStatusQuery = { ltvModel: { id: string, status: string, progress: number, stage: string, trigger: string, startedAt: string, finishedAt: string | null, error: string | null, revenueEvent: string, revenueProperty: string, currency: string } | null };

export type LtvModelInUseQueryVariables = Exact<{ [key: string]: never; }>;


export type LtvModelInUseQuery = { ltvModelInUse: { id: string, status: string, trigger: string, startedAt: string, finishedAt: string | null, revenueEvent: string, revenueProperty: string, currency: string, customers: number | null, transactions: number | null, calibrationEnd: string | null, holdoutStart: string | null, holdoutExpected: number | null, holdoutActual: number | null, weeksPerMonth: number, monthlyDiscountRate: number, bgnbd: { r: number, alpha: number, a: number, b: number, logLikelihood: number, converged: boolean } | null, gammaGamma: { p: number, q: number, gamma: number, logLikelihood: number, converged: boolean } | null, calibration: Array<{ week: number, expected: number, actual: number }>, cohorts: Array<{ cohort: string, customers: number, points: Array<{ month: number, value: number }> }> } | null };

export type LtvOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type LtvOverviewQuery = { ltvOverview: { currency: string, customers: number, revenue: number, averageValue: number, medianValue: number, repeatPurchaseRate: number, averagePredictedValue12m: number | null, atRiskRepeatCustomers: number, histogram: Array<{ from: number, to: number | null, customers: number }>, pareto: Array<{ customerShare: number, revenueShare: number }>, topCustomers: Array<{ profileId: string, displayName: string, revenue: number, orders: number, predictedValue12m: number | null, pAlive: number | null }> } };

export type RevenueSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RevenueSettingsQuery = { revenueSettings: { event: string, property: string, currency: string } };

export type RefitLtvMutationVariables = Exact<{ [key: string]: never; }>;


export type RefitLtvMutation = { refitLtv: { id: string, status: string, progress: number, stage: string, trigger: string, startedAt: string, finishedAt: string | null, error: string | null, revenueEvent: string, revenueProperty: string, currency: string } };

export type UpdateRevenueSettingsMutationVariables = Exact<{
  event: string;
  property: string;
  currency: string;
}>;


export type UpdateRevenueSettingsMutation = { updateRevenueSettings: { event: string, property: string, currency: string } };

export type LtvAudienceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LtvAudienceOptionsQuery = { segments: Array<{ id: string, name: string, size: number | null }> };

export type AudienceLtvComparisonQueryVariables = Exact<{
  audienceIds: Array<string | number> | string | number;
}>;


export type AudienceLtvComparisonQuery = { audienceLtvComparison: { currency: string, audiences: Array<{ audienceId: string, name: string, members: number, customers: number, revenue: number, averageValue: number | null, averagePredictedValue12m: number | null, averagePAlive: number | null, repeatPurchaseRate: number | null }> } };

export type ProfileAudiencesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ProfileAudiencesQuery = { profile: { id: string, audiences: Array<{ enteredAt: string, segment: { id: string, name: string, description: string } }>, audienceChanges: Array<{ kind: MembershipChangeKind, at: string, segment: { id: string, name: string } }> } };

export type ExploreProfilesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  rules?: Record<string, unknown> | null | undefined;
  audienceId?: string | number | null | undefined;
  sort?: ExplorerSortInput | null | undefined;
  columns?: Array<string> | string | null | undefined;
}>;


export type ExploreProfilesQuery = { exploreProfiles: { edges: Array<{ cursor: string, values: Record<string, unknown>, node: { id: string, displayName: string, email: string | null, firstSeenAt: string, lastSeenAt: string, identities: Array<{ type: string, value: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CountProfilesQueryVariables = Exact<{
  search?: string | null | undefined;
  rules?: Record<string, unknown> | null | undefined;
  audienceId?: string | number | null | undefined;
}>;


export type CountProfilesQuery = { countProfiles: number };

export type ProfileMergesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileMergesQuery = { profile: { id: string, merges: Array<{ id: string, winnerId: string, loserId: string, rule: string, sourceName: string | null, messageId: string | null, mergedAt: string, undoneAt: string | null, loserEvents: number, linkedBy: Array<{ type: string, value: string, side: string }> }> } };

export type ProfileEventNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileEventNamesQuery = { profile: { id: string, eventNames: Array<{ event: string, count: number }> } };

export type ProfileActivityQueryVariables = Exact<{
  id: string | number;
  days: number;
  event?: string | null | undefined;
}>;


export type ProfileActivityQuery = { profile: { id: string, activity: { from: string, to: string, total: number, days: Array<{ day: string, events: number }> } } };

export type TraitHistoryQueryVariables = Exact<{
  id: string | number;
  key: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TraitHistoryQuery = { profile: { id: string, traitHistory: { edges: Array<{ cursor: string, node: { id: string, value: unknown, at: string, sourceName: string | null, messageId: string | null, applied: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ProfileLocationQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileLocationQuery = { profileLocation: { id: string, currentId: string, mergedInto: Array<string>, mergedAt: string | null } };

export type ProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileQuery = { profile: { id: string, displayName: string, email: string | null, createdAt: string, firstSeenAt: string, lastSeenAt: string, traits: Record<string, unknown>, traitSources: Array<{ key: string, at: string | null, sourceName: string | null, messageId: string | null }>, identities: Array<{ type: string, value: string, firstSeenAt: string, lastSeenAt: string }>, lifetimeValue: { orders: number, revenue: number, pAlive: number | null, expectedPurchases12m: number | null, predictedValue12m: number | null, currency: string | null } | null } };

export type ProfileEventsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  event?: string | null | undefined;
}>;


export type ProfileEventsQuery = { profile: { id: string, events: { edges: Array<{ cursor: string, node: { id: string, type: string, event: string | null, timestamp: string, receivedAt: string, messageId: string, profileId: string, sourceId: string | null, userId: string | null, anonymousId: string | null, properties: Record<string, unknown>, context: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SourceMessagesQueryVariables = Exact<{
  sourceId: string | number;
  first: number;
}>;


export type SourceMessagesQuery = { sourceMessages: Array<{ id: string, status: SourceMessageStatus, type: string | null, event: string | null, userId: string | null, anonymousId: string | null, messageId: string | null, receivedAt: string, timestamp: string | null, reason: string | null, index: number | null, payload: Record<string, unknown> | null }> };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, name: string, kind: SourceKind, createdAt: string, stats: { receivedCount: number, rejectedCount: number, lastSeenAt: string | null } }> };

export type SourceKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceKeysQuery = { sources: Array<{ id: string, writeKey: string }> };

export type CreateSourceMutationVariables = Exact<{
  name: string;
  kind: SourceKind;
}>;


export type CreateSourceMutation = { createSource: { id: string, name: string, writeKey: string } };

export type RotateWriteKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWriteKeyMutation = { rotateWriteKey: { id: string, writeKey: string } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string, role: Role, createdAt: string, lastLoginAt: string | null }> };

export type CreateUserMutationVariables = Exact<{
  email: string;
  name?: string | null | undefined;
  role: Role;
  password: string;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, role: Role } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on Event {
  id
  type
  event
  timestamp
  receivedAt
  messageId
  profileId
  sourceId
  userId
  anonymousId
  properties
  context
}
    `, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
export const MergeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MergeFields on ProfileMerge {
  id
  winnerId
  loserId
  rule
  sourceName
  messageId
  mergedAt
  undoneAt
  loserEvents
  linkedBy {
    type
    value
    side
  }
}
    `, {"fragmentName":"MergeFields"}) as unknown as TypedDocumentString<MergeFieldsFragment, unknown>;
export const AudienceCatalogDocument = new TypedDocumentString(`
    query AudienceCatalog {
  audienceCatalog {
    profileCount
    refreshedAt
    traits {
      key
      type
      seen
      suggestions
    }
    events {
      name
      count
      properties {
        key
        type
        seen
        suggestions
      }
    }
    identifiers {
      type
      count
    }
    audiences {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceCatalogQuery, AudienceCatalogQueryVariables>;
export const AudienceSizeDocument = new TypedDocumentString(`
    query AudienceSize($rules: JSONObject!) {
  audienceSize(rules: $rules) {
    count
    total
    percent
  }
  audienceGroupSizes(rules: $rules) {
    index
    count
  }
}
    `) as unknown as TypedDocumentString<AudienceSizeQuery, AudienceSizeQueryVariables>;
export const AudienceSampleDocument = new TypedDocumentString(`
    query AudienceSample($rules: JSONObject!, $limit: Int) {
  audienceSample(rules: $rules, limit: $limit) {
    id
    displayName
    email
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<AudienceSampleQuery, AudienceSampleQueryVariables>;
export const AudienceImpactDocument = new TypedDocumentString(`
    query AudienceImpact($id: ID!, $rules: JSONObject!) {
  audienceImpact(id: $id, rules: $rules) {
    entering
    leaving
    staying
  }
}
    `) as unknown as TypedDocumentString<AudienceImpactQuery, AudienceImpactQueryVariables>;
export const CreateSegmentDocument = new TypedDocumentString(`
    mutation CreateSegment($input: SegmentInput!) {
  createSegment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = new TypedDocumentString(`
    mutation UpdateSegment($id: ID!, $input: SegmentInput!) {
  updateSegment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const IndexedPropertiesDocument = new TypedDocumentString(`
    query IndexedProperties {
  indexedProperties {
    event
    key
    status
    error
    readyAt
  }
}
    `) as unknown as TypedDocumentString<IndexedPropertiesQuery, IndexedPropertiesQueryVariables>;
export const SegmentsDocument = new TypedDocumentString(`
    query Segments {
  segments {
    id
    name
    description
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SegmentsQuery, SegmentsQueryVariables>;
export const AudienceListDocument = new TypedDocumentString(`
    query AudienceList($days: Int!) {
  segments {
    id
    name
    description
    updatedAt
    size
    refreshedAt
    sizeHistory(days: $days) {
      at
      size
    }
  }
  overview {
    profileCount
  }
}
    `) as unknown as TypedDocumentString<AudienceListQuery, AudienceListQueryVariables>;
export const SegmentDocument = new TypedDocumentString(`
    query Segment($id: ID!) {
  segment(id: $id) {
    id
    name
    description
    rules
    createdAt
    updatedAt
    size
    refreshedAt
  }
  overview {
    profileCount
  }
}
    `) as unknown as TypedDocumentString<SegmentQuery, SegmentQueryVariables>;
export const SegmentSizeHistoryDocument = new TypedDocumentString(`
    query SegmentSizeHistory($id: ID!, $days: Int!) {
  segment(id: $id) {
    id
    sizeHistory(days: $days) {
      at
      size
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentSizeHistoryQuery, SegmentSizeHistoryQueryVariables>;
export const SegmentMembersDocument = new TypedDocumentString(`
    query SegmentMembers($id: ID!, $first: Int!, $after: String) {
  segment(id: $id) {
    id
    members(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          email
          lastSeenAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const SegmentChangesDocument = new TypedDocumentString(`
    query SegmentChanges($id: ID!, $first: Int!) {
  segment(id: $id) {
    id
    changes(first: $first) {
      kind
      at
      profile {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentChangesQuery, SegmentChangesQueryVariables>;
export const ExplainAudienceDocument = new TypedDocumentString(`
    query ExplainAudience($profileId: ID!, $id: ID, $rules: JSONObject) {
  explainAudience(profileId: $profileId, id: $id, rules: $rules) {
    profileId
    member
    trace
  }
}
    `) as unknown as TypedDocumentString<ExplainAudienceQuery, ExplainAudienceQueryVariables>;
export const AudienceSqlDocument = new TypedDocumentString(`
    query AudienceSql($rules: JSONObject!) {
  audienceSql(rules: $rules) {
    sql
    params
    readable
  }
}
    `) as unknown as TypedDocumentString<AudienceSqlQuery, AudienceSqlQueryVariables>;
export const BreakdownTraitsDocument = new TypedDocumentString(`
    query BreakdownTraits {
  audienceCatalog {
    traits {
      key
      type
      seen
      suggestions
    }
  }
}
    `) as unknown as TypedDocumentString<BreakdownTraitsQuery, BreakdownTraitsQueryVariables>;
export const AudienceBreakdownDocument = new TypedDocumentString(`
    query AudienceBreakdown($rules: JSONObject!, $trait: String!, $limit: Int!) {
  audienceBreakdown(rules: $rules, trait: $trait, limit: $limit) {
    value
    count
  }
}
    `) as unknown as TypedDocumentString<AudienceBreakdownQuery, AudienceBreakdownQueryVariables>;
export const AudienceOverlapDocument = new TypedDocumentString(`
    query AudienceOverlap($ids: [ID!]!) {
  audienceOverlap(ids: $ids) {
    audiences {
      id
      name
      size
    }
    regions {
      audienceIds
      count
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceOverlapQuery, AudienceOverlapQueryVariables>;
export const RefreshSegmentDocument = new TypedDocumentString(`
    mutation RefreshSegment($id: ID!) {
  refreshSegment(id: $id) {
    id
    size
    refreshedAt
  }
}
    `) as unknown as TypedDocumentString<RefreshSegmentMutation, RefreshSegmentMutationVariables>;
export const DeleteSegmentDocument = new TypedDocumentString(`
    mutation DeleteSegment($id: ID!) {
  deleteSegment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const TraitIndexesDocument = new TypedDocumentString(`
    query TraitIndexes {
  traitIndexes {
    key
    status
    error
    readyAt
  }
}
    `) as unknown as TypedDocumentString<TraitIndexesQuery, TraitIndexesQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    workspace {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CrmOverviewDocument = new TypedDocumentString(`
    query CrmOverview {
  crmMatchStats {
    total
    matched
    unmatched
    ambiguous
  }
  crmFieldStats {
    key
    label
    kind
    rule
    crmCoverage
    cdpCoverage
    crmMedianAgeDays
    cdpMedianAgeDays
    compared
    conflicts
    stale
    conflictRate
  }
}
    `) as unknown as TypedDocumentString<CrmOverviewQuery, CrmOverviewQueryVariables>;
export const CrmConflictsDocument = new TypedDocumentString(`
    query CrmConflicts($field: String, $status: CrmFieldStatus, $offset: Int!, $limit: Int!) {
  crmConflicts(field: $field, status: $status, offset: $offset, limit: $limit) {
    total
    rows {
      contactId
      recordId
      profileId
      name
      key
      label
      status
      older
      crmValue
      crmAt
      cdpValue
      cdpAt
      rule
      golden
      goldenSide
    }
  }
}
    `) as unknown as TypedDocumentString<CrmConflictsQuery, CrmConflictsQueryVariables>;
export const CrmRulesDocument = new TypedDocumentString(`
    query CrmRules {
  crmRules {
    field
    label
    rule
  }
}
    `) as unknown as TypedDocumentString<CrmRulesQuery, CrmRulesQueryVariables>;
export const SetCrmRuleDocument = new TypedDocumentString(`
    mutation SetCrmRule($field: String!, $rule: SurvivorshipRule!) {
  setCrmRule(field: $field, rule: $rule) {
    field
    label
    rule
  }
}
    `) as unknown as TypedDocumentString<SetCrmRuleMutation, SetCrmRuleMutationVariables>;
export const CrmContactsDocument = new TypedDocumentString(`
    query CrmContacts($status: CrmMatchStatus!, $offset: Int!, $limit: Int!) {
  crmContacts(status: $status, offset: $offset, limit: $limit) {
    total
    rows {
      id
      recordId
      name
      email
      phone
      company
      matchStatus
      candidateProfileIds
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CrmContactsQuery, CrmContactsQueryVariables>;
export const CrmCorrectionsDocument = new TypedDocumentString(`
    query CrmCorrections {
  crmCorrections {
    fileName
    csv
    rows
  }
}
    `) as unknown as TypedDocumentString<CrmCorrectionsQuery, CrmCorrectionsQueryVariables>;
export const CrmEnrichmentDocument = new TypedDocumentString(`
    query CrmEnrichment {
  crmEnrichment {
    fileName
    csv
    rows
  }
}
    `) as unknown as TypedDocumentString<CrmEnrichmentQuery, CrmEnrichmentQueryVariables>;
export const CrmProfileComparisonDocument = new TypedDocumentString(`
    query CrmProfileComparison($profileId: ID!) {
  crmProfileComparison(profileId: $profileId) {
    contactId
    recordId
    updatedAt
    company {
      recordId
      name
      domain
      industry
      employees
    }
    deals {
      recordId
      name
      stage
      amount
      closeDate
      pipeline
      open
    }
    fields {
      key
      label
      kind
      status
      older
      crmValue
      crmAt
      cdpValue
      cdpAt
      rule
      golden
      goldenSide
    }
  }
}
    `) as unknown as TypedDocumentString<CrmProfileComparisonQuery, CrmProfileComparisonQueryVariables>;
export const CrmImportsDocument = new TypedDocumentString(`
    query CrmImports {
  crmImports {
    id
    preset
    fileName
    status
    totalRows
    processedRows
    insertedRows
    updatedRows
    unchangedRows
    errorCount
    failure
    createdAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<CrmImportsQuery, CrmImportsQueryVariables>;
export const CrmImportJobDocument = new TypedDocumentString(`
    query CrmImportJob($id: ID!) {
  crmImport(id: $id) {
    id
    kind
    preset
    fileName
    status
    totalRows
    processedRows
    insertedRows
    updatedRows
    unchangedRows
    errorCount
    errors {
      line
      column
      reason
    }
    failure
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<CrmImportJobQuery, CrmImportJobQueryVariables>;
export const CrmImportPreviewDocument = new TypedDocumentString(`
    query CrmImportPreview($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]) {
  crmImportPreview(id: $id, preset: $preset, mapping: $mapping) {
    columns
    suggestedMapping {
      column
      target
    }
    mapping {
      column
      target
    }
    rows {
      line
      cells
      errors {
        column
        reason
      }
    }
    validRows
    invalidRows
    errorCount
    errors {
      line
      column
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CrmImportPreviewQuery, CrmImportPreviewQueryVariables>;
export const StartCrmImportDocument = new TypedDocumentString(`
    mutation StartCrmImport($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]!) {
  startCrmImport(id: $id, preset: $preset, mapping: $mapping) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartCrmImportMutation, StartCrmImportMutationVariables>;
export const MatchCrmAgainDocument = new TypedDocumentString(`
    mutation MatchCrmAgain {
  matchCrmAgain {
    total
    matched
    unmatched
    ambiguous
  }
}
    `) as unknown as TypedDocumentString<MatchCrmAgainMutation, MatchCrmAgainMutationVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($first: Int!, $after: String, $event: String, $type: String) {
  events(first: $first, after: $after, event: $event, type: $type) {
    edges {
      cursor
      node {
        ...EventFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment EventFields on Event {
  id
  type
  event
  timestamp
  receivedAt
  messageId
  profileId
  sourceId
  userId
  anonymousId
  properties
  context
}`) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const EventNamesDocument = new TypedDocumentString(`
    query EventNames {
  eventNames
}
    `) as unknown as TypedDocumentString<EventNamesQuery, EventNamesQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    profileCount
    identifiedProfileCount
    eventCount
    sourceCount
    segmentCount
    lastEventAt
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const EventsPerDayDocument = new TypedDocumentString(`
    query EventsPerDay($days: Int!) {
  eventsPerDay(days: $days) {
    day
    count
  }
}
    `) as unknown as TypedDocumentString<EventsPerDayQuery, EventsPerDayQueryVariables>;
export const IdentityRulesDocument = new TypedDocumentString(`
    query IdentityRules {
  identityRules {
    version
    updatedAt
    rules {
      defaultLimit
      priority
      limits {
        type
        max
        windowDays
      }
      blocked {
        types
        match
        value
      }
      traitIdentifiers {
        trait
        type
      }
      normalization {
        trim
        lowercaseEmail
        lowercaseIds
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityRulesQuery, IdentityRulesQueryVariables>;
export const UpdateIdentityRulesDocument = new TypedDocumentString(`
    mutation UpdateIdentityRules($rules: IdentityRulesInput!) {
  updateIdentityRules(rules: $rules) {
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateIdentityRulesMutation, UpdateIdentityRulesMutationVariables>;
export const IdentityRulesDryRunDocument = new TypedDocumentString(`
    query IdentityRulesDryRun($rules: IdentityRulesInput!) {
  identityRulesDryRun(rules: $rules) {
    messages
    newlyResolved
    newlyUnresolved
    current {
      profiles
      merges
    }
    proposed {
      profiles
      merges
    }
    merges {
      profiles
      messages
      identifiers {
        type
        value
      }
    }
    splits {
      profiles
      messages
      identifiers {
        type
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityRulesDryRunQuery, IdentityRulesDryRunQueryVariables>;
export const MergeHistoryDocument = new TypedDocumentString(`
    query MergeHistory($first: Int!, $after: String) {
  mergeHistory(first: $first, after: $after) {
    edges {
      node {
        ...MergeFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MergeFields on ProfileMerge {
  id
  winnerId
  loserId
  rule
  sourceName
  messageId
  mergedAt
  undoneAt
  loserEvents
  linkedBy {
    type
    value
    side
  }
}`) as unknown as TypedDocumentString<MergeHistoryQuery, MergeHistoryQueryVariables>;
export const UndoMergeDocument = new TypedDocumentString(`
    mutation UndoMerge($mergeId: ID!) {
  undoMerge(mergeId: $mergeId) {
    mergeId
    restoredProfileId
    fromProfileId
  }
}
    `) as unknown as TypedDocumentString<UndoMergeMutation, UndoMergeMutationVariables>;
export const ImportsDocument = new TypedDocumentString(`
    query Imports {
  imports {
    id
    kind
    fileName
    fileSha256
    status
    sourceId
    totalRows
    processedRows
    acceptedRows
    rejectedRows
    duplicateRows
    errorCount
    createdAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<ImportsQuery, ImportsQueryVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    kind
    fileName
    status
    sourceId
    totalRows
    processedRows
    acceptedRows
    rejectedRows
    duplicateRows
    errorCount
    errors {
      line
      column
      reason
    }
    failure
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const ImportPreviewDocument = new TypedDocumentString(`
    query ImportPreview($id: ID!, $mapping: [ColumnMappingInput!]) {
  importPreview(id: $id, mapping: $mapping) {
    columns
    suggestedMapping {
      column
      target
      type
    }
    rows {
      line
      cells
      message
      errors {
        column
        reason
      }
    }
    validRows
    invalidRows
    errorCount
    errors {
      line
      column
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {
  startImport(id: $id, mapping: $mapping, sourceId: $sourceId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportSourcesDocument = new TypedDocumentString(`
    query ImportSources {
  sources {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ImportSourcesQuery, ImportSourcesQueryVariables>;
export const LtvModelStatusDocument = new TypedDocumentString(`
    query LtvModelStatus {
  ltvModel {
    id
    status
    progress
    stage
    trigger
    startedAt
    finishedAt
    error
    revenueEvent
    revenueProperty
    currency
  }
}
    `) as unknown as TypedDocumentString<LtvModelStatusQuery, LtvModelStatusQueryVariables>;
export const LtvModelInUseDocument = new TypedDocumentString(`
    query LtvModelInUse {
  ltvModelInUse {
    id
    status
    trigger
    startedAt
    finishedAt
    revenueEvent
    revenueProperty
    currency
    customers
    transactions
    calibrationEnd
    holdoutStart
    bgnbd {
      r
      alpha
      a
      b
      logLikelihood
      converged
    }
    gammaGamma {
      p
      q
      gamma
      logLikelihood
      converged
    }
    calibration {
      week
      expected
      actual
    }
    holdoutExpected
    holdoutActual
    cohorts {
      cohort
      customers
      points {
        month
        value
      }
    }
    weeksPerMonth
    monthlyDiscountRate
  }
}
    `) as unknown as TypedDocumentString<LtvModelInUseQuery, LtvModelInUseQueryVariables>;
export const LtvOverviewDocument = new TypedDocumentString(`
    query LtvOverview {
  ltvOverview {
    currency
    customers
    revenue
    averageValue
    medianValue
    repeatPurchaseRate
    averagePredictedValue12m
    atRiskRepeatCustomers
    histogram {
      from
      to
      customers
    }
    pareto {
      customerShare
      revenueShare
    }
    topCustomers {
      profileId
      displayName
      revenue
      orders
      predictedValue12m
      pAlive
    }
  }
}
    `) as unknown as TypedDocumentString<LtvOverviewQuery, LtvOverviewQueryVariables>;
export const RevenueSettingsDocument = new TypedDocumentString(`
    query RevenueSettings {
  revenueSettings {
    event
    property
    currency
  }
}
    `) as unknown as TypedDocumentString<RevenueSettingsQuery, RevenueSettingsQueryVariables>;
export const RefitLtvDocument = new TypedDocumentString(`
    mutation RefitLtv {
  refitLtv {
    id
    status
    progress
    stage
    trigger
    startedAt
    finishedAt
    error
    revenueEvent
    revenueProperty
    currency
  }
}
    `) as unknown as TypedDocumentString<RefitLtvMutation, RefitLtvMutationVariables>;
export const UpdateRevenueSettingsDocument = new TypedDocumentString(`
    mutation UpdateRevenueSettings($event: String!, $property: String!, $currency: String!) {
  updateRevenueSettings(event: $event, property: $property, currency: $currency) {
    event
    property
    currency
  }
}
    `) as unknown as TypedDocumentString<UpdateRevenueSettingsMutation, UpdateRevenueSettingsMutationVariables>;
export const LtvAudienceOptionsDocument = new TypedDocumentString(`
    query LtvAudienceOptions {
  segments {
    id
    name
    size
  }
}
    `) as unknown as TypedDocumentString<LtvAudienceOptionsQuery, LtvAudienceOptionsQueryVariables>;
export const AudienceLtvComparisonDocument = new TypedDocumentString(`
    query AudienceLtvComparison($audienceIds: [ID!]!) {
  audienceLtvComparison(audienceIds: $audienceIds) {
    currency
    audiences {
      audienceId
      name
      members
      customers
      revenue
      averageValue
      averagePredictedValue12m
      averagePAlive
      repeatPurchaseRate
    }
  }
}
    `) as unknown as TypedDocumentString<AudienceLtvComparisonQuery, AudienceLtvComparisonQueryVariables>;
export const ProfileAudiencesDocument = new TypedDocumentString(`
    query ProfileAudiences($id: ID!, $first: Int!) {
  profile(id: $id) {
    id
    audiences {
      enteredAt
      segment {
        id
        name
        description
      }
    }
    audienceChanges(first: $first) {
      kind
      at
      segment {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileAudiencesQuery, ProfileAudiencesQueryVariables>;
export const ExploreProfilesDocument = new TypedDocumentString(`
    query ExploreProfiles($first: Int!, $after: String, $search: String, $rules: JSONObject, $audienceId: ID, $sort: ExplorerSortInput, $columns: [String!]) {
  exploreProfiles(
    first: $first
    after: $after
    search: $search
    rules: $rules
    audienceId: $audienceId
    sort: $sort
    columns: $columns
  ) {
    edges {
      cursor
      values
      node {
        id
        displayName
        email
        firstSeenAt
        lastSeenAt
        identities {
          type
          value
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreProfilesQuery, ExploreProfilesQueryVariables>;
export const CountProfilesDocument = new TypedDocumentString(`
    query CountProfiles($search: String, $rules: JSONObject, $audienceId: ID) {
  countProfiles(search: $search, rules: $rules, audienceId: $audienceId)
}
    `) as unknown as TypedDocumentString<CountProfilesQuery, CountProfilesQueryVariables>;
export const ProfileMergesDocument = new TypedDocumentString(`
    query ProfileMerges($id: ID!) {
  profile(id: $id) {
    id
    merges {
      ...MergeFields
    }
  }
}
    fragment MergeFields on ProfileMerge {
  id
  winnerId
  loserId
  rule
  sourceName
  messageId
  mergedAt
  undoneAt
  loserEvents
  linkedBy {
    type
    value
    side
  }
}`) as unknown as TypedDocumentString<ProfileMergesQuery, ProfileMergesQueryVariables>;
export const ProfileEventNamesDocument = new TypedDocumentString(`
    query ProfileEventNames($id: ID!) {
  profile(id: $id) {
    id
    eventNames {
      event
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileEventNamesQuery, ProfileEventNamesQueryVariables>;
export const ProfileActivityDocument = new TypedDocumentString(`
    query ProfileActivity($id: ID!, $days: Int!, $event: String) {
  profile(id: $id) {
    id
    activity(days: $days, event: $event) {
      from
      to
      total
      days {
        day
        events
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileActivityQuery, ProfileActivityQueryVariables>;
export const TraitHistoryDocument = new TypedDocumentString(`
    query TraitHistory($id: ID!, $key: String!, $first: Int!, $after: String) {
  profile(id: $id) {
    id
    traitHistory(key: $key, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          value
          at
          sourceName
          messageId
          applied
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraitHistoryQuery, TraitHistoryQueryVariables>;
export const ProfileLocationDocument = new TypedDocumentString(`
    query ProfileLocation($id: ID!) {
  profileLocation(id: $id) {
    id
    currentId
    mergedInto
    mergedAt
  }
}
    `) as unknown as TypedDocumentString<ProfileLocationQuery, ProfileLocationQueryVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile($id: ID!) {
  profile(id: $id) {
    id
    displayName
    email
    createdAt
    firstSeenAt
    lastSeenAt
    traits
    traitSources {
      key
      at
      sourceName
      messageId
    }
    identities {
      type
      value
      firstSeenAt
      lastSeenAt
    }
    lifetimeValue {
      orders
      revenue
      pAlive
      expectedPurchases12m
      predictedValue12m
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const ProfileEventsDocument = new TypedDocumentString(`
    query ProfileEvents($id: ID!, $first: Int!, $after: String, $event: String) {
  profile(id: $id) {
    id
    events(first: $first, after: $after, event: $event) {
      edges {
        cursor
        node {
          ...EventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment EventFields on Event {
  id
  type
  event
  timestamp
  receivedAt
  messageId
  profileId
  sourceId
  userId
  anonymousId
  properties
  context
}`) as unknown as TypedDocumentString<ProfileEventsQuery, ProfileEventsQueryVariables>;
export const SourceMessagesDocument = new TypedDocumentString(`
    query SourceMessages($sourceId: ID!, $first: Int!) {
  sourceMessages(sourceId: $sourceId, first: $first) {
    id
    status
    type
    event
    userId
    anonymousId
    messageId
    receivedAt
    timestamp
    reason
    index
    payload
  }
}
    `) as unknown as TypedDocumentString<SourceMessagesQuery, SourceMessagesQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources {
    id
    name
    kind
    createdAt
    stats {
      receivedCount
      rejectedCount
      lastSeenAt
    }
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const SourceKeysDocument = new TypedDocumentString(`
    query SourceKeys {
  sources {
    id
    writeKey
  }
}
    `) as unknown as TypedDocumentString<SourceKeysQuery, SourceKeysQueryVariables>;
export const CreateSourceDocument = new TypedDocumentString(`
    mutation CreateSource($name: String!, $kind: SourceKind!) {
  createSource(name: $name, kind: $kind) {
    id
    name
    writeKey
  }
}
    `) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const RotateWriteKeyDocument = new TypedDocumentString(`
    mutation RotateWriteKey($id: ID!) {
  rotateWriteKey(id: $id) {
    id
    writeKey
  }
}
    `) as unknown as TypedDocumentString<RotateWriteKeyMutation, RotateWriteKeyMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    email
    name
    role
    createdAt
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($email: String!, $name: String, $role: Role!, $password: String!) {
  createUser(email: $email, name: $name, role: $role, password: $password) {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;