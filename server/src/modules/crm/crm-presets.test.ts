import { describe, expect, it } from "vitest";
import { CRM_COLUMNS } from "../demo/index.js";
import { checkCrmMapping } from "./crm-mapping.js";
import { detectPreset, presetColumn, suggestCrmMapping } from "./crm-presets.js";

const SALESFORCE = [
  "Contact ID",
  "First Name",
  "Last Name",
  "Email",
  "Phone",
  "Account Name",
  "Mailing City",
  "Mailing Country",
  "Contact Owner",
  "Created Date",
  "Last Modified Date",
  "Description",
  "Fax",
];

describe("presets", () => {
  it("maps every column of the demo's HubSpot export", () => {
    expect(detectPreset(CRM_COLUMNS)).toBe("hubspot");
    expect(suggestCrmMapping("hubspot", CRM_COLUMNS).map((m) => m.target)).toEqual([
      "recordId",
      "firstName",
      "lastName",
      "email",
      "phone",
      "company",
      "lifecycleStage",
      "leadStatus",
      "owner",
      "createdAt",
      "updatedAt",
      "city",
      "country",
    ]);
  });

  it("maps a Salesforce contacts report and ignores what it does not know", () => {
    expect(detectPreset(SALESFORCE)).toBe("salesforce");
    const mapping = suggestCrmMapping("salesforce", SALESFORCE);
    expect(Object.fromEntries(mapping.map((m) => [m.column, m.target]))).toMatchObject({
      "Contact ID": "recordId",
      Phone: "phone",
      "Account Name": "company",
      "Mailing Country": "country",
      "Contact Owner": "owner",
      Description: "notes",
      Fax: "ignore",
    });
    expect(checkCrmMapping(SALESFORCE, mapping).ok).toBe(true);
  });

  it("uses a target once, for its first column", () => {
    const mapping = suggestCrmMapping("hubspot", ["Record ID", "Phone Number", "Mobile Phone Number", "Email"]);
    expect(mapping.map((m) => m.target)).toEqual(["recordId", "phone", "ignore", "email"]);
  });

  it("names columns as the CRM's importer expects them", () => {
    expect(presetColumn("hubspot", "phone")).toBe("Phone Number");
    expect(presetColumn("salesforce", "recordId")).toBe("Contact ID");
  });
});

describe("checkCrmMapping", () => {
  const columns = ["Record ID", "Email", "Phone Number"];
  it.each([
    [
      [
        { column: "Record ID", target: "recordId" },
        { column: "Email", target: "email" },
      ],
      null,
    ],
    [[{ column: "Nope", target: "email" }], ["mapping[0].column", '"Nope" is not a column of the file']],
    [[{ column: "Email", target: "mail" }], ["mapping[0].target", "must be one of"]],
    [
      [
        { column: "Email", target: "email" },
        { column: "Email", target: "phone" },
      ],
      ["mapping[1].column", "mapped twice"],
    ],
    [
      [
        { column: "Email", target: "email" },
        { column: "Phone Number", target: "email" },
      ],
      ["mapping[1].target", 'already the target of column "Email"'],
    ],
    [[{ column: "Email", target: "email" }], ["mapping", "map a column to recordId"]],
    [[{ column: "Record ID", target: "recordId" }], ["mapping", "map a column to email"]],
    ["not a list", ["mapping", "expected array"]],
  ])("%j", (input, expected) => {
    const checked = checkCrmMapping(columns, input);
    if (expected === null) return expect(checked.ok).toBe(true);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.field).toBe(expected[0]);
    expect(checked.problem.reason).toContain(expected[1]);
  });

  it("hints at the delimiter when the header is one column", () => {
    const checked = checkCrmMapping(["Record ID|Email"], [{ column: "Record ID|Email", target: "recordId" }]);
    expect(checked.ok ? "" : checked.problem.reason).toContain("one column");
  });
});
