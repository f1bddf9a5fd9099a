import { readFileSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { AppError } from "../engine/errors.js";
import { countRows, csvText, readHead } from "../modules/imports/index.js";
import {
  ACCOUNT_TARGETS,
  checkMapping,
  CRM_KINDS,
  CRM_PRESETS,
  CRM_TARGETS,
  detectKind,
  isCrmKind,
  isCrmPreset,
  presetOf,
  scanCrmFile,
  suggestMapping,
  type AnyColumnMapping,
  type CrmKind,
} from "../modules/crm/index.js";
import { defaultWorkspace, parse, UsageError, withServices, type Command } from "./cli-kit.js";

const PRINTED_ERRORS = 20;
const n = (value: number) => value.toLocaleString("en-US");

const targetsOf = (kind: CrmKind): readonly string[] => (kind === "contacts" ? CRM_TARGETS : ACCOUNT_TARGETS[kind]);

/** `--map "Column=target"` over the preset's mapping; the last "=" splits, so a column name may hold one. */
export function applyCrmOverrides(
  suggested: readonly AnyColumnMapping[],
  overrides: readonly string[],
  kind: CrmKind = "contacts",
): AnyColumnMapping[] {
  const mapping: Array<{ column: string; target: string }> = suggested.map((m) => ({ ...m }));
  const targets = targetsOf(kind);
  for (const flag of overrides) {
    const at = flag.lastIndexOf("=");
    const column = flag.slice(0, at).trim();
    const target = flag.slice(at + 1).trim();
    if (at <= 0 || !target) throw new UsageError(`--map "${flag}": use "Column=target"`);
    if (!targets.includes(target))
      throw new UsageError(`--map "${flag}": the target must be one of ${targets.join(", ")} (for ${kind})`);
    const entry = mapping.find((m) => m.column === column);
    if (!entry) throw new UsageError(`--map "${flag}": the file has no column "${column}"`);
    entry.target = target;
  }
  // Each target was checked against the kind's list above.
  return mapping as AnyColumnMapping[];
}

const formatErrors = (
  errors: ReadonlyArray<{ line: number; column: string | null; reason: string }>,
  total: number,
) => [
  ...errors.slice(0, PRINTED_ERRORS).map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ""}: ${e.reason}`),
  ...(total > PRINTED_ERRORS ? [`  … and ${total - PRINTED_ERRORS} more`] : []),
];

export const crmImportCommand: Command = {
  name: "crm import",
  summary:
    "Import CRM contacts, companies or deals (HubSpot or Salesforce export) for the CRM comparison: every row or none",
  usage: `crm import <file.csv> [--kind ${CRM_KINDS.join("|")}] [--preset ${CRM_PRESETS.join("|")}] [--map "Column=target"]… [--dry-run] [--workspace <slug>]`,
  async run(args, config) {
    const { values, positionals } = parse(
      args,
      {
        preset: { type: "string" },
        kind: { type: "string" },
        workspace: { type: "string" },
        map: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
      },
      1,
    );
    const file = positionals[0];
    if (!file) throw new UsageError("missing the file: crm import <file.csv>");
    if (values.preset !== undefined && !isCrmPreset(values.preset))
      throw new UsageError(`--preset: must be one of ${CRM_PRESETS.join(", ")}`);
    if (values.kind !== undefined && !isCrmKind(values.kind))
      throw new UsageError(`--kind: must be one of ${CRM_KINDS.join(", ")}`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new AppError("BAD_USER_INPUT", `cannot read ${file}`, "file");
    }
    const text = csvText(bytes);
    const head = await readHead(text, 0);
    const kind = values.kind ?? detectKind(head.columns);
    const preset = values.preset ?? presetOf(kind, head.columns);
    const mapping = applyCrmOverrides(suggestMapping(kind, preset, head.columns), values.map ?? [], kind);
    const checked = checkMapping(kind, head.columns, mapping);
    if (!checked.ok)
      throw new UsageError(
        `${checked.problem.field}: ${checked.problem.reason} (change it with --map "Column=target")`,
      );
    console.log(`Kind: ${kind}. Preset: ${preset}. Mapping:`);
    for (const m of mapping) console.log(`  ${m.column} → ${m.target}`);

    if (values["dry-run"]) {
      const { collector, invalidRows } = await scanCrmFile(
        kind,
        text,
        head.delimiter,
        head.columns,
        checked.mapping,
        0,
      );
      console.log(
        `Dry run: ${n(collector.records.length)} records valid, ${n(invalidRows)} rows invalid; nothing stored.`,
      );
      for (const line of formatErrors(collector.errors, collector.errorCount)) console.log(line);
      return collector.errorCount ? 1 : 0;
    }

    return withServices(config, async (services) => {
      const workspace = await defaultWorkspace(services, values.workspace);
      const bar = new cliProgress.SingleBar(
        {
          format: "crm import [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}",
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(await countRows(text, head.delimiter), 0);
      const { job, counts, match } = await services.crmImports.importFile(
        { workspaceId: workspace.id, userId: null, preset, kind, fileName: path.basename(file), file: bytes },
        { mapping: () => checked.mapping, onProgress: (processed) => bar.update(processed) },
      );
      bar.stop();
      if (!counts || !match) {
        console.error(`mosaic: ${job.failure ?? "the import failed"}`);
        for (const line of formatErrors(job.errors, job.errorCount)) console.error(line);
        return 1;
      }
      console.log(
        `Imported ${n(job.processedRows)} CRM ${kind}: ${n(counts.inserted)} new, ${n(counts.updated)} changed, ` +
          `${n(counts.unchanged)} unchanged. Matched ${n(match.matched)}, unmatched ${n(match.unmatched)}, ` +
          `ambiguous ${n(match.ambiguous)}.`,
      );
      return 0;
    });
  },
};
