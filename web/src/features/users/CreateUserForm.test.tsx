import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { graphQLError, stubFetch } from "../../test/fetch";
import { renderWithProviders } from "../../test/render";
import { CreateUserForm } from "./CreateUserForm";

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("CreateUserForm", () => {
  it("shows the API's complaint on the password input and clears it on edit", async () => {
    stubFetch({ body: graphQLError("password: must be at least 8 characters", "BAD_USER_INPUT", "password") });
    renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);
    fill(/^Email/, "new@mosaic.local");
    fill(/^Password/, "short");
    fireEvent.click(screen.getByRole("button", { name: "Create user" }));
    const message = await screen.findByText("Must be at least 8 characters");
    const input = screen.getByLabelText(/^Password/);
    // The message is tied to the password input, not only shown near it.
    expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    fill(/^Password/, "long-enough");
    await waitFor(() => expect(screen.queryByText("Must be at least 8 characters")).toBeNull());
  });

  it("puts a duplicate email on the email input", async () => {
    stubFetch({ body: graphQLError("email: a user with ada@mosaic.local already exists", "CONFLICT", "email") });
    renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);
    fill(/^Email/, "ada@mosaic.local");
    fill(/^Password/, "long-enough");
    fireEvent.click(screen.getByRole("button", { name: "Create user" }));
    expect(await screen.findByText("A user with ada@mosaic.local already exists")).toBeTruthy();
    expect(screen.getByLabelText(/^Email/).getAttribute("aria-invalid")).toBe("true");
  });

  it("reports an error without a field above the form", async () => {
    stubFetch({ body: graphQLError("Your role (marketer) may not do this", "FORBIDDEN") });
    renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);
    fill(/^Email/, "x@mosaic.local");
    fill(/^Password/, "long-enough");
    fireEvent.click(screen.getByRole("button", { name: "Create user" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/do not have access/);
  });

  it("hands the created user back", async () => {
    const user = { id: "u9", email: "new@mosaic.local", name: "New", role: "marketer" };
    const fetchMock = stubFetch({ body: { data: { createUser: user } } });
    const onCreated = vi.fn();
    renderWithProviders(<CreateUserForm onCreated={onCreated} onCancel={vi.fn()} />);
    fill(/^Email/, "new@mosaic.local");
    fill(/^Name/, "New");
    fill(/^Password/, "long-enough");
    fireEvent.click(screen.getByRole("button", { name: "Create user" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(user));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toMatchObject({
      variables: { email: "new@mosaic.local", name: "New", role: "marketer", password: "long-enough" },
    });
  });
});
