import { expect, type Locator, type Page } from "@playwright/test";

/** The audience builder (/audiences/new, /audiences/:id/edit), driven through its visible controls. */
export class AudienceBuilderPage {
  constructor(readonly page: Page) {}

  /** A rule or group by react-querybuilder's path: [] is the root group, [1, 0] the first rule of the second part. */
  node(path: number[]): Locator {
    return this.page.locator(`[data-path="${JSON.stringify(path)}"]`).first();
  }

  private header(groupPath: number[]): Locator {
    return this.node(groupPath).locator(":scope > .ruleGroup-header");
  }

  async addCondition(groupPath: number[]) {
    await this.header(groupPath).getByRole("button", { name: "+ Condition" }).click();
  }

  async addGroup(groupPath: number[]) {
    await this.header(groupPath).getByRole("button", { name: "+ Group" }).click();
  }

  async setCombinator(groupPath: number[], label: "All of (AND)" | "Any of (OR)") {
    await this.header(groupPath).locator(".ruleGroup-combinators input").click();
    await this.page.getByRole("option", { name: label, exact: true }).click();
  }

  /** Picks from a Mantine select inside a rule, by the select's accessible name or class. */
  async choose(rulePath: number[], select: string | Locator, option: string) {
    const input = typeof select === "string" ? this.input(rulePath, select) : select;
    await input.click();
    await this.page.getByRole("option", { name: option, exact: true }).first().click();
  }

  /** An input by its aria-label (Mantine also labels a select's listbox with it, hence the tag). */
  input(rulePath: number[], label: string): Locator {
    return this.node(rulePath).locator(`input[aria-label="${label}"]`).first();
  }

  async chooseField(rulePath: number[], field: string) {
    await this.choose(rulePath, this.node(rulePath).locator(".rule-fields input"), field);
  }

  async chooseOperator(rulePath: number[], operator: string) {
    await this.choose(rulePath, this.node(rulePath).locator(".rule-operators input"), operator);
  }

  liveSize(): Locator {
    return this.page.getByTestId("live-size");
  }

  /** The live size once it has settled (no recount pending), as a number. */
  async settledSize(): Promise<number> {
    await expect(this.page.getByLabel("Recounting")).toHaveCount(0, { timeout: 60_000 });
    await expect(this.liveSize()).toBeVisible();
    return Number((await this.liveSize().innerText()).replace(/[^\d]/g, ""));
  }
}
