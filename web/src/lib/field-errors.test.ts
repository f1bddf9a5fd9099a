import { describe, expect, it } from "vitest";
import { splitFieldError } from "./field-errors";
import { GraphQLRequestError } from "./graphql";

describe("splitFieldError", () => {
  it("puts an error that names a form input on that input", () => {
    const error = new GraphQLRequestError("email: is not a valid email address", "BAD_USER_INPUT", "email");
    expect(splitFieldError(error, ["email", "password"])).toEqual({
      fieldErrors: { email: "Not a valid email address" },
      formError: null,
    });
  });
  it("keeps errors for other inputs, or none, for the whole form", () => {
    const other = new GraphQLRequestError("rules: bad", "BAD_USER_INPUT", "rules");
    expect(splitFieldError(other, ["email"])).toEqual({ fieldErrors: {}, formError: other });
    const forbidden = new GraphQLRequestError("no", "FORBIDDEN");
    expect(splitFieldError(forbidden, ["email"]).formError).toBe(forbidden);
  });
  it("is empty without an error", () => {
    expect(splitFieldError(null, ["email"])).toEqual({ fieldErrors: {}, formError: null });
  });
});
