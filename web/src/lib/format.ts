/** Display formatting with Intl; `locale` is the browser's unless given (tests pin it). */

const EMPTY = "—";

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** 1234 → "1.2K"; for axes and tight cards. */
export function formatCompact(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(ratio: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** A money amount in its currency; an unknown currency code falls back to the plain number plus the code. */
export function formatMoney(amount: number, currency = "USD", locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount);
  } catch {
    return `${formatNumber(amount, locale)} ${currency}`;
  }
}

export function formatDateTime(value: string | Date | null | undefined, locale?: string, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

export function formatDate(value: string | Date | null | undefined, locale?: string, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}

/**
 * A UTC calendar day ("2025-03-04") as text. Formatted in UTC on purpose: the API counts UTC days,
 * and formatting in local time would shift them by one west of Greenwich.
 */
export function formatDay(day: string, style: "axis" | "long" = "axis", locale?: string): string {
  const date = toDate(`${day}T00:00:00Z`);
  if (!date) return day;
  const options: Intl.DateTimeFormatOptions =
    style === "axis"
      ? { month: "short", day: "numeric", timeZone: "UTC" }
      : { weekday: "short", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 hours ago", "in 2 days", "just now". */
export function formatRelative(
  value: string | Date | null | undefined,
  now: number = Date.now(),
  locale?: string,
): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  const seconds = (date.getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 45 ? format.format(0, "second") : format.format(Math.round(seconds / 60), "minute");
}

/** Up to two letters for an avatar: "Ann Lee" → "AL", "ann@example.com" → "AN". */
export function initials(name: string): string {
  const clean = name.trim();
  if (!clean) return "?";
  const local = clean.includes("@") ? (clean.split("@")[0] ?? clean) : clean;
  const words = local.split(/[\s._-]+/).filter(Boolean);
  const letters = words.length >= 2 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : (words[0] ?? local).slice(0, 2);
  return letters.toUpperCase();
}
