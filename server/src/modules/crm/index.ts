export { CrmComparisonService } from "./crm-comparison.service.js";
export { CrmImportService, type CrmImportResult } from "./crm-import.service.js";
export { crmImportRouter } from "./crm.router.js";
export { CRM_PRESETS, isCrmPreset, type CrmPreset } from "./crm-presets.js";
export { checkMapping, presetOf, scanCrmFile, suggestMapping, type AnyColumnMapping } from "./crm-scan.js";
export { ACCOUNT_TARGETS, CRM_KINDS, detectKind, isCrmKind, type CrmKind } from "./crm-kinds.js";
export { checkCrmMapping } from "./crm-mapping.js";
export { CRM_TARGETS, detectPreset, isCrmTarget, suggestCrmMapping, type CrmColumnMapping } from "./crm-presets.js";
export { crmMatchHook } from "./crm-match-hook.js";
