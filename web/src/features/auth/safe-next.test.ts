import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/profiles?q=ann")).toBe("/profiles?q=ann");
  });
  it("refuses other sites, protocol-relative links and loops", () => {
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("/sign-in?next=/x")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});

describe("signInPath", () => {
  it("carries where the user was going", () => {
    expect(signInPath("/events?type=track")).toBe("/sign-in?next=%2Fevents%3Ftype%3Dtrack");
    expect(signInPath("/")).toBe("/sign-in");
  });
});
