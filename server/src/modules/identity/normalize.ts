import { DEFAULT_NORMALIZATION, type Normalization } from "./identity-rules.schema.js";

/** Longer values are not identifiers (they would bloat the identities index and are never real ids). */
export const MAX_IDENTIFIER_LENGTH = 255;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A string or a finite number as a string, trimmed unless `trim` is off; anything else (objects, booleans, blank)
 * is no value.
 */
export function idString(raw: unknown, trim = true): string | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const value = trim ? raw.trim() : raw;
  return value.length <= MAX_IDENTIFIER_LENGTH ? value : null;
}

export function normalizeEmail(raw: unknown, rules: Normalization = DEFAULT_NORMALIZATION): string | null {
  const value = idString(raw, rules.trim);
  const email = value !== null && rules.lowercaseEmail ? value.toLowerCase() : value;
  return email && EMAIL.test(email) ? email : null;
}

/**
 * e164 (E.164-ish): "+" and 7 to 15 digits. Separators (space . - / parentheses) are dropped and a leading 00
 * becomes +; a number without a country code keeps its digits, so the same spelling always maps to the same value.
 * digits: the same digits without the "+". asSent: any value, as sent.
 */
export function normalizePhone(raw: unknown, rules: Normalization = DEFAULT_NORMALIZATION): string | null {
  const value = idString(raw, rules.trim);
  if (!value || rules.phone === "asSent") return value;
  if (/[^\d+\s().\-/]/.test(value) || value.lastIndexOf("+") > 0) return null;
  let digits = value.replace(/\D/g, "");
  if (!value.trim().startsWith("+") && digits.startsWith("00")) digits = digits.slice(2);
  if (digits.length < 7 || digits.length > 15) return null;
  return rules.phone === "e164" ? `+${digits}` : digits;
}

/** The canonical form of a value of the given identifier type under the workspace's normalisation rules. */
export function normalizeIdentifier(
  type: string,
  raw: unknown,
  rules: Normalization = DEFAULT_NORMALIZATION,
): string | null {
  if (type === "email") return normalizeEmail(raw, rules);
  if (type === "phone") return normalizePhone(raw, rules);
  const value = idString(raw, rules.trim);
  return value !== null && rules.lowercaseIds ? value.toLowerCase() : value;
}
