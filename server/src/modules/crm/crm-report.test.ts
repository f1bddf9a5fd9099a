import { describe, expect, it } from "vitest";
import { CRM_CATALOG, traitFields, type CrmPair } from "./crm-catalog.js";
import { correctionsCsv, enrichmentCsv } from "./crm-exports.js";
import { comparePair, fieldStats } from "./crm-report.js";

const NOW = Date.parse("2026-06-01T00:00:00Z");
const at = (day: string) => `2026-${day}T00:00:00.000Z`;

function pair(
  recordId: string,
  crm: CrmPair["crm"]["fields"],
  traits: Record<string, unknown>,
  times: { crm?: string; cdp?: string } = {},
): CrmPair {
  const cdpAt = times.cdp ?? at("05-01");
  return {
    contactId: `c-${recordId}`,
    recordId,
    profileId: `p-${recordId}`,
    crm: { fields: crm, updatedAt: times.crm ?? at("05-21") },
    cdp: {
      traits,
      traitMeta: Object.fromEntries(Object.keys(traits).map((k) => [k, { at: cdpAt }])),
      lastSeenAt: at("05-31"),
      eventCount: 12,
      audiences: ["VIP", "Newsletter"],
      lifetimeValue: 420.5,
      predictedValue: 88,
      ltvAt: at("05-30"),
    },
  };
}

const PAIRS: CrmPair[] = [
  // Same person spelled differently: everything matches after normalisation.
  pair(
    "1",
    { email: "Ada@Shop.test", phone: "0151 12345678", country: "Germany", firstName: "ADA", owner: "Sam" },
    { email: "ada@shop.test", phone: "+4915112345678", country: "DE", firstName: "Ada", plan: "pro" },
  ),
  // A stale phone: the CRM was last modified months before Mosaic learned the new number.
  pair(
    "2",
    { email: "bo@shop.test", phone: "+44 7700 900001", country: "United Kingdom" },
    { email: "bo@shop.test", phone: "+447700900002", country: "GB", city: "Leeds" },
    { crm: at("01-10"), cdp: at("05-01") },
  ),
  // A fresh conflict on the country, and the CRM knows no city.
  pair("3", { email: "cy@shop.test", country: "France" }, { email: "cy@shop.test", country: "ES", city: "Madrid" }),
];

describe("fieldStats", () => {
  const stats = new Map(
    fieldStats(PAIRS, [...CRM_CATALOG, ...traitFields(PAIRS)], new Map(), NOW).map((s) => [s.key, s]),
  );

  it("measures coverage on each side over the matched records", () => {
    expect(stats.get("email")).toMatchObject({ crmCoverage: 1, cdpCoverage: 1, conflicts: 0, conflictRate: 0 });
    expect(stats.get("city")).toMatchObject({ crmCoverage: 0, cdpCoverage: 2 / 3, compared: 0, conflictRate: null });
    expect(stats.get("owner")).toMatchObject({ kind: "crm", crmCoverage: 1 / 3, cdpCoverage: null });
    expect(stats.get("lifetimeValue")).toMatchObject({ kind: "cdp", crmCoverage: null, cdpCoverage: 1 });
    expect(stats.get("trait:plan")).toMatchObject({ kind: "cdp", cdpCoverage: 1 / 3 });
  });

  it("counts conflicts after normalisation, stale ones included", () => {
    expect(stats.get("phone")).toMatchObject({ compared: 2, conflicts: 1, stale: 1, conflictRate: 0.5 });
    expect(stats.get("country")).toMatchObject({ compared: 3, conflicts: 1, stale: 0 });
  });

  it("gives the median age of each side's values in days", () => {
    expect(stats.get("phone")?.crmMedianAgeDays).toBeCloseTo((11 + 142) / 2, 5);
    expect(stats.get("phone")?.cdpMedianAgeDays).toBeCloseTo(31, 5);
  });

  it("reports the source of truth, the default unless a rule is stored", () => {
    expect(stats.get("phone")?.rule).toBe("cdp_wins");
    const ruled = fieldStats(PAIRS, CRM_CATALOG, new Map([["phone", "most_recent"]]), NOW);
    expect(ruled.find((s) => s.key === "phone")?.rule).toBe("most_recent");
  });
});

describe("comparePair", () => {
  it("shows each field's status, both sides with their times, and the golden value", () => {
    const rows = comparePair(PAIRS[1] as CrmPair, CRM_CATALOG, new Map());
    expect(rows.find((r) => r.key === "phone")).toEqual({
      key: "phone",
      label: "Phone",
      kind: "shared",
      status: "stale",
      older: "crm",
      crmValue: "+44 7700 900001",
      crmAt: at("01-10"),
      cdpValue: "+447700900002",
      cdpAt: at("05-01"),
      rule: "cdp_wins",
      golden: "+447700900002",
      goldenSide: "cdp",
    });
    expect(rows.find((r) => r.key === "city")).toMatchObject({ status: "cdp_only", golden: "Leeds" });
    expect(rows.some((r) => r.key === "owner")).toBe(false);
  });

  it("follows the rule: CRM wins keeps the CRM's phone", () => {
    const rows = comparePair(PAIRS[1] as CrmPair, CRM_CATALOG, new Map([["phone", "crm_wins"]]));
    expect(rows.find((r) => r.key === "phone")).toMatchObject({ golden: "+44 7700 900001", goldenSide: "crm" });
  });
});

describe("exports", () => {
  it("writes corrections in HubSpot's format: record id and Mosaic's golden values where the CRM differs", () => {
    const { csv, rows } = correctionsCsv(PAIRS, CRM_CATALOG, new Map(), "hubspot");
    expect(rows).toBe(2);
    expect(csv).toBe(
      "Record ID,Phone Number,City,Country/Region\r\n" + "2,+447700900002,Leeds,\r\n" + "3,,Madrid,Spain\r\n",
    );
  });

  it("leaves fields the CRM wins out of the corrections", () => {
    const rules = new Map([
      ["phone", "crm_wins"],
      ["city", "crm_wins"],
      ["country", "crm_wins"],
    ] as const);
    const { csv, rows } = correctionsCsv(PAIRS, CRM_CATALOG, new Map(rules), "salesforce");
    expect(rows).toBe(2);
    expect(csv.split("\r\n")[0]).toBe("Contact ID,Mailing City");
  });

  it("writes the enrichment of Mosaic-only fields per record", () => {
    const { csv } = enrichmentCsv(PAIRS.slice(0, 1), CRM_CATALOG, "hubspot");
    expect(csv).toBe(
      "Record ID,Mosaic Last seen,Mosaic Event count,Mosaic Lifetime value,Mosaic Predicted 12-month value,Mosaic Audiences\r\n" +
        `1,${at("05-31")},12,420.50,88.00,VIP; Newsletter\r\n`,
    );
  });
});
