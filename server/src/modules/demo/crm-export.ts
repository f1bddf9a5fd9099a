import { DAY_MS, DEFAULT_END } from "./calendar.js";
import { type CrmDrift, hasDiacritics, nationalPhone, nickname, recase, typo } from "./crm-drift.js";
import { csvLine } from "./csv.js";
import type { DemoPerson } from "./demo-types.js";
import { foldDiacritics } from "./names.js";
import { COUNTRIES } from "./people-data.js";
import { capitaliseEmail, emailWord, PersonFactory } from "./person-factory.js";
import { Rng, type Seed, Weighted } from "./random.js";

/** The columns of a HubSpot contacts export, in order. */
export const CRM_COLUMNS = [
  "Record ID",
  "First Name",
  "Last Name",
  "Email",
  "Phone Number",
  "Company Name",
  "Lifecycle Stage",
  "Lead Status",
  "Contact owner",
  "Create Date",
  "Last Modified Date",
  "City",
  "Country/Region",
] as const;

export type CrmContactRow = {
  recordId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  lifecycleStage: string;
  leadStatus: string;
  contactOwner: string;
  /** `YYYY-MM-DD HH:mm`, UTC, as HubSpot exports dates. */
  createDate: string;
  lastModifiedDate: string;
  city: string;
  countryRegion: string;
};

/** Which CDP person a record really is (null for CRM-only leads) and how it drifted. */
export type CrmTruth = { recordId: string; personKey: string | null; drift: CrmDrift[] };

export type CrmExport = { csv: string; rows: CrmContactRow[]; truth: CrmTruth[] };

export type CrmExportOptions = { seed?: Seed; exportedAt?: string };

const OWNERS = new Weighted([
  ["", 34],
  ["Alex Morgan", 18],
  ["Priya Shah", 16],
  ["Jonas Weber", 12],
  ["Camille Laurent", 10],
  ["Sam Taylor", 10],
]);
const LEAD_STAGES = new Weighted([
  ["Subscriber", 30],
  ["Lead", 40],
  ["Marketing Qualified Lead", 16],
  ["Sales Qualified Lead", 8],
  ["Opportunity", 6],
]);
const LEAD_STATUSES = new Weighted([
  ["", 30],
  ["New", 22],
  ["Open", 14],
  ["In Progress", 10],
  ["Attempted to Contact", 9],
  ["Connected", 7],
  ["Open Deal", 4],
  ["Unqualified", 3],
  ["Bad Timing", 1],
]);
const COUNTRY_NAMES = new Map(COUNTRIES.map((c) => [c.code, c.name]));

const hubspotDate = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ");

type Draft = Omit<CrmContactRow, "recordId"> & { created: number; personKey: string | null; drift: CrmDrift[] };

function lifecycle(rng: Rng, person: DemoPerson): { stage: string; status: string } {
  if (person.orders >= 8 && rng.chance(0.3)) return { stage: "Evangelist", status: "" };
  if (person.orders > 0)
    return { stage: "Customer", status: person.plan === "business" ? rng.pick(["Connected", "Open Deal", ""]) : "" };
  if (person.plan === "business" && rng.chance(0.4)) return { stage: "Opportunity", status: "Open Deal" };
  return { stage: LEAD_STAGES.pick(rng), status: LEAD_STATUSES.pick(rng) };
}

/** A CDP customer as the CRM holds them: synced some days after sign-up, edited by hand since. */
function fromPerson(rng: Rng, person: DemoPerson, endMs: number): Draft | undefined {
  if (person.kind !== "customer" || !person.signedUpAt || !person.email) return undefined;
  const drift: CrmDrift[] = [];
  let firstName = person.firstName ?? "";
  let lastName = person.lastName ?? "";
  if ((hasDiacritics(firstName) || hasDiacritics(lastName)) && rng.chance(0.5)) {
    firstName = foldDiacritics(firstName);
    lastName = foldDiacritics(lastName);
    drift.push("name-diacritics");
  }
  const short = rng.chance(0.1) ? nickname(rng, firstName) : undefined;
  if (short) {
    firstName = short;
    drift.push("nickname");
  }
  if (rng.chance(0.03)) {
    if (rng.chance(0.5)) firstName = typo(rng, firstName);
    else lastName = typo(rng, lastName);
    drift.push("name-typo");
  }
  if (rng.chance(0.03)) {
    firstName = recase(rng, firstName);
    lastName = recase(rng, lastName);
    drift.push("name-case");
  }
  let email = person.email;
  const emailRoll = rng.next();
  if (emailRoll < 0.04) {
    email = "";
    drift.push("missing-email");
  } else if (emailRoll < 0.08) {
    email = capitaliseEmail(email);
    drift.push("email-case");
  }
  // The CRM keeps the number a rep typed in long ago; the CDP has the one the customer changed to.
  let phone = person.phone ?? "";
  const stale = person.previousPhones[0];
  if (stale && rng.chance(0.9)) {
    phone = stale;
    drift.push("stale-phone");
  }
  if (phone && rng.chance(0.55)) {
    phone = nationalPhone(phone, person.country);
    drift.push("phone-format");
  }
  if (rng.chance(0.12)) phone = "";
  const city = person.previousCity && rng.chance(0.85) ? person.previousCity : person.city;
  if (city !== person.city) drift.push("stale-city");
  const created = Date.parse(person.signedUpAt) + rng.exponential(2 * DAY_MS);
  if (created >= endMs) return undefined;
  const { stage, status } = lifecycle(rng, person);
  return {
    firstName,
    lastName,
    email,
    phone,
    company: person.company ?? "",
    lifecycleStage: stage,
    leadStatus: status,
    contactOwner: person.plan === "business" ? OWNERS.pick(rng) || "Alex Morgan" : OWNERS.pick(rng),
    createDate: "",
    lastModifiedDate: "",
    city,
    countryRegion: COUNTRY_NAMES.get(person.country) ?? person.country,
    created,
    personKey: person.key,
    drift,
  };
}

