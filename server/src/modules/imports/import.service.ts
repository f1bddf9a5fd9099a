import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { AppError, badInput, notFound } from "../../engine/errors.js";
import { UUID } from "../../engine/ids.js";
import type { IngestionService } from "../ingestion/index.js";
import type { SourceService } from "../sources/source.service.js";
import { Source, SourceKind } from "../sources/source.entity.js";
import { countRows, csvText, readHead } from "./csv-reader.js";
import { ImportJob, ImportStatus } from "./import-job.entity.js";
import { checkMapping, IMPORT_KINDS, suggestMapping, type ColumnMapping, type ImportKind } from "./import-mapping.js";
import { scanFile, type ScanResult } from "./import-scan.js";
import { BatchFailed, runImport, type ImportProgress } from "./import-runner.js";

/** The per-workspace source imports go to when the admin picks none. */
export const IMPORT_SOURCE_NAME = "CSV import";
export const PREVIEW_ROWS = 10;

export type Upload = { workspaceId: string; userId: string | null; kind: string; fileName: string; file: Buffer };
export type Preview = ScanResult & { columns: string[]; suggested: ColumnMapping[]; mapping: ColumnMapping[] };

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

export class ImportService {
  /** Jobs this process is running, so tests and the CLI can wait for them. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly ingestion: IngestionService,
    private readonly sources: SourceService,
  ) {}

  /** Stores an uploaded file after checking it is a CSV file with a header and at least one data row. */
  async upload(input: Upload): Promise<ImportJob> {
    if (!isImportKind(input.kind)) throw badInput("kind", `must be one of ${IMPORT_KINDS.join(", ")}`);
    const fileName = input.fileName.trim().slice(0, 200) || "upload.csv";
    const text = csvText(input.file);
    const { delimiter, columns } = await readHead(text, 0);
    const totalRows = await countRows(text, delimiter);
    if (totalRows === 0) throw badInput("file", "the file has a header but no data rows");
    // Uploads nobody started within a day are abandoned: their files would otherwise stay in the database.
    await this.db.query(
      `DELETE FROM imports WHERE workspace_id = $1 AND status = 'uploaded' AND created_at < now() - interval '1 day'`,
      [input.workspaceId],
    );
    return this.db.getRepository(ImportJob).save({
      workspaceId: input.workspaceId,
      kind: input.kind,
      fileName,
      fileSha256: createHash("sha256").update(input.file).digest("hex"),
      fileBytes: input.file.length,
      file: input.file,
      delimiter,
      columns,
      totalRows,
      status: ImportStatus.uploaded,
      createdBy: input.userId,
      errors: [],
    });
  }

  /** When this exact file (same bytes, same kind) was last imported to the end here, if ever. */
  async lastImportOf(job: ImportJob): Promise<Date | null> {
    const rows: Array<{ finished_at: Date }> = await this.db.query(
      `SELECT finished_at FROM imports
       WHERE workspace_id = $1 AND file_sha256 = $2 AND kind = $3 AND status = 'done' AND id <> $4
       ORDER BY finished_at DESC LIMIT 1`,
      [job.workspaceId, job.fileSha256, job.kind, job.id],
    );
    return rows[0]?.finished_at ?? null;
  }

  list(workspaceId: string): Promise<ImportJob[]> {
    return this.db.getRepository(ImportJob).find({ where: { workspaceId }, order: { createdAt: "DESC" }, take: 50 });
  }

  async get(workspaceId: string, id: string): Promise<ImportJob> {
    if (!UUID.test(id)) throw notFound(`Import ${id}`);
    const job = await this.db.getRepository(ImportJob).findOneBy({ id, workspaceId });
    if (!job) throw notFound(`Import ${id}`);
    return job;
  }

  /** The suggested mapping, the first rows as messages and the validation of every row, with nothing stored. */
  async preview(workspaceId: string, id: string, mappingInput: unknown): Promise<Preview> {
    const job = await this.get(workspaceId, id);
    const text = csvText(await this.fileOf(job));
    const head = await readHead(text, 20);
    const suggested = suggestMapping(
      job.kind,
      job.columns,
      head.rows.map((r) => r.cells),
    );
    const mapping = this.mapping(job, mappingInput ?? suggested);
    const scan = await scanFile(text, job.delimiter, job.columns, job.kind, mapping, PREVIEW_ROWS);
    return { ...scan, columns: job.columns, suggested, mapping };
  }

