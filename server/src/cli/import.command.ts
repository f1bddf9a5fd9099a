import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import type { DataSource } from "typeorm";
import { AppError } from "../engine/errors.js";
import { csvText, readHead } from "../modules/imports/csv-reader.js";
import { MAX_UPLOAD_BYTES } from "../modules/imports/index.js";
import {
  checkMapping,
  VALUE_TYPES,
  suggestMapping,
  type ColumnMapping,
  type ImportKind,
} from "../modules/imports/import-mapping.js";
import { scanFile } from "../modules/imports/import-scan.js";
import { ImportStatus } from "../modules/imports/import-job.entity.js";
import type { RowError } from "../modules/imports/row-message.js";
import { Source } from "../modules/sources/source.entity.js";
import { UUID } from "../engine/ids.js";
import { defaultWorkspace, parse, UsageError, withServices, type Command } from "./cli-kit.js";

/** Row errors printed after a run; the full report is on the Import page. */
const PRINTED_ERRORS = 20;

/**
 * `--map "Column=target"` or `--map "Column=target:type"`, applied over the suggested mapping. The last "=" splits,
 * so a column name may itself hold one.
 */
export function applyMapOverrides(suggested: readonly ColumnMapping[], overrides: readonly string[]): ColumnMapping[] {
  const mapping = suggested.map((m) => ({ ...m }));
  for (const flag of overrides) {
    const at = flag.lastIndexOf("=");
    if (at <= 0 || at === flag.length - 1)
      throw new UsageError(`--map "${flag}": use "Column=target" or "Column=target:type"`);
    const column = flag.slice(0, at).trim();
    const [target = "", type] = flag
      .slice(at + 1)
      .trim()
      .split(":");
    if (type !== undefined && !(VALUE_TYPES as readonly string[]).includes(type))
      throw new UsageError(`--map "${flag}": the type must be one of ${VALUE_TYPES.join(", ")}`);
    const entry = mapping.find((m) => m.column === column);
    if (!entry) throw new UsageError(`--map "${flag}": the file has no column "${column}"`);
    entry.target = target.trim();
    entry.type = VALUE_TYPES.find((t) => t === type) ?? (target.trim() === "timestamp" ? "date" : entry.type);
  }
  return mapping;
}

const formatErrors = (errors: readonly RowError[], total: number) => [
  ...errors.slice(0, PRINTED_ERRORS).map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ""}: ${e.reason}`),
  ...(total > PRINTED_ERRORS ? [`  … and ${total - PRINTED_ERRORS} more`] : []),
];

const n = (value: number) => value.toLocaleString("en-US");

function importCommand(kind: ImportKind): Command {
  return {
    name: `import ${kind}`,
    summary: `Import ${kind} from a CSV file through the tracking API's ingestion (re-importing changes nothing)`,
    usage: `import ${kind} <file.csv> [--source <name|id>] [--workspace <slug>] [--map "Column=target[:type]"]… [--dry-run]`,
    async run(args, config) {
      const { values, positionals } = parse(
        args,
        {
          source: { type: "string" },
          workspace: { type: "string" },
          map: { type: "string", multiple: true },
          "dry-run": { type: "boolean" },
        },
        1,
      );
      const file = positionals[0];
      if (!file) throw new UsageError(`missing the file: import ${kind} <file.csv>`);
      const unreadable = () => new AppError("BAD_USER_INPUT", `cannot read ${file}`, "file");
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        throw unreadable();
      }
      // The upload's limit, checked before reading: the whole file is held in memory and stored with the job.
      if (size > MAX_UPLOAD_BYTES)
        throw new AppError(
          "BAD_USER_INPUT",
          `file: ${file} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the import limit; split it into smaller files`,
          "file",
        );
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw unreadable();
      }
      const text = csvText(bytes);
      const head = await readHead(text, 20);
      const mapping = applyMapOverrides(
        suggestMapping(
          kind,
          head.columns,
          head.rows.map((r) => r.cells),
        ),
        values.map ?? [],
      );
      const checked = checkMapping(kind, head.columns, mapping);
      if (!checked.ok)
        throw new UsageError(
          `${checked.problem.field}: ${checked.problem.reason} (change it with --map "Column=target")`,
        );
      console.log("Mapping:");
      for (const m of mapping) console.log(`  ${m.column} → ${m.target}${m.target === "ignore" ? "" : ` (${m.type})`}`);

      if (values["dry-run"]) {
        const scan = await scanFile(text, head.delimiter, head.columns, kind, checked.mapping, 0);
        console.log(`Dry run: ${n(scan.validRows)} rows valid, ${n(scan.invalidRows)} invalid; nothing stored.`);
        for (const line of formatErrors(scan.report.errors, scan.report.count)) console.log(line);
        return 0;
      }

      return withServices(config, async (services) => {
        const workspace = await defaultWorkspace(services, values.workspace);
        const sourceId = values.source ? await sourceIdOf(services.db, workspace.id, values.source) : null;
        const upload = await services.imports.upload({
          workspaceId: workspace.id,
          userId: null,
          kind,
          fileName: path.basename(file),
          file: bytes,
        });
        const bar = new cliProgress.SingleBar(
          { format: "import [{bar}] {percentage}% | {value}/{total} rows | {duration_formatted}", hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(upload.totalRows, 0);
        const job = await services.imports.start(workspace.id, upload.id, {
          sourceId,
          mapping: checked.mapping,
          wait: true,
          onProgress: (p) => bar.update(p.processed),
        });
        bar.stop();
        const source = job.sourceId ? await services.db.getRepository(Source).findOneBy({ id: job.sourceId }) : null;
        console.log(
          `${job.status === ImportStatus.done ? "Imported" : "Stopped"} ${n(job.processedRows)} of ${n(job.totalRows)} rows into ` +
            `"${source?.name ?? "?"}": ${n(job.acceptedRows)} new, ${n(job.duplicateRows)} already there, ${n(job.rejectedRows)} rejected.`,
        );
        for (const line of formatErrors(job.errors, job.errorCount)) console.log(line);
        if (job.failure) console.error(`mosaic: ${job.failure}`);
        return job.status === ImportStatus.done ? 0 : 1;
      });
    },
  };
}

async function sourceIdOf(db: DataSource, workspaceId: string, nameOrId: string): Promise<string> {
  const repo = db.getRepository(Source);
  const source =
    (UUID.test(nameOrId) ? await repo.findOneBy({ workspaceId, id: nameOrId }) : null) ??
    (await repo.findOneBy({ workspaceId, name: nameOrId }));
  if (!source) throw new UsageError(`--source: no source "${nameOrId}" in this workspace`);
  return source.id;
}

export const importCommands: Command[] = [importCommand("profiles"), importCommand("events")];
