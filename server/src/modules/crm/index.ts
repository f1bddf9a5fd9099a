export { CrmComparisonService } from "./crm-comparison.service.js";
export { CrmImportService, type CrmImportResult } from "./crm-import.service.js";
export { crmImportRouter } from "./crm.router.js";
export { CRM_PRESETS, isCrmPreset, type CrmPreset } from "./crm-presets.js";
export { CrmResolver } from "./crm.resolver.js";