  /** Starts the job in the background (or, with `wait`, runs it to the end, as the CLI does). */
  async start(
    workspaceId: string,
    id: string,
    options: { sourceId: string | null; mapping: unknown; wait?: boolean; onProgress?: (job: ImportProgress) => void },
  ): Promise<ImportJob> {
    const job = await this.get(workspaceId, id);
    const mapping = this.mapping(job, options.mapping);
    if (options.sourceId && !UUID.test(options.sourceId)) throw badInput("sourceId", "must be a source id");
    const source = options.sourceId
      ? await this.db.getRepository(Source).findOneBy({ id: options.sourceId, workspaceId })
      : await this.importSource(workspaceId);
    if (!source) throw badInput("sourceId", "no such source in this workspace");
    // A failed job may be started again: rows it stored are duplicates the second time and change nothing.
    const [, updated]: [unknown, number] = await this.db.query(
      `UPDATE imports SET status = 'running', source_id = $3, mapping = $4, started_at = now(), finished_at = NULL,
              failure = NULL, processed_rows = 0, accepted_rows = 0, rejected_rows = 0, duplicate_rows = 0,
              error_count = 0, errors = '[]'
       WHERE id = $1 AND workspace_id = $2 AND status IN ('uploaded', 'failed')`,
      [id, workspaceId, source.id, JSON.stringify(mapping)],
    );
    if (updated !== 1)
      throw new AppError("CONFLICT", `this import is ${job.status}; upload the file again to re-import it`);
    const run = this.run(job, mapping, source, options.onProgress);
    this.running.set(id, run);
    void run.finally(() => this.running.delete(id));
    if (options.wait) await run;
    return this.get(workspaceId, id);
  }

  /**
   * Jobs left "running" by a process that stopped; called at server start. Starting them again finishes them:
   * the rows already stored are duplicates.
   */
  async failInterrupted(): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE imports SET status = 'failed', finished_at = now(),
              failure = 'the server stopped during the import; start it again to finish (stored rows are skipped)'
       WHERE status = 'running'`,
    );
    return count;
  }

  /** Resolves when the job, if this process runs it, has ended. */
  async settled(id: string): Promise<void> {
    await this.running.get(id);
  }

  private async run(
    job: ImportJob,
    mapping: ColumnMapping[],
    source: Source,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<void> {
    const save = (p: ImportProgress, extra = "") =>
      this.db.query(
        `UPDATE imports SET processed_rows = $2, accepted_rows = $3, rejected_rows = $4, duplicate_rows = $5,
                error_count = $6, errors = $7${extra} WHERE id = $1`,
        [job.id, p.processed, p.accepted, p.rejected, p.duplicates, p.report.count, JSON.stringify(p.report.errors)],
      );
    try {
      const text = csvText(await this.fileOf(job));
      const input = { kind: job.kind, text, delimiter: job.delimiter, columns: job.columns, mapping };
      const progress = await runImport(
        this.db,
        this.ingestion,
        { ...input, sourceId: source.id, writeKey: source.writeKey },
        async (p) => {
          await save(p);
          onProgress?.(p);
        },
      );
      await save(progress, `, status = 'done', file = NULL, finished_at = now()`);
    } catch (error) {
      const expected = error instanceof BatchFailed || error instanceof AppError;
      if (!expected) console.error("Import failed:", error);
      await this.db
        .query(`UPDATE imports SET status = 'failed', failure = $2, finished_at = now() WHERE id = $1`, [
          job.id,
          expected ? error.message : "internal error; see the server log",
        ])
        .catch((e: unknown) => console.error("Import failure could not be recorded:", e));
    }
  }

  private mapping(job: ImportJob, input: unknown): ColumnMapping[] {
    const checked = checkMapping(job.kind, job.columns, input);
    if (!checked.ok) throw badInput(checked.problem.field, checked.problem.reason);
    return checked.mapping;
  }

  private async fileOf(job: ImportJob): Promise<Buffer> {
    const rows: Array<{ file: Buffer | null }> = await this.db.query(`SELECT file FROM imports WHERE id = $1`, [
      job.id,
    ]);
    const file = rows[0]?.file;
    if (!file) throw new AppError("CONFLICT", "this import has finished; upload the file again to import it again");
    return file;
  }

  /** The workspace's "CSV import" source, created on first use. */
  async importSource(workspaceId: string): Promise<Source> {
    const repo = this.db.getRepository(Source);
    const existing = await repo.findOneBy({ workspaceId, name: IMPORT_SOURCE_NAME });
    if (existing) return existing;
    try {
      return await this.sources.create(workspaceId, IMPORT_SOURCE_NAME, SourceKind.import);
    } catch (error) {
      // Two imports racing to create it: the other one won.
      const created = await repo.findOneBy({ workspaceId, name: IMPORT_SOURCE_NAME });
      if (created) return created;
      throw error;
    }
  }
}
