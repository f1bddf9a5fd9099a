import { describe, expect, it } from "vitest";
import {
  messageSummary,
  progressPercent,
  targetOptions,
  withTarget,
  withType,
  type ColumnMapping,
} from "./import-mapping";

const MAPPING: ColumnMapping[] = [
  { column: "Email", target: "email", type: "string" },
  { column: "Name", target: "traits.name", type: "string" },
  { column: "Updated", target: "traits.updated", type: "string" },
];

describe("targetOptions", () => {
  it("offers identifiers, message fields, the file's trait keys and skipping", () => {
    const groups = targetOptions("profiles", MAPPING);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.value)])).toEqual([
      ["Identity", ["userId", "anonymousId", "email", "phone"]],
      ["Message", ["timestamp"]],
      ["Traits", ["traits.name", "traits.updated"]],
      ["Skip", ["ignore"]],
    ]);
  });

  it("offers the event name and properties for events", () => {
    const groups = targetOptions("events", [{ column: "Total", target: "properties.total", type: "number" }]);
    expect(groups[1]?.items.map((i) => i.value)).toEqual(["event", "timestamp"]);
    expect(groups[2]).toEqual({
      group: "Properties",
      items: [{ value: "properties.total", label: "properties.total" }],
    });
  });
});

describe("withTarget", () => {
  it.each([
    [
      "moves a taken target to the new column",
      "Name",
      "email",
      ["Email:ignore:string", "Name:email:string", "Updated:traits.updated:string"],
    ],
    [
      "reads a timestamp column as a date",
      "Updated",
      "timestamp",
      ["Email:email:string", "Name:traits.name:string", "Updated:timestamp:date"],
    ],
    [
      "lets several columns be ignored",
      "Name",
      "ignore",
      ["Email:email:string", "Name:ignore:string", "Updated:traits.updated:string"],
    ],
  ])("%s", (_name, column, target, expected) => {
    expect(withTarget(MAPPING, column, target).map((m) => `${m.column}:${m.target}:${m.type}`)).toEqual(expected);
  });

  it("changes one column's type", () => {
    expect(withType(MAPPING, "Updated", "date")[2]).toEqual({
      column: "Updated",
      target: "traits.updated",
      type: "date",
    });
  });
});

describe("progressPercent", () => {
  it.each([
    [{ status: "uploaded", totalRows: 10, processedRows: 0 }, 0],
    [{ status: "running", totalRows: 3, processedRows: 1 }, 33],
    [{ status: "running", totalRows: 0, processedRows: 0 }, 0],
    [{ status: "failed", totalRows: 1000, processedRows: 500 }, 50],
    [{ status: "done", totalRows: 10, processedRows: 9 }, 100],
  ] as const)("%j → %d", (job, percent) => expect(progressPercent(job)).toBe(percent));
});

describe("messageSummary", () => {
  it.each([
    [null, ""],
    [
      { type: "identify", userId: "c-1", traits: { email: "a@x.io", age: 36 } },
      'userId c-1 · email: "a@x.io", age: 36',
    ],
    [
      { type: "track", event: "Order Completed", anonymousId: "csv-email-1", properties: { total: 12.5 } },
      "Order Completed · anonymousId csv-email-1 · total: 12.5",
    ],
    [{ type: "identify", userId: "c-2", traits: {} }, "userId c-2"],
  ])("%j", (message, summary) => expect(messageSummary(message)).toBe(summary));
});
