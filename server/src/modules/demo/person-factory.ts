import { FIRST_NAMES, foldDiacritics, LAST_NAMES } from "./names.js";
import { COMPANY_WORDS, COUNTRIES, type Country, EMAIL_DOMAINS, type NameGroup } from "./people-data.js";
import { type Rng, Weighted } from "./random.js";

const COUNTRY_PICKER = new Weighted(COUNTRIES.map((c) => [c, c.weight] as const));
const DOMAIN_PICKER = new Weighted(EMAIL_DOMAINS);

/** The part of a name an email address can hold: folded, lower-case, letters and digits only. */
export function emailWord(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** An address with capitals (`Jane.Doe@…`), as people type it into forms and reps paste it into CRMs. */
export function capitaliseEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.replace(/(^|[._])([a-z])/g, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`)}@${domain}`;
}

/**
 * Hands out people's attributes. Emails, phones and user ids are unique across everyone it creates (they
 * become identities, unique per workspace), so people must be created in a fixed order for determinism.
 */
export class PersonFactory {
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly userIds = new Set<string>();
  private readonly cityPickers = new Map<string, Weighted<string>>();

  /** Marks emails and phones as taken, so this factory never hands them out. */
  reserve(values: ReadonlyArray<string | undefined>): void {
    for (const value of values) {
      if (!value) continue;
      if (value.includes("@")) this.emails.add(value);
      else this.phones.add(value);
    }
  }

  country(rng: Rng): Country {
    return COUNTRY_PICKER.pick(rng);
  }

  /** Bigger cities first: the k-th city is about 1/k as likely as the first. */
  city(rng: Rng, country: Country): string {
    let picker = this.cityPickers.get(country.code);
    if (!picker) {
      picker = new Weighted(country.cities.map((city, k) => [city, 1 / (k + 1)] as const));
      this.cityPickers.set(country.code, picker);
    }
    return picker.pick(rng);
  }

  name(rng: Rng, country: Country): { firstName: string; lastName: string } {
    // Every country has people with names from elsewhere; the US a large Spanish-speaking minority.
    let group: NameGroup = country.names;
    if (country.code === "US" && rng.chance(0.14)) group = "es";
    else if (rng.chance(0.06)) group = rng.pick<NameGroup>(["en", "de", "fr", "nl", "es", "it", "sv"]);
    return { firstName: rng.pick(FIRST_NAMES[group]), lastName: rng.pick(LAST_NAMES[group]) };
  }

  email(rng: Rng, firstName: string, lastName: string, domain?: string): string {
    const first = emailWord(firstName);
    const last = emailWord(lastName);
    const host = domain ?? DOMAIN_PICKER.pick(rng);
    const patterns = [
      `${first}.${last}`,
      `${first}${last}`,
      `${first.charAt(0)}${last}`,
      `${first}_${last}`,
      `${first}.${last}${rng.int(1, 99)}`,
      `${last}.${first}`,
      `${first}${rng.int(70, 99)}`,
    ];
    let local = rng.pick(patterns);
    for (let attempt = 0; this.emails.has(`${local}@${host}`); attempt++)
      local = `${rng.pick(patterns)}${rng.int(2, 999)}`;
    const email = `${local}@${host}`;
    this.emails.add(email);
    return email;
  }

  /** A mobile number in E.164, never handed out twice. */
  phone(rng: Rng, country: Country): string {
    for (;;) {
      let digits = "";
      for (let i = 0; i < country.mobile.digits; i++) digits += String(rng.int(i === 0 ? 2 : 0, 9));
      const phone = `${rng.pick(country.mobile.prefixes)}${digits}`;
      if (this.phones.has(phone)) continue;
      this.phones.add(phone);
      return phone;
    }
  }

  userId(rng: Rng): string {
    for (;;) {
      const id = `usr_${rng.hex(12)}`;
      if (this.userIds.has(id)) continue;
      this.userIds.add(id);
      return id;
    }
  }

  company(rng: Rng): string {
    const { first, second, suffix } = COMPANY_WORDS;
    const word = `${rng.pick(first)}${rng.pick(second)}`;
    // A few names carry a comma, as real company names do, which the CSV export has to quote.
    if (rng.chance(0.05)) return `${word}, ${rng.pick(["Inc.", "LLC", "Ltd"])}`;
    return `${word} ${rng.pick(suffix)}`;
  }
}
