export { compileAudience, inlineParams, type CompiledAudience } from "./audience.compiler.js";
export { AudienceRuleError, type RuleIssue } from "./audience.errors.js";
export {
  audienceSql,
  countAudience,
  sampleAudience,
  type AudienceSample,
  type RunOptions,
} from "./audience.service.js";
export { applyEventAggregates, rebuildAggregates, rebuildAggregatesIn, type AggregateEventRow } from "./aggregates.js";
export type { Catalog } from "./catalog.js";
export { loadCatalog, refreshCatalog, refreshCatalogIn, type CatalogRefreshOptions } from "./catalog.service.js";
export {
  backfillIndexedProperties,
  listIndexedProperties,
  INDEXED_PROPERTY_STATUSES,
  type IndexedPropertyRow,
} from "./indexed-properties.service.js";
export { MAX_CONDITIONS, type CompileOptions, type EventStrategy } from "./compile-context.js";
export { compileProbe, explainProfile, type Explanation, type TraceNode } from "./explain.js";
export { queryRows, type SqlRunner } from "./sql-runner.js";
export { aggregateHook } from "./aggregate-hook.js";
export { AudiencePreviewService, PREVIEW_TIMEOUT_MS } from "./audience-preview.service.js";
export { withTimeout } from "./audience.service.js";
export { fieldPath, parseRuleTree, withRulePaths } from "./rule-input.js";
export { compileForProfiles } from "./membership-probe.js";
export { compilePlan } from "./audience.compiler.js";
export { planSql } from "./tree.compiler.js";
export type { CompileContext } from "./compile-context.js";
export { TraitIndexService, type TraitIndexRow, type TraitIndexOptions } from "./trait-indexes.service.js";
