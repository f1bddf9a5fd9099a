/**
 * A GraphQL input as plain data for the zod rule schema: nulls (how GraphQL spells an omitted optional field)
 * become absent keys, and class instances become plain objects.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== null && item !== undefined) plain[key] = withoutNulls(item);
  return plain;
}

/** A validation issue's path as a field reference a person can read: `rules.limits[2].max`. */
export function fieldPath(root: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}
