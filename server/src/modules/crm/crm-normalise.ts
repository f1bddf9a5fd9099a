import { normalizeEmail, normalizePhone } from "../identity/index.js";
import { parseDateValue } from "../imports/index.js";

type Country = { code: string; name: string; calling: string; aliases?: readonly string[] };

/** Countries CRMs spell out by name where the CDP keeps ISO codes, with their calling codes for national phones. */
const COUNTRIES: readonly Country[] = [
  { code: "US", name: "United States", calling: "1", aliases: ["USA", "United States of America", "U.S.", "US"] },
  { code: "CA", name: "Canada", calling: "1" },
  { code: "GB", name: "United Kingdom", calling: "44", aliases: ["UK", "Great Britain", "England"] },
  { code: "IE", name: "Ireland", calling: "353" },
  { code: "DE", name: "Germany", calling: "49", aliases: ["Deutschland"] },
  { code: "FR", name: "France", calling: "33" },
  { code: "ES", name: "Spain", calling: "34", aliases: ["España"] },
  { code: "IT", name: "Italy", calling: "39", aliases: ["Italia"] },
  { code: "NL", name: "Netherlands", calling: "31", aliases: ["The Netherlands", "Holland"] },
  { code: "BE", name: "Belgium", calling: "32" },
  { code: "CH", name: "Switzerland", calling: "41" },
  { code: "AT", name: "Austria", calling: "43" },
  { code: "SE", name: "Sweden", calling: "46" },
  { code: "NO", name: "Norway", calling: "47" },
  { code: "DK", name: "Denmark", calling: "45" },
  { code: "FI", name: "Finland", calling: "358" },
  { code: "PL", name: "Poland", calling: "48" },
  { code: "PT", name: "Portugal", calling: "351" },
  { code: "AU", name: "Australia", calling: "61" },
  { code: "NZ", name: "New Zealand", calling: "64" },
  { code: "JP", name: "Japan", calling: "81" },
  { code: "IN", name: "India", calling: "91" },
  { code: "BR", name: "Brazil", calling: "55", aliases: ["Brasil"] },
  { code: "MX", name: "Mexico", calling: "52" },
];

/** Lower case, accents and spacing folded: how two people would agree a name is "the same". */
export function foldText(raw: unknown): string | null {
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const value = String(raw)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return value || null;
}

const byFolded = new Map<string, Country>();
for (const c of COUNTRIES)
  for (const name of [c.code, c.name, ...(c.aliases ?? [])]) byFolded.set(foldText(name) ?? "", c);

/** ISO 3166 alpha-2 for a code or a name; an unknown value keeps its folded spelling so equal spellings still match. */
export function countryCode(raw: unknown): string | null {
  const folded = foldText(raw);
  if (!folded) return null;
  return byFolded.get(folded)?.code ?? (/^[a-z]{2}$/.test(folded) ? folded.toUpperCase() : folded);
}

export function countryName(code: string): string {
  return COUNTRIES.find((c) => c.code === code)?.name ?? code;
}

/**
 * A phone as ingestion stores it (E.164-ish), reading a national spelling ("0151 1234567", "(415) 555-0100") with
 * the contact's country: the trunk 0 is dropped and the calling code added. International spellings go straight to
 * ingestion's normaliser.
 */
export function phoneE164(raw: unknown, country: unknown): string | null {
  if (typeof raw !== "string" || !raw.trim()) return normalizePhone(raw);
  const value = raw.trim();
  if (value.startsWith("+") || value.startsWith("00")) return normalizePhone(value);
  const calling = COUNTRIES.find((c) => c.code === countryCode(country))?.calling;
  if (!calling || /[^\d\s().\-/]/.test(value)) return normalizePhone(value);
  const digits = value.replace(/\D/g, "");
  const national = calling === "1" || calling === "39" ? digits : digits.replace(/^0/, "");
  if (calling === "1" && digits.length === 11 && digits.startsWith("1")) return normalizePhone(`+${digits}`);
  return normalizePhone(`+${calling}${national}`);
}

/**
 * CRM dates: what the profiles import reads (ISO 8601, "YYYY-MM-DD HH:mm", epoch) plus Salesforce's US spelling
 * "11/23/2026 4:35 PM" (UTC). Epoch ms, or null when unreadable.
 */
export function parseCrmDate(raw: string): number | null {
  const iso = parseDateValue(raw);
  if (iso !== null) return iso;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(raw.trim());
  if (!us) return null;
  const [, mo = "", d = "", y = "", h = "0", mi = "0", s = "0", half] = us;
  let hour = Number(h);
  if (half && (hour < 1 || hour > 12)) return null;
  if (half?.toLowerCase() === "pm" && hour < 12) hour += 12;
  if (half?.toLowerCase() === "am" && hour === 12) hour = 0;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCMonth() + 1 !== Number(mo) || check.getUTCDate() !== Number(d) || hour > 23) return null;
  return ms;
}

export { normalizeEmail };
