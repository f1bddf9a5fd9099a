import { describe, expect, it } from "vitest";
import { checkMapping, keyOf, parseDateValue, suggestMapping, suggestType } from "./import-mapping.js";

const COLUMNS = ["Email", "user_id", "Name", "Plan", "Event", "When"];

describe("checkMapping", () => {
  it.each([
    ["not a list", "profiles", { column: "Email" }, "mapping", /expected array/],
    ["a column the file lacks", "profiles", [{ column: "Nope", target: "email" }], "mapping[0].column", /not a column/],
    ["an unknown target", "profiles", [{ column: "Email", target: "mail" }], "mapping[0].target", /must be one of/],
    [
      "a properties key on a profiles import",
      "profiles",
      [
        { column: "Email", target: "email" },
        { column: "Plan", target: "properties.plan" },
      ],
      "mapping[1].target",
      /traits\.<key>/,
    ],
    [
      "an unsafe key",
      "profiles",
      [
        { column: "Email", target: "email" },
        { column: "Plan", target: "traits.a-b" },
      ],
      "mapping[1].target",
      /must start with a letter/,
    ],
    [
      "a duplicate target",
      "profiles",
      [
        { column: "Email", target: "email" },
        { column: "Name", target: "email" },
      ],
      "mapping[1].target",
      /already the target of column "Email"/,
    ],
    [
      "a column mapped twice",
      "profiles",
      [
        { column: "Email", target: "email" },
        { column: "Email", target: "traits.email2" },
      ],
      "mapping[1].column",
      /mapped twice/,
    ],
    ["an unknown type", "profiles", [{ column: "Email", target: "email", type: "int" }], "mapping[0].type", /one of/],
    ["no identifier", "profiles", [{ column: "Name", target: "traits.name" }], "mapping", /at least one column/],
    [
      "only ignored identifiers",
      "profiles",
      [
        { column: "Email", target: "ignore" },
        { column: "Name", target: "traits.name" },
      ],
      "mapping",
      /at least one column/,
    ],
    ["events without an event column", "events", [{ column: "user_id", target: "userId" }], "mapping", /event name/],
    [
      "an event target on profiles",
      "profiles",
      [
        { column: "user_id", target: "userId" },
        { column: "Event", target: "event" },
      ],
      "mapping[1].target",
      /must be one of/,
    ],
    [
      "a numeric timestamp",
      "events",
      [
        { column: "user_id", target: "userId" },
        { column: "Event", target: "event" },
        { column: "When", target: "timestamp", type: "number" },
      ],
      "mapping[2].type",
      /read as a date/,
    ],
  ] as const)("refuses %s", (_name, kind, input, field, reason) => {
    const result = checkMapping(kind, COLUMNS, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.field).toBe(field);
      expect(result.problem.reason).toMatch(reason);
    }
  });

  it("keeps mapped columns, drops ignored ones and reads the timestamp as a date", () => {
    const result = checkMapping("events", COLUMNS, [
      { column: "user_id", target: "userId" },
      { column: "Event", target: "event" },
      { column: "When", target: "timestamp" },
      { column: "Name", target: "ignore" },
      { column: "Plan", target: "properties.plan", type: "string" },
    ]);
    expect(result).toEqual({
      ok: true,
      mapping: [
        { column: "user_id", target: "userId", type: "string" },
        { column: "Event", target: "event", type: "string" },
        { column: "When", target: "timestamp", type: "date" },
        { column: "Plan", target: "properties.plan", type: "string" },
      ],
    });
  });
});

describe("suggestMapping", () => {
  it("maps a HubSpot contacts export", () => {
    const columns = [
      "Record ID",
      "First Name",
      "Email",
      "Phone Number",
      "Lifecycle Stage",
      "Create Date",
      "Last Modified Date",
      "Country/Region",
    ];
    const rows = [
      ["101", "Ada", "ada@x.io", "+44 20 7946 0000", "Lead", "2025-01-02 10:00", "2025-03-01 09:30", "United Kingdom"],
    ];
    expect(suggestMapping("profiles", columns, rows)).toEqual([
      { column: "Record ID", target: "traits.recordId", type: "string" },
      { column: "First Name", target: "traits.firstName", type: "string" },
      { column: "Email", target: "email", type: "string" },
      { column: "Phone Number", target: "phone", type: "string" },
      { column: "Lifecycle Stage", target: "traits.lifecycleStage", type: "string" },
      { column: "Create Date", target: "traits.createDate", type: "date" },
      { column: "Last Modified Date", target: "timestamp", type: "date" },
      { column: "Country/Region", target: "traits.countryRegion", type: "string" },
    ]);
  });

  it("maps an events export, each target once", () => {
    const columns = ["user_id", "e-mail", "event_name", "occurred_at", "revenue", "email"];
    const rows = [["u1", "a@x.io", "Order Completed", "2026-01-01T10:00:00Z", "42.5", "b@x.io"]];
    expect(suggestMapping("events", columns, rows).map((m) => `${m.target}:${m.type}`)).toEqual([
      "userId:string",
      "email:string",
      "event:string",
      "timestamp:date",
      "properties.revenue:number",
      "properties.email:string",
    ]);
  });
});

describe("keyOf", () => {
  it.each([
    ["Lifecycle Stage", "lifecycleStage"],
    ["Country/Region", "countryRegion"],
    ["Record ID", "recordId"],
    ["plan", "plan"],
    ["2fa enabled", "_2faEnabled"],
    ["Équipe", "equipe"],
    ["***", "_"],
  ])("%s → %s", (header, key) => expect(keyOf(header)).toBe(key));
});

describe("suggestType", () => {
  it.each([
    ["age", ["31", "42"], "number"],
    ["zip", ["02134", "10001"], "string"],
    ["customer id", ["1001", "1002"], "string"],
    ["newsletter", ["yes", "No"], "boolean"],
    ["signup date", ["2025-01-02", "2025-02-03 10:00"], "date"],
    ["notes", ["2025-01-02"], "string"],
    ["total spend", ["1,200.50", "30"], "number"],
    ["empty", ["", " "], "string"],
  ] as const)("%s %j → %s", (header, samples, type) => expect(suggestType(header, samples)).toBe(type));
});

describe("parseDateValue", () => {
  it.each([
    ["2026-03-01T12:00:00Z", Date.UTC(2026, 2, 1, 12)],
    ["2026-03-01T12:00:00+02:00", Date.UTC(2026, 2, 1, 10)],
    ["2026-03-01 12:00", Date.UTC(2026, 2, 1, 12)],
    ["2026-03-01", Date.UTC(2026, 2, 1)],
    ["2026-03-01T12:00:00.123Z", Date.UTC(2026, 2, 1, 12, 0, 0, 123)],
    ["1767225600", Date.UTC(2026, 0, 1)],
    ["1767225600000", Date.UTC(2026, 0, 1)],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["01/03/2026", null],
    ["yesterday", null],
  ])("%s", (raw, expected) => expect(parseDateValue(raw)).toBe(expected));
});
