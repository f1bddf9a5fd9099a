export { compileRules, type CompiledRules } from "./compiled-rules.js";
export { compareRules, replay, type DryRunReport, type ReplayMessage } from "./dry-run.js";
export { loadGraph } from "./graph-store.js";
export {
  extractIdentifiers,
  identifierKey,
  type ExtractedIdentity,
  type Identifier,
  type IdentitySource,
} from "./identifiers.js";
export { IdentityLocks, lockKeyOf, MAX_IDENTIFIER_LOCKS, type LockKey } from "./identity-locks.js";
export {
  DEFAULT_IDENTITY_RULES,
  identityRulesSchema,
  MAX_IDENTIFIERS_PER_PROFILE,
  MAX_MERGES_PER_PROFILE,
  type IdentityRules,
} from "./identity-rules.schema.js";
export { IdentityRulesService, type StoredRules } from "./identity-rules.service.js";
export { MergeService, type MergeCursor, type MergeSummary, type SplitResult } from "./merge.service.js";
export { inTransaction, isLockTableFull, isRetryable, withClient } from "./pg-transaction.js";
export { writePlan } from "./plan-writer.js";
export { ProfileHooks, type BatchChange, type ProfileHook, type SplitChange } from "./profile-hooks.js";
export { resolveBatch, type ResolutionPlan, type ResolverMessage } from "./resolver.js";
export { normalizeEmail, normalizeIdentifier, normalizePhone } from "./normalize.js";
