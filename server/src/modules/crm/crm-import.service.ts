import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { AppError, badInput, notFound } from "../../engine/errors.js";
import { UUID } from "../../engine/ids.js";
import { countRows, csvText, ImportStatus, readHead } from "../imports/index.js";
import { upsertAccounts } from "./crm-accounts-store.js";
import { CrmImport } from "./crm-import.entity.js";
import { CRM_KINDS, detectKind, isCrmKind, type CrmKind } from "./crm-kinds.js";
import { CRM_PRESETS, isCrmPreset, type CrmPreset } from "./crm-presets.js";
import type { CrmAccountRow } from "./crm-records.js";
import type { CrmContactRow, CrmRowError } from "./crm-rows.js";
import {
  checkMapping,
  presetOf,
  scanCrmFile,
  suggestMapping,
  type AnyColumnMapping,
  type CrmPreviewRow,
} from "./crm-scan.js";
import {
  matchContacts,
  matchCounts,
  upsertContacts,
  UPSERT_CHUNK,
  type MatchCounts,
  type UpsertCounts,
} from "./crm-store.js";

export const CRM_PREVIEW_ROWS = 10;

export type CrmUpload = {
  workspaceId: string;
  userId: string | null;
  preset: string;
  /** contacts, companies or deals; empty to read it from the header. */
  kind?: string;
  fileName: string;
  file: Buffer;
};
export type CrmPreview = {
  columns: string[];
  suggested: AnyColumnMapping[];
  mapping: AnyColumnMapping[];
  rows: CrmPreviewRow[];
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: CrmRowError[];
};
export type CrmImportResult = { job: CrmImport; counts: UpsertCounts | null; match: MatchCounts | null };

/** CRM exports: upload, preview, and an all-or-nothing import that upserts by record id and re-matches profiles. */
export class CrmImportService {
  private readonly running = new Map<string, Promise<CrmImportResult>>();

  constructor(private readonly db: DataSource) {}

  async upload(input: CrmUpload): Promise<CrmImport> {
    if (input.preset && !isCrmPreset(input.preset))
      throw badInput("preset", `must be one of ${CRM_PRESETS.join(", ")}`);
    if (input.kind && !isCrmKind(input.kind)) throw badInput("kind", `must be one of ${CRM_KINDS.join(", ")}`);
    const text = csvText(input.file);
    const { delimiter, columns } = await readHead(text, 0);
    const kind = isCrmKind(input.kind) ? input.kind : detectKind(columns);
    const totalRows = await countRows(text, delimiter);
    if (totalRows === 0) throw badInput("file", "the file has a header but no data rows");
    await this.db.query(
      `DELETE FROM crm_imports WHERE workspace_id = $1 AND status = 'uploaded' AND created_at < now() - interval '1 day'`,
      [input.workspaceId],
    );
    return this.db.getRepository(CrmImport).save({
      workspaceId: input.workspaceId,
      kind,
      preset: isCrmPreset(input.preset) ? input.preset : presetOf(kind, columns),
      fileName: input.fileName.trim().slice(0, 200) || "crm-export.csv",
      fileSha256: createHash("sha256").update(input.file).digest("hex"),
      file: input.file,
      delimiter,
      columns,
      totalRows,
      status: ImportStatus.uploaded,
      createdBy: input.userId,
      errors: [],
    });
  }

  list(workspaceId: string): Promise<CrmImport[]> {
    return this.db.getRepository(CrmImport).find({ where: { workspaceId }, order: { createdAt: "DESC" }, take: 50 });
  }

  async get(workspaceId: string, id: string): Promise<CrmImport> {
    const job = UUID.test(id) ? await this.db.getRepository(CrmImport).findOneBy({ id, workspaceId }) : null;
    if (!job) throw notFound(`CRM import ${id}`);
    return job;
  }

  /** The preset's suggested mapping and every row checked against the mapping (default: the suggestion). */
  async preview(
    workspaceId: string,
    id: string,
    presetInput: string | null,
    mappingInput: unknown,
  ): Promise<CrmPreview> {
    const job = await this.get(workspaceId, id);
    const preset = this.preset(presetInput, job.preset);
    const suggested = suggestMapping(job.kind, preset, job.columns);
    const mapping = this.mapping(job.kind, job.columns, mappingInput ?? suggested);
    const text = csvText(await this.fileOf(job));
    const { collector, invalidRows, sample } = await scanCrmFile(
      job.kind,
      text,
      job.delimiter,
      job.columns,
      mapping,
      CRM_PREVIEW_ROWS,
    );
    return {
      columns: job.columns,
      suggested,
      mapping,
      rows: sample,
      validRows: collector.records.length,
      invalidRows,
      errorCount: collector.errorCount,
      errors: collector.errors,
    };
  }

  /**
   * Checks every row first; any error fails the import with the report and stores nothing. Otherwise all records
   * are upserted and matched in one transaction. Runs in the background unless `wait` (CLI, demo seed).
   */
  async start(
    workspaceId: string,
    id: string,
    options: { preset?: string | null; mapping: unknown; wait?: boolean; onProgress?: (processed: number) => void },
  ): Promise<CrmImportResult> {
    const job = await this.get(workspaceId, id);
    const preset = this.preset(options.preset, job.preset);
    const mapping = this.mapping(job.kind, job.columns, options.mapping);
    const [, updated]: [unknown, number] = await this.db.query(
      `UPDATE crm_imports SET status = 'running', preset = $3, mapping = $4, finished_at = NULL, failure = NULL,
              processed_rows = 0, inserted_rows = 0, updated_rows = 0, unchanged_rows = 0, error_count = 0, errors = '[]'
       WHERE id = $1 AND workspace_id = $2 AND status IN ('uploaded', 'failed')`,
      [id, workspaceId, preset, JSON.stringify(mapping)],
    );
    if (updated !== 1) throw new AppError("CONFLICT", `this import is ${job.status}; upload the file again`);
    const run = this.run(job, mapping, options.onProgress);
    this.running.set(id, run);
    void run.finally(() => this.running.delete(id));
    if (options.wait) return run;
    return { job: await this.get(workspaceId, id), counts: null, match: null };
  }

