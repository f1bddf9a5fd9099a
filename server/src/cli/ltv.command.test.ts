import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/process.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "mosaic-ltv-cli-"));
const cdnowCsv = path.join(dir, "cdnow.csv");
const raw = readFileSync(path.join(import.meta.dirname, "../../test/fixtures/cdnow/CDNOW_sample.txt"), "utf8");
writeFileSync(
  cdnowCsv,
  [
    "customer_id,date,amount",
    ...raw
      .trim()
      .split(/\r?\n/)
      .map((line) => {
        const [, id, date, , dollars] = line.trim().split(/\s+/);
        return `${id},${date},${dollars}`;
      }),
  ].join("\n"),
);

describe("mosaic ltv fit", () => {
  it("prints the CDNOW fit as JSON, with per-customer predictions on request", async () => {
    const { code, output } = await runCli(
      ["ltv", "fit", "--input", cdnowCsv, "--calibration-end", "1997-09-30", "--json", "--predict"],
      {},
    );
    expect(code).toBe(0);
    const fit = JSON.parse(output);
    expect(fit.customers).toBe(2357);
    expect(fit.bgnbd.r).toBeCloseTo(0.242595, 5);
    expect(fit.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(fit.gammaGamma.p).toBeCloseTo(6.249574, 4);
    expect(fit.gammaGamma.logLikelihood).toBeCloseTo(-4055.92, 2);
    expect(fit.predictions).toHaveLength(2357);
  });

  it.each([
    ["a missing column", "customer_id,date\n1,2020-01-01\n", /missing column/],
    ["a bad date", "customer_id,date,amount\n1,2020-13-45,3\n", /line 2/],
    ["a bad amount", "customer_id,date,amount\n1,2020-01-01,abc\n", /line 2/],
    ["an empty file", "", /./],
  ])("fails clearly on %s", async (_name, content, pattern) => {
    const file = path.join(dir, `bad-${Math.random()}.csv`);
    writeFileSync(file, content);
    const { code, output } = await runCli(["ltv", "fit", "--input", file], {});
    expect(code).toBe(1);
    expect(output.trim().split("\n")).toHaveLength(1);
    expect(output).toMatch(pattern);
  });

  it("fails clearly on a missing file and a bad calibration date", async () => {
    expect((await runCli(["ltv", "fit", "--input", path.join(dir, "nope.csv")], {})).output).toMatch(
      /cannot read --input/,
    );
    const bad = await runCli(["ltv", "fit", "--input", cdnowCsv, "--calibration-end", "30/09/1997"], {});
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--calibration-end must be a date/);
  });
});
