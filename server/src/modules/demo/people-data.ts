/** Reference data for people: countries with their share of customers, cities, names, phone plans. */
export type NameGroup = "en" | "de" | "fr" | "nl" | "es" | "it" | "sv";

export type Country = {
  code: string;
  name: string;
  weight: number;
  locale: string;
  timezone: string;
  /** Whole-hour offset from UTC used for daily rhythms (no daylight saving: close enough for demo data). */
  utcOffset: number;
  names: NameGroup;
  /** Largest first; weights fall off with rank. */
  cities: readonly string[];
  /** E.164 prefix of a mobile number and how many random digits follow it. */
  mobile: { prefixes: readonly string[]; digits: number };
};

export const COUNTRIES: readonly Country[] = [
  {
    code: "US",
    timezone: "America/New_York",
    name: "United States",
    weight: 38,
    locale: "en-US",
    utcOffset: -5,
    names: "en",
    cities: [
      "New York",
      "Los Angeles",
      "Chicago",
      "Houston",
      "San Francisco",
      "Seattle",
      "Austin",
      "Boston",
      "Miami",
      "Denver",
      "Portland",
      "Atlanta",
    ],
    mobile: {
      prefixes: ["+1212", "+1310", "+1415", "+1312", "+1617", "+1206", "+1512", "+1305", "+1404", "+1720"],
      digits: 7,
    },
  },
  {
    code: "GB",
    timezone: "Europe/London",
    name: "United Kingdom",
    weight: 14,
    locale: "en-GB",
    utcOffset: 0,
    names: "en",
    cities: ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Edinburgh", "Liverpool"],
    mobile: { prefixes: ["+447"], digits: 9 },
  },
  {
    code: "DE",
    timezone: "Europe/Berlin",
    name: "Germany",
    weight: 11,
    locale: "de-DE",
    utcOffset: 1,
    names: "de",
    cities: ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig"],
    mobile: { prefixes: ["+49151", "+49152", "+49157", "+49160", "+49170", "+49171", "+49176"], digits: 7 },
  },
  {
    code: "FR",
    timezone: "Europe/Paris",
    name: "France",
    weight: 8,
    locale: "fr-FR",
    utcOffset: 1,
    names: "fr",
    cities: ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Montpellier"],
    mobile: { prefixes: ["+336", "+337"], digits: 8 },
  },
  {
    code: "CA",
    timezone: "America/Toronto",
    name: "Canada",
    weight: 7,
    locale: "en-CA",
    utcOffset: -5,
    names: "en",
    cities: ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Québec City"],
    mobile: { prefixes: ["+1416", "+1604", "+1514", "+1403", "+1613"], digits: 7 },
  },
  {
    code: "AU",
    timezone: "Australia/Sydney",
    name: "Australia",
    weight: 6,
    locale: "en-AU",
    utcOffset: 10,
    names: "en",
    cities: ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"],
    mobile: { prefixes: ["+614"], digits: 8 },
  },
  {
    code: "NL",
    timezone: "Europe/Amsterdam",
    name: "Netherlands",
    weight: 5,
    locale: "nl-NL",
    utcOffset: 1,
    names: "nl",
    cities: ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen"],
    mobile: { prefixes: ["+316"], digits: 8 },
  },
  {
    code: "ES",
    timezone: "Europe/Madrid",
    name: "Spain",
    weight: 5,
    locale: "es-ES",
    utcOffset: 1,
    names: "es",
    cities: ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza"],
    mobile: { prefixes: ["+346"], digits: 8 },
  },
  {
    code: "IT",
    timezone: "Europe/Rome",
    name: "Italy",
    weight: 3,
    locale: "it-IT",
    utcOffset: 1,
    names: "it",
    cities: ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze"],
    mobile: { prefixes: ["+393"], digits: 9 },
  },
  {
    code: "SE",
    timezone: "Europe/Stockholm",
    name: "Sweden",
    weight: 3,
    locale: "sv-SE",
    utcOffset: 1,
    names: "sv",
    cities: ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås"],
    mobile: { prefixes: ["+467"], digits: 8 },
  },
];

/** Email domains; reserved example domains, so no generated address can belong to anyone. */
export const EMAIL_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ["example.com", 40],
  ["example.net", 20],
  ["example.org", 12],
  ["mail.example", 14],
  ["inbox.example", 8],
  ["post.example", 6],
];

export const COMPANY_WORDS = {
  first: "North Blue Bright Silver Green Red Summit Harbor Maple Cedar Iron Golden Urban Nova Pine".split(" "),
  second: ["wind", "stone", "field", "wave", "leaf", "bridge", "light", "peak", "works", "line", "gate", "point"],
  suffix: ["Inc.", "LLC", "Ltd", "GmbH", "Studio", "Group", "& Co.", "Labs", "Partners", "SARL", "BV"],
};
