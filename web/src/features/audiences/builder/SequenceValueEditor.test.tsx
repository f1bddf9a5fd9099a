import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test/render";
import { toCatalog } from "./catalog";
import { SequenceValueEditor } from "./SequenceValueEditor";

const catalog = toCatalog({
  traits: [],
  events: [
    {
      name: "Added to Cart",
      count: 300,
      properties: [{ key: "category", type: "string", seen: 300, suggestions: ["shoes", "hats"] }],
    },
    {
      name: "Order Completed",
      count: 200,
      properties: [{ key: "revenue", type: "number", seen: 200, suggestions: [] }],
    },
  ],
  identifiers: [],
  audiences: [],
});

const sequence = {
  steps: [
    { event: "Added to Cart", where: [] },
    { event: "Order Completed", where: [{ property: "revenue", operator: ">=", value: 50 }] },
  ],
  within: { amount: 1, unit: "days" },
};

/** The editor is controlled: keep its value in state, and record every change. */
function Harness({ onChange }: { onChange: (value: Record<string, unknown>) => void }) {
  const [value, setValue] = useState<Record<string, unknown>>(sequence);
  return (
    <SequenceValueEditor
      value={value}
      catalog={catalog}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const lastStepsOf = (onChange: ReturnType<typeof vi.fn>) =>
  (onChange.mock.calls.at(-1)?.[0] as { steps: Array<{ event: string; where: unknown[] }> }).steps;

// Mantine selects render slowly in happy-dom on a loaded 2-core machine.
describe("SequenceValueEditor property filters", { timeout: 20_000 }, () => {
  it("shows each step's filters, with the properties of that step's event", async () => {
    renderWithProviders(<Harness onChange={vi.fn()} />);
    const second = screen.getByRole("group", { name: "Step 2 property filters" });
    expect((within(second).getByRole("textbox", { name: "Property" }) as HTMLInputElement).value).toBe("revenue");
    expect((within(second).getByRole("textbox", { name: "Property value" }) as HTMLInputElement).value).toBe("50");
    const first = screen.getByRole("group", { name: "Step 1 property filters" });
    expect(within(first).queryByRole("textbox", { name: "Property" })).toBeNull();
    fireEvent.click(within(first).getByRole("button", { name: /where/ }));
    fireEvent.click(within(first).getByRole("textbox", { name: "Property" }));
    expect(await screen.findByRole("option", { name: "category" })).toBeTruthy();
    expect(screen.queryByRole("option", { name: "revenue" })).toBeNull();
  });

  it("adds, edits and removes a step's filter without touching the other step", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const first = screen.getByRole("group", { name: "Step 1 property filters" });
    fireEvent.click(within(first).getByRole("button", { name: /where/ }));
    fireEvent.click(within(first).getByRole("textbox", { name: "Property" }));
    fireEvent.click(await screen.findByRole("option", { name: "category" }));
    fireEvent.change(within(first).getByRole("textbox", { name: "Property value" }), { target: { value: "shoes" } });
    expect(lastStepsOf(onChange)).toEqual([
      { event: "Added to Cart", where: [{ property: "category", operator: "=", value: "shoes" }] },
      sequence.steps[1],
    ]);

    const second = screen.getByRole("group", { name: "Step 2 property filters" });
    fireEvent.click(within(second).getByRole("button", { name: "Remove property filter" }));
    expect(lastStepsOf(onChange)[1]).toEqual({ event: "Order Completed", where: [] });
    expect(lastStepsOf(onChange)[0]?.where).toHaveLength(1);
  });

  it("clears a step's filters when its event changes, since they named the old event's properties", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole("textbox", { name: "Step 2 event" }));
    fireEvent.click(await screen.findByRole("option", { name: "Added to Cart" }));
    expect(lastStepsOf(onChange)[1]).toEqual({ event: "Added to Cart", where: [] });
  });
});
