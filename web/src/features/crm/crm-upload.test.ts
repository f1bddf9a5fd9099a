import { describe, expect, it } from "vitest";
import { retarget } from "./crm-upload";

describe("retarget", () => {
  const mapping = [
    { column: "Email", target: "email" },
    { column: "Work Email", target: "ignore" },
    { column: "Notes", target: "notes" },
  ];
  it.each([
    ["Work Email", "email", ["ignore", "email", "notes"]],
    ["Notes", "ignore", ["email", "ignore", "ignore"]],
    ["Email", "phone", ["phone", "ignore", "notes"]],
  ])("%s → %s", (column, target, expected) => {
    expect(retarget(mapping, column, target).map((m) => m.target)).toEqual(expected);
  });
});
