import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setUnauthenticatedHandler } from "../../lib/graphql";
import { graphQLError, stubFetch } from "../../test/fetch";
import { renderWithProviders } from "../../test/render";
import { SignInForm } from "./SignInForm";

afterEach(() => setUnauthenticatedHandler(null));

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInForm", () => {
  it("signs in and reports success", async () => {
    const fetchMock = stubFetch({
      body: { data: { login: { id: "u1", email: "ada@mosaic.local", name: "Ada", role: "admin" } } },
    });
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    fillAndSubmit("  ada@mosaic.local ", "secret-pass");
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toMatchObject({
      variables: { email: "ada@mosaic.local", password: "secret-pass" },
    });
  });

  it("says clearly when the email or password is wrong, without redirecting", async () => {
    stubFetch({ body: graphQLError("Wrong email or password", "UNAUTHENTICATED") });
    const redirect = vi.fn();
    setUnauthenticatedHandler(redirect);
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    fillAndSubmit("ada@mosaic.local", "nope");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Wrong email or password/);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  it("shows a field error under the input the API names", async () => {
    stubFetch({ body: graphQLError("email: is not a valid email address", "BAD_USER_INPUT", "email") });
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    fillAndSubmit("nobody", "whatever");
    expect(await screen.findByText("Not a valid email address")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("explains a server that cannot be reached", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    fillAndSubmit("ada@mosaic.local", "secret-pass");
    expect((await screen.findByRole("alert")).textContent).toMatch(/Cannot reach the Mosaic server/);
  });

  it("keeps the button disabled until both fields are filled", () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    const button = screen.getByRole("button", { name: "Sign in" });
    expect(button.hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: "ada@mosaic.local" } });
    expect(button.hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: "x" } });
    expect(button.hasAttribute("disabled")).toBe(false);
  });
});
