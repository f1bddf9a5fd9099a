import { z } from "zod";
import { CRM_TARGETS, type CrmColumnMapping } from "./crm-presets.js";

export type CrmMappingProblem = { field: string; reason: string };

type Checked<T extends string> =
  { ok: true; mapping: { column: string; target: T }[] } | { ok: false; problem: CrmMappingProblem };

/**
 * Checks a mapping against the file's columns, for any record kind: every column exists and is mapped once, every
 * target is used once, and each `required` target is mapped (else its reason, with a hint when the header was read
 * as one column, which is what a wrong delimiter looks like). Columns mapped to "ignore" are dropped.
 */
export function checkColumnMapping<T extends string>(
  columns: readonly string[],
  input: unknown,
  targets: readonly [T, ...T[]],
  required: readonly { target: T; reason: string }[],
): Checked<T> {
  const parsed = z
    .array(
      z.object({
        column: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
        target: z.enum(targets, { error: `must be one of ${targets.join(", ")}` }),
      }),
    )
    .max(500, "at most 500 columns")
    .safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path ?? []).reduce<string>(
      (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : `${acc}.${String(part)}`),
      "mapping",
    );
    return { ok: false, problem: { field, reason: issue?.message ?? "invalid" } };
  }
  const known = new Set(columns);
  const seenColumns = new Set<string>();
  const seenTargets = new Map<string, string>();
  const mapping: { column: string; target: T }[] = [];
  for (const [i, entry] of parsed.data.entries()) {
    const fail = (key: string, reason: string) => ({
      ok: false as const,
      problem: { field: `mapping[${i}].${key}`, reason },
    });
    if (!known.has(entry.column)) return fail("column", `"${entry.column}" is not a column of the file`);
    if (seenColumns.has(entry.column)) return fail("column", `"${entry.column}" is mapped twice`);
    seenColumns.add(entry.column);
    if (entry.target === "ignore") continue;
    const other = seenTargets.get(entry.target);
    if (other !== undefined) return fail("target", `"${entry.target}" is already the target of column "${other}"`);
    seenTargets.set(entry.target, entry.column);
    mapping.push(entry as { column: string; target: T });
  }
  const hint =
    columns.length === 1
      ? ` (the header was read as one column "${columns[0]}": save the file comma, semicolon or tab separated)`
      : "";
  const missing = required.find((r) => !seenTargets.has(r.target));
  if (missing) return { ok: false, problem: { field: "mapping", reason: `${missing.reason}${hint}` } };
  return { ok: true, mapping };
}

/** A contacts mapping: the record id (the upsert key) and the email (the first match key) must be mapped. */
export function checkCrmMapping(
  columns: readonly string[],
  input: unknown,
): { ok: true; mapping: CrmColumnMapping[] } | { ok: false; problem: CrmMappingProblem } {
  return checkColumnMapping(columns, input, CRM_TARGETS, [
    { target: "recordId", reason: "map a column to recordId (the CRM's record id)" },
    { target: "email", reason: "map a column to email: contacts are matched to profiles by it" },
  ]);
}
