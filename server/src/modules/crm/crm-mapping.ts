import { z } from "zod";
import { CRM_TARGETS, type CrmColumnMapping } from "./crm-presets.js";

export type CrmMappingProblem = { field: string; reason: string };

const mappingSchema = z
  .array(
    z.object({
      column: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
      target: z.enum(CRM_TARGETS, { error: `must be one of ${CRM_TARGETS.join(", ")}` }),
    }),
  )
  .max(500, "at most 500 columns");

/**
 * Checks a mapping against the file's columns: every column exists and is mapped once, every target used once,
 * and the record id (the upsert key) and the email (the first match key) are mapped. Unmapped columns are dropped.
 */
export function checkCrmMapping(
  columns: readonly string[],
  input: unknown,
): { ok: true; mapping: CrmColumnMapping[] } | { ok: false; problem: CrmMappingProblem } {
  const parsed = mappingSchema.safeParse(input);
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
  const mapping: CrmColumnMapping[] = [];
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
    mapping.push(entry);
  }
  const hint =
    columns.length === 1
      ? ` (the header was read as one column "${columns[0]}": save the file comma, semicolon or tab separated)`
      : "";
  if (!seenTargets.has("recordId"))
    return {
      ok: false,
      problem: { field: "mapping", reason: `map a column to recordId (the CRM's record id)${hint}` },
    };
  if (!seenTargets.has("email"))
    return {
      ok: false,
      problem: { field: "mapping", reason: `map a column to email: contacts are matched to profiles by it${hint}` },
    };
  return { ok: true, mapping };
}