  /** Matching outside an import: the whole workspace, in one transaction. */
  matchAgain(workspaceId: string): Promise<MatchCounts> {
    return this.db.transaction((manager) => matchContacts(manager, workspaceId));
  }

  /** Jobs left "running" by a process that stopped (their transaction never committed); called at start. */
  async failInterrupted(): Promise<void> {
    await this.db.query(
      `UPDATE crm_imports SET status = 'failed', finished_at = now(),
              failure = 'the server stopped during the import; nothing was stored: start it again'
       WHERE status = 'running'`,
    );
  }

  /** Resolves when the job, if this process runs it, has ended. */
  async settled(id: string): Promise<void> {
    await this.running.get(id);
  }

  /** Upload and import in one go with the preset's mapping (the CLI and the demo seed). */
  async importFile(
    upload: CrmUpload,
    options: { mapping?: (suggested: AnyColumnMapping[]) => unknown; onProgress?: (processed: number) => void } = {},
  ): Promise<CrmImportResult> {
    const job = await this.upload(upload);
    const suggested = suggestMapping(job.kind, job.preset, job.columns);
    return this.start(job.workspaceId, job.id, {
      mapping: options.mapping ? options.mapping(suggested) : suggested,
      wait: true,
      onProgress: options.onProgress,
    });
  }

  private async run(
    job: CrmImport,
    mapping: AnyColumnMapping[],
    onProgress?: (processed: number) => void,
  ): Promise<CrmImportResult> {
    const finish = async (fields: string, params: unknown[]) => {
      await this.db.query(`UPDATE crm_imports SET ${fields}, finished_at = now() WHERE id = $1`, [job.id, ...params]);
      return this.get(job.workspaceId, job.id);
    };
    try {
      const text = csvText(await this.fileOf(job));
      const { collector } = await scanCrmFile(job.kind, text, job.delimiter, job.columns, mapping, 0);
      if (collector.errorCount)
        return {
          job: await finish(`status = 'failed', error_count = $2, errors = $3, failure = $4`, [
            collector.errorCount,
            JSON.stringify(collector.errors),
            `${collector.errorCount} row error(s): nothing was imported; fix the file or the mapping and start again`,
          ]),
          counts: null,
          match: null,
        };
      const { counts, match } = await this.store(job, collector.records, onProgress);
      return {
        job: await finish(
          `status = 'done', file = NULL, processed_rows = $2, inserted_rows = $3, updated_rows = $4, unchanged_rows = $5`,
          [collector.records.length, counts.inserted, counts.updated, counts.unchanged],
        ),
        counts,
        match,
      };
    } catch (error) {
      const expected = error instanceof AppError;
      if (!expected) console.error("CRM import failed:", error);
      const job_ = await finish(`status = 'failed', failure = $2`, [
        expected ? error.message : "internal error; see the server log",
      ]).catch(() => job);
      return { job: job_, counts: null, match: null };
    }
  }

  /** Every record in one transaction; contacts are then matched again (companies and deals link through them). */
  private store(
    job: CrmImport,
    records: ReadonlyArray<CrmContactRow | CrmAccountRow>,
    onProgress?: (processed: number) => void,
  ) {
    const kind = job.kind;
    return this.db.transaction(async (manager) => {
      const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      for (let at = 0; at < records.length; at += UPSERT_CHUNK) {
        const chunk = records.slice(at, at + UPSERT_CHUNK);
        const c =
          kind === "contacts"
            ? await upsertContacts(manager, job.workspaceId, job.id, chunk as CrmContactRow[])
            : await upsertAccounts(manager, kind, job.workspaceId, job.id, chunk as CrmAccountRow[]);
        counts.inserted += c.inserted;
        counts.updated += c.updated;
        counts.unchanged += c.unchanged;
        const processed = at + chunk.length;
        // Outside the transaction, so the page's progress bar moves while the rows stay invisible until COMMIT.
        await this.db.query(`UPDATE crm_imports SET processed_rows = $2 WHERE id = $1`, [job.id, processed]);
        onProgress?.(processed);
      }
      const match =
        kind === "contacts"
          ? await matchContacts(manager, job.workspaceId)
          : await matchCounts(manager, job.workspaceId);
      return { counts, match };
    });
  }

  private preset(input: string | null | undefined, fallback: CrmPreset): CrmPreset {
    if (input === null || input === undefined || input === "") return fallback;
    if (!isCrmPreset(input)) throw badInput("preset", `must be one of ${CRM_PRESETS.join(", ")}`);
    return input;
  }

  private mapping(kind: CrmKind, columns: readonly string[], input: unknown): AnyColumnMapping[] {
    const checked = checkMapping(kind, columns, input);
    if (!checked.ok) throw badInput(checked.problem.field, checked.problem.reason);
    return checked.mapping;
  }

  private async fileOf(job: CrmImport): Promise<Buffer> {
    const rows: Array<{ file: Buffer | null }> = await this.db.query(`SELECT file FROM crm_imports WHERE id = $1`, [
      job.id,
    ]);
    const file = rows[0]?.file;
    if (!file) throw new AppError("CONFLICT", "this import has finished; upload the file again to import it again");
    return file;
  }
}
