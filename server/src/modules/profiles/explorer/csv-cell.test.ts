import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell.js";

describe("csvCell", () => {
  it.each([
    [null, null],
    [undefined, null],
    [42.5, 42.5],
    [-3, -3],
    [Number.NaN, null],
    [true, "true"],
    ["ana@example.com", "ana@example.com"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    [["a", "b"], '["a","b"]'],
    [{ plan: "pro" }, '{"plan":"pro"}'],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toEqual(expected);
  });
});
