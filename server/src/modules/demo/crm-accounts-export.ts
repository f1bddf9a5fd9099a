import { DAY_MS, DEFAULT_END } from "./calendar.js";
import type { CrmContactRow } from "./crm-export.js";
import { csvLine } from "./csv.js";
import { emailWord } from "./person-factory.js";
import { Rng, type Seed, Weighted } from "./random.js";

/** The columns of HubSpot's companies and deals exports, in order. */
export const CRM_COMPANY_COLUMNS = [
  "Record ID",
  "Company name",
  "Company Domain Name",
  "Industry",
  "Number of Employees",
  "Annual Revenue",
  "City",
  "Country/Region",
  "Create Date",
  "Last Modified Date",
] as const;
export const CRM_DEAL_COLUMNS = [
  "Record ID",
  "Deal Name",
  "Deal Stage",
  "Amount",
  "Close Date",
  "Pipeline",
  "Deal owner",
  "Associated Contact IDs",
  "Associated Company IDs",
  "Create Date",
  "Last Modified Date",
] as const;

const INDUSTRIES = ["Retail", "Software", "Manufacturing", "Hospitality", "Financial Services", "Education", "Health"];
const OPEN_STAGES = new Weighted([
  ["appointmentscheduled", 4],
  ["qualifiedtobuy", 4],
  ["presentationscheduled", 3],
  ["decisionmakerboughtin", 2],
  ["contractsent", 2],
]);
const OWNERS = ["Alex Morgan", "Priya Shah", "Sam Taylor", "Jonas Weber"];
const PRODUCTS = ["Team plan", "Annual renewal", "Bulk order", "Pilot", "Upgrade"];

const hubspotDate = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ");
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export type CrmAccountsExport = { companiesCsv: string; dealsCsv: string; companies: number; deals: number };

/**
 * HubSpot companies and deals exports beside the contacts one: a company per distinct company name of the
 * contacts, and for some of their contacts one or two deals (open, won or lost) associated with the contact and
 * its company. Deterministic for a seed and the contacts.
 */
export function crmAccountsCsv(
  contacts: readonly CrmContactRow[],
  options: { seed?: Seed; exportedAt?: string } = {},
): CrmAccountsExport {
  const rng = new Rng(options.seed ?? 42, "crm-accounts");
  const endMs = Date.parse(options.exportedAt ?? DEFAULT_END);
  if (!Number.isFinite(endMs)) throw new RangeError(`exportedAt: "${options.exportedAt}" is not an ISO date`);
  const companyIds = new Map<string, string>();
  let companyLines = "";
  let nextCompany = 9_100_000_000;
  for (const c of contacts) {
    if (!c.company || companyIds.has(c.company)) continue;
    nextCompany += rng.int(1, 50);
    const id = String(nextCompany);
    companyIds.set(c.company, id);
    const created = endMs - rng.int(200, 900) * DAY_MS;
    const employees = Math.round(Math.exp(rng.uniform(1.5, 8)));
    companyLines += csvLine([
      id,
      c.company,
      `${emailWord(c.company)}.example`,
      rng.pick(INDUSTRIES),
      String(employees),
      rng.chance(0.7) ? String(employees * rng.int(40, 250) * 1000) : "",
      c.city,
      c.countryRegion,
      hubspotDate(created),
      hubspotDate(created + rng.next() * (endMs - created)),
    ]);
  }
  let dealLines = "";
  let deals = 0;
  let nextDeal = 7_400_000_000;
  for (const c of contacts) {
    const companyId = companyIds.get(c.company);
    if (!companyId || !rng.chance(0.25)) continue;
    for (let n = rng.chance(0.3) ? 2 : 1; n > 0; n--) {
      nextDeal += rng.int(1, 80);
      const created = endMs - rng.int(10, 400) * DAY_MS;
      const closed = rng.chance(0.55);
      const stage = closed ? (rng.chance(0.6) ? "closedwon" : "closedlost") : OPEN_STAGES.pick(rng);
      const close = closed ? created + rng.int(5, 90) * DAY_MS : endMs + rng.int(5, 120) * DAY_MS;
      dealLines += csvLine([
        String(nextDeal),
        `${c.company} – ${rng.pick(PRODUCTS)}`,
        stage,
        String(rng.int(2, 400) * 50),
        day(close),
        "Sales Pipeline",
        rng.pick(OWNERS),
        c.recordId,
        companyId,
        hubspotDate(created),
        hubspotDate(Math.min(endMs, closed ? close : created + rng.next() * (endMs - created))),
      ]);
      deals++;
    }
  }
  return {
    companiesCsv: csvLine(CRM_COMPANY_COLUMNS) + companyLines,
    dealsCsv: csvLine(CRM_DEAL_COLUMNS) + dealLines,
    companies: companyIds.size,
    deals,
  };
}
