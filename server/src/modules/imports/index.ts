export { ImportService, IMPORT_SOURCE_NAME } from "./import.service.js";
export { importRouter } from "./import.router.js";
export { csvUploadRouter, MAX_UPLOAD_BYTES } from "./csv-upload.router.js";
export { countRows, csvRecords, csvText, readHead, type CsvRecord } from "./csv-reader.js";
export { parseDateValue } from "./import-mapping.js";
export { ImportStatus, UploadJob } from "./upload-job.entity.js";
