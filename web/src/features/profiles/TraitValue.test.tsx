import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { TraitValue } from "./TraitValue";

describe("TraitValue", () => {
  it("shows nested objects as key/value rows", () => {
    renderWithProviders(<TraitValue value={{ city: "Paris", geo: { lat: 48.85 } }} />);
    expect(screen.getByText("city")).toBeTruthy();
    expect(screen.getByText("Paris")).toBeTruthy();
    expect(screen.getByText("lat")).toBeTruthy();
    expect(screen.getByText("48.85")).toBeTruthy();
  });
  it("shows short lists inline and marks empties", () => {
    renderWithProviders(
      <>
        <TraitValue value={["vip", "beta"]} />
        <TraitValue value={[]} />
        <TraitValue value="" />
      </>,
    );
    expect(screen.getByText("vip")).toBeTruthy();
    expect(screen.getByText("beta")).toBeTruthy();
    expect(screen.getByText("(empty list)")).toBeTruthy();
    expect(screen.getByText("(empty)")).toBeTruthy();
  });
  it("falls back to JSON for lists of objects", () => {
    renderWithProviders(<TraitValue value={[{ sku: "a" }]} />);
    expect(screen.getByText(/"sku": "a"/)).toBeTruthy();
  });
});