/** A second record for the same person: created later from a form or a business card. */
function duplicateOf(rng: Rng, original: Draft, endMs: number): Draft | undefined {
  const created = original.created + rng.exponential(60 * DAY_MS);
  if (created >= endMs) return undefined;
  let { firstName, email, phone } = original;
  const kept = original.drift.filter((d) => d !== "email-case");
  const drift: CrmDrift[] = ["duplicate", ...kept];
  const company = original.company;
  if (company && rng.chance(0.6))
    email = `${emailWord(firstName)}.${emailWord(original.lastName)}@${emailWord(company)}.example`;
  else if (email && rng.chance(0.5)) {
    email = capitaliseEmail(email);
    drift.push("email-case");
  }
  const short = nickname(rng, firstName);
  if (short && !drift.includes("nickname") && rng.chance(0.5)) {
    firstName = short;
    drift.push("nickname");
  }
  if (rng.chance(0.5)) phone = "";
  const stillTrue = (d: CrmDrift) =>
    (phone !== "" || (d !== "stale-phone" && d !== "phone-format")) && (email === "" || d !== "missing-email");
  return {
    ...original,
    firstName,
    email,
    phone,
    leadStatus: "",
    contactOwner: "",
    created,
    drift: drift.filter(stillTrue),
  };
}

/** Prospects the sales team met at trade shows or webinars, who never used the shop. */
function crmOnlyLead(rng: Rng, factory: PersonFactory, startMs: number, endMs: number): Draft {
  const country = factory.country(rng);
  const { firstName, lastName } = factory.name(rng, country);
  const company = rng.chance(0.7) ? factory.company(rng) : "";
  const drift: CrmDrift[] = ["crm-only"];
  const missing = rng.chance(0.05);
  if (missing) drift.push("missing-email");
  const domain = company ? `${emailWord(company)}.example` : "leads.example.org";
  const email = missing ? "" : factory.email(rng, firstName, lastName, domain);
  const phone = rng.chance(0.5) ? factory.phone(rng, country) : "";
  return {
    firstName,
    lastName,
    email,
    phone: phone && rng.chance(0.5) ? nationalPhone(phone, country.code) : phone,
    company,
    lifecycleStage: LEAD_STAGES.pick(rng),
    leadStatus: LEAD_STATUSES.pick(rng),
    contactOwner: OWNERS.pick(rng),
    createDate: "",
    lastModifiedDate: "",
    city: factory.city(rng, country),
    countryRegion: rng.chance(0.1) ? "" : country.name,
    created: startMs + rng.next() * (endMs - startMs),
    personKey: null,
    drift,
  };
}

/**
 * A HubSpot contacts export of the same store, drifted the way real CRMs drift from the CDP: stale phones and
 * cities, names spelled differently, missing emails, duplicates, and leads the CDP never saw. Deterministic
 * for a seed. Country is the full name, as HubSpot stores it, where the CDP keeps ISO codes.
 */
export function crmContactsCsv(people: readonly DemoPerson[], options: CrmExportOptions = {}): CrmExport {
  const rng = new Rng(options.seed ?? 42, "crm");
  const endMs = Date.parse(options.exportedAt ?? DEFAULT_END);
  if (!Number.isFinite(endMs)) throw new RangeError(`exportedAt: "${options.exportedAt}" is not an ISO date`);
  const drafts: Draft[] = [];
  let firstCreated = endMs;
  for (const person of people) {
    // Not every customer reaches the CRM: the sync only covers people who opted in to contact.
    if (person.kind !== "customer" || !rng.chance(0.88)) continue;
    const draft = fromPerson(rng, person, endMs);
    if (!draft) continue;
    drafts.push(draft);
    firstCreated = Math.min(firstCreated, draft.created);
    const duplicate = rng.chance(0.015) ? duplicateOf(rng, draft, endMs) : undefined;
    if (duplicate) drafts.push(duplicate);
  }
  const factory = new PersonFactory();
  // CRM-only leads must not share an email or a phone with anyone in the CDP, or they would not be CRM-only.
  for (const person of people) factory.reserve([person.email, person.phone, ...person.previousPhones]);
  const leads = Math.round(drafts.length * 0.09);
  for (let i = 0; i < leads; i++) drafts.push(crmOnlyLead(rng, factory, firstCreated, endMs));

  drafts.sort((a, b) => a.created - b.created);
  let recordId = 51_200_000_000;
  const rows: CrmContactRow[] = [];
  const truth: CrmTruth[] = [];
  for (const draft of drafts) {
    recordId += rng.int(1, 400);
    const modified = draft.created + Math.pow(rng.next(), 0.5) * (endMs - draft.created);
    const { created: _created, personKey, drift, ...fields } = draft;
    const row = {
      ...fields,
      recordId: String(recordId),
      createDate: hubspotDate(draft.created),
      lastModifiedDate: hubspotDate(modified),
    };
    rows.push(row);
    truth.push({ recordId: row.recordId, personKey, drift });
  }
  const csv =
    csvLine(CRM_COLUMNS) +
    rows
      .map((r) =>
        csvLine([
          r.recordId,
          r.firstName,
          r.lastName,
          r.email,
          r.phone,
          r.company,
          r.lifecycleStage,
          r.leadStatus,
          r.contactOwner,
          r.createDate,
          r.lastModifiedDate,
          r.city,
          r.countryRegion,
        ]),
      )
      .join("");
  return { csv, rows, truth };
}
