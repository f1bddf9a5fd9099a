import { describe, expect, it } from "vitest";
import { canEditRevenueSettings, canRefitLtv } from "./ltv-access";
import { isFitStatus, pAliveView, progressPercent, stageLabel } from "./model-status";

describe("pAliveView", () => {
  it.each([
    [null, { kind: "unknown" }],
    [undefined, { kind: "unknown" }],
    [Number.NaN, { kind: "unknown" }],
    [1, { kind: "no-repeat" }],
    [0.97, { kind: "estimate", value: 0.97, risk: "low" }],
    [0.8, { kind: "estimate", value: 0.8, risk: "low" }],
    [0.64, { kind: "estimate", value: 0.64, risk: "medium" }],
    [0.5, { kind: "estimate", value: 0.5, risk: "medium" }],
    [0.21, { kind: "estimate", value: 0.21, risk: "high" }],
  ])("%s → %o", (pAlive, expected) => {
    expect(pAliveView(pAlive)).toEqual(expected);
  });
});

describe("progress and stage", () => {
  it.each([
    [0, 0],
    [0.454, 45],
    [1, 100],
    [1.2, 100],
    [-1, 0],
    [Number.NaN, 0],
  ])("progress %d → %d%%", (progress, percent) => {
    expect(progressPercent(progress)).toBe(percent);
  });

  it.each([
    ["loading transactions", "Loading transactions"],
    ["", "Working"],
    ["done", "Done"],
  ])("stage %j → %j", (stage, label) => {
    expect(stageLabel(stage)).toBe(label);
  });

  it.each([
    ["running", true],
    ["succeeded", true],
    ["failed", true],
    ["queued", false],
  ])("isFitStatus(%s) = %s", (status, expected) => {
    expect(isFitStatus(status)).toBe(expected);
  });
});

describe("roles", () => {
  it.each([
    ["admin", true, true],
    ["analyst", true, false],
    ["marketer", false, false],
  ] as const)("%s: refit %s, edit revenue settings %s", (role, refit, edit) => {
    expect(canRefitLtv(role)).toBe(refit);
    expect(canEditRevenueSettings(role)).toBe(edit);
  });
});
