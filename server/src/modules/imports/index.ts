export { ImportService, IMPORT_SOURCE_NAME } from "./import.service.js";
export { importRouter, MAX_UPLOAD_BYTES } from "./import.router.js";
