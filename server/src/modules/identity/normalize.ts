/** Longer values are not identifiers (they would bloat the identities index and are never real ids). */
export const MAX_IDENTIFIER_LENGTH = 255;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A string or a finite number as a trimmed string; anything else (objects, booleans, empty) is no value. */
export function idString(raw: unknown): string | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  return value && value.length <= MAX_IDENTIFIER_LENGTH ? value : null;
}

export function normalizeEmail(raw: unknown): string | null {
  const value = idString(raw)?.toLowerCase();
  return value && EMAIL.test(value) ? value : null;
}

/**
 * E.164-ish: "+" and 7 to 15 digits. Separators (space . - / parentheses) are dropped and a leading 00 becomes +;
 * a number without a country code keeps its digits, so the same spelling always maps to the same value.
 */
export function normalizePhone(raw: unknown): string | null {
  const value = idString(raw);
  if (!value || /[^\d+\s().\-/]/.test(value) || value.lastIndexOf("+") > 0) return null;
  let digits = value.replace(/\D/g, "");
  if (!value.startsWith("+") && digits.startsWith("00")) digits = digits.slice(2);
  return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : null;
}

/** The canonical form of a value of the given identifier type. */
export function normalizeIdentifier(type: string, raw: unknown): string | null {
  if (type === "email") return normalizeEmail(raw);
  if (type === "phone") return normalizePhone(raw);
  return idString(raw);
}
