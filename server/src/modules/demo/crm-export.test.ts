import { beforeAll, describe, expect, it } from "vitest";
import type { CrmDrift } from "./crm-drift.js";
import { nationalPhone, phoneDigits, typo } from "./crm-drift.js";
import { CRM_COLUMNS, type CrmExport, crmContactsCsv } from "./crm-export.js";
import { csvLine, parseCsv } from "./csv.js";
import type { DemoPerson } from "./demo-types.js";
import { Rng } from "./random.js";
import { generateDemoStore } from "./store-generator.js";

describe("crmContactsCsv", () => {
  let people: DemoPerson[];
  let crm: CrmExport;
  const count = (drift: CrmDrift) => crm.truth.filter((t) => t.drift.includes(drift)).length;
  const personOf = (key: string | null) => people.find((p) => p.key === key);

  beforeAll(() => {
    people = generateDemoStore({ customers: 2000, visitors: 500 }).people;
    crm = crmContactsCsv(people);
  });

  it("writes a HubSpot contacts CSV that parses back to the typed rows", () => {
    const [header, ...records] = parseCsv(crm.csv);
    expect(header).toEqual([...CRM_COLUMNS]);
    expect(crm.csv.endsWith("\r\n")).toBe(true);
    expect(records).toHaveLength(crm.rows.length);
    const r = crm.rows.map((row) => [
      row.recordId,
      row.firstName,
      row.lastName,
      row.email,
      row.phone,
      row.company,
      row.lifecycleStage,
      row.leadStatus,
      row.contactOwner,
      row.createDate,
      row.lastModifiedDate,
      row.city,
      row.countryRegion,
    ]);
    expect(records).toEqual(r);
    // Some company names carry a comma and must have been quoted.
    expect(crm.rows.some((row) => row.company.includes(","))).toBe(true);
    const ids = crm.rows.map((row) => Number(row.recordId));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0))).toBe(true);
    for (const row of crm.rows) {
      expect(row.createDate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      expect(row.lastModifiedDate >= row.createDate).toBe(true);
    }
  });

  it("is deterministic for a seed", () => {
    expect(crmContactsCsv(people).csv).toBe(crm.csv);
    expect(crmContactsCsv(people, { seed: 9 }).csv).not.toBe(crm.csv);
  });

  it("drifts from the CDP the way real CRMs do, in measurable amounts", () => {
    const customers = people.filter((p) => p.kind === "customer").length;
    const counts = Object.fromEntries(
      (
        [
          "crm-only",
          "duplicate",
          "missing-email",
          "stale-phone",
          "phone-format",
          "name-diacritics",
          "nickname",
          "name-typo",
          "name-case",
          "email-case",
          "stale-city",
        ] as const
      ).map((d) => [d, count(d)]),
    );
    expect(crm.rows.length).toBeGreaterThan(customers * 0.9);
    expect(counts["crm-only"]).toBeGreaterThan(customers * 0.05);
    expect(counts["duplicate"]).toBeGreaterThan(5);
    expect(counts["missing-email"]).toBeGreaterThan(30);
    expect(counts["stale-phone"]).toBeGreaterThan(20);
    expect(counts["phone-format"]).toBeGreaterThan(300);
    expect(counts["name-diacritics"]).toBeGreaterThan(30);
    expect(counts["nickname"]).toBeGreaterThan(30);
    expect(counts["name-typo"]).toBeGreaterThan(10);
    expect(counts["name-case"]).toBeGreaterThan(10);
    expect(counts["stale-city"]).toBeGreaterThan(5);
  });

  it("labels the drift truthfully", () => {
    for (const [i, t] of crm.truth.entries()) {
      const row = crm.rows[i];
      const person = personOf(t.personKey);
      if (!row) throw new Error("row missing");
      if (t.drift.includes("crm-only")) {
        expect(person).toBeUndefined();
        if (row.email) expect(people.some((p) => p.email === row.email.toLowerCase())).toBe(false);
        continue;
      }
      if (!person) throw new Error(`no person ${t.personKey}`);
      if (t.drift.includes("missing-email")) expect(row.email).toBe("");
      if (t.drift.includes("stale-phone")) {
        expect(person.previousPhones.length).toBeGreaterThan(0);
        expect(phoneDigits(row.phone, person.country)).not.toBe(phoneDigits(person.phone ?? "", person.country));
      }
      if (t.drift.includes("name-diacritics")) expect(`${row.firstName}${row.lastName}`).toMatch(/^[\x20-\x7e]*$/);
      if (t.drift.includes("stale-city")) expect(row.city).toBe(person.previousCity);
      if (t.drift.length === 0) {
        expect(row.email).toBe(person.email);
        expect([row.firstName, row.lastName]).toEqual([person.firstName, person.lastName]);
        if (row.phone) expect(row.phone).toBe(person.phone);
      }
    }
  });
});

describe("CRM helpers", () => {
  it.each([
    ["+14155550134", "US", "(415) 555-0134"],
    ["+447700900123", "GB", "07700 900123"],
    ["+4915112345678", "DE", "0151 12345678"],
    ["+33612345678", "FR", "06 12 34 56 78"],
    ["+61412345678", "AU", "0412 345 678"],
  ])("writes %s in %s as %s, with the same digits", (e164, country, national) => {
    expect(nationalPhone(e164, country)).toBe(national);
    expect(phoneDigits(national, country)).toBe(phoneDigits(e164, country));
  });

  it("makes a one-letter typo", () => {
    const rng = new Rng("typo");
    for (let i = 0; i < 50; i++) {
      const variant = typo(rng, "Katharina");
      expect(variant).not.toBe("Katharina");
      expect(Math.abs(variant.length - 9)).toBeLessThanOrEqual(1);
    }
  });

  it("quotes fields per RFC 4180", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "two\nlines"])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n')).toEqual([["a", "b,c", 'say "hi"', "two\nlines"]]);
  });
});
