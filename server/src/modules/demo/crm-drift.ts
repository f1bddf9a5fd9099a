import { foldDiacritics, NICKNAMES } from "./names.js";
import type { Rng } from "./random.js";

/** How a CRM record differs from what the CDP knows about the same person. */
export type CrmDrift =
  | "crm-only"
  | "duplicate"
  | "missing-email"
  | "email-case"
  | "stale-phone"
  | "phone-format"
  | "stale-city"
  | "name-diacritics"
  | "nickname"
  | "name-typo"
  | "name-case";

export function hasDiacritics(name: string): boolean {
  return foldDiacritics(name) !== name;
}

export function nickname(rng: Rng, firstName: string): string | undefined {
  const options = NICKNAMES[firstName];
  return options && options.length ? rng.pick(options) : undefined;
}

/** One slip of the keyboard: two letters swapped, one dropped or one doubled. */
export function typo(rng: Rng, name: string): string {
  if (name.length < 4) return `${name}${name.charAt(name.length - 1)}`;
  const i = rng.int(1, name.length - 2);
  const kind = rng.int(0, 2);
  if (kind === 0 && name.charAt(i) !== name.charAt(i + 1))
    return `${name.slice(0, i)}${name.charAt(i + 1)}${name.charAt(i)}${name.slice(i + 2)}`;
  if (kind === 1) return `${name.slice(0, i)}${name.slice(i + 1)}`;
  return `${name.slice(0, i)}${name.charAt(i)}${name.slice(i)}`;
}

/** A name keyed in capitals or in lower case. */
export function recase(rng: Rng, name: string): string {
  return rng.chance(0.5) ? name.toUpperCase() : name.toLowerCase();
}

type NationalFormat = { calling: string; format: (digits: string) => string };

const group = (digits: string, sizes: readonly number[], separators: readonly string[]) => {
  let out = "";
  let at = 0;
  sizes.forEach((size, i) => {
    out += `${i ? (separators[i - 1] ?? " ") : ""}${digits.slice(at, at + size)}`;
    at += size;
  });
  return `${out}${digits.slice(at)}`;
};

// National writing of a mobile number per country, the way people type them into CRMs.
const NATIONAL: Record<string, NationalFormat> = {
  US: { calling: "1", format: (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` },
  CA: { calling: "1", format: (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` },
  GB: { calling: "44", format: (d) => `0${group(d, [4, 6], [" "])}` },
  DE: { calling: "49", format: (d) => `0${group(d, [3, 8], [" "])}` },
  FR: { calling: "33", format: (d) => `0${group(d, [1, 2, 2, 2, 2], [" ", " ", " ", " "])}` },
  AU: { calling: "61", format: (d) => `0${group(d, [3, 3, 3], [" ", " "])}` },
  NL: { calling: "31", format: (d) => `0${group(d, [1, 8], ["-"])}` },
  ES: { calling: "34", format: (d) => group(d, [3, 2, 2, 2], [" ", " ", " "]) },
  IT: { calling: "39", format: (d) => group(d, [3, 3, 4], [" ", " "]) },
  SE: { calling: "46", format: (d) => `0${group(d, [2, 3, 2, 2], ["-", " ", " "])}` },
};

/** `+4915112345678` in Germany becomes `0151 12345678`; unknown countries keep E.164. */
export function nationalPhone(e164: string, country: string): string {
  const national = NATIONAL[country];
  if (!national || !e164.startsWith(`+${national.calling}`)) return e164;
  return national.format(e164.slice(national.calling.length + 1));
}

/** Digits of a phone without its country code, for matching numbers written differently. */
export function phoneDigits(phone: string, country: string): string {
  const digits = phone.replace(/\D/g, "");
  const calling = NATIONAL[country]?.calling ?? "";
  if (phone.startsWith("+") && digits.startsWith(calling)) return digits.slice(calling.length);
  return digits.replace(/^0/, "");
}
