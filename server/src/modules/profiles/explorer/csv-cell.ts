/**
 * One CSV cell from a JSON value. Text that a spreadsheet would run as a formula (=, +, -, @, tab, return first)
 * gets a leading apostrophe (OWASP's CSV injection advice); numbers stay numbers, objects become JSON.
 */
export function csvCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
