import type { PropertyFilter } from "@mosaic/shared";
import type { CatalogIndex } from "./catalog.js";
import { MAX_ROLLUP_VALUE } from "./day-values.sql.js";

/** An event rule's one property filter, answerable from profile_event_day_values: the property and its values. */
export type ValueRollup = { property: string; values: string[] };

/** The text a string filter compares with (as jsonCondition: a number is matched as its decimal text). */
const textOf = (value: unknown): string | null =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : null;

/**
 * The rollup holds one count per string value, not which values occurred together on one event, so only a single
 * filter can be answered from it: equality or "in" on a string property whose rollup is ready, with values no
 * longer than the rollup keeps (in characters, as PostgreSQL counts them). Anything else reads the raw events.
 */
export function valueRollup(index: CatalogIndex, event: string, where: readonly PropertyFilter[]): ValueRollup | null {
  const [filter] = where;
  if (where.length !== 1 || !filter) return null;
  if (!index.rolledUpProperty(event, filter.property) || index.property(event, filter.property)?.type !== "string")
    return null;
  const listed = filter.operator === "=" ? [filter.value] : filter.operator === "in" ? filter.value : null;
  if (!listed) return null;
  const values = listed.map(textOf);
  if (!values.every((v): v is string => v !== null && [...v].length <= MAX_ROLLUP_VALUE)) return null;
  return { property: filter.property, values };
}
