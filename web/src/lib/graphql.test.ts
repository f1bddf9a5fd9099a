import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, stubFetch } from "../test/fetch";
import { meQuery } from "../features/auth/queries";
import { loginMutation } from "../features/auth/queries";
import {
  describeError,
  errorFromResponse,
  fieldMessage,
  GraphQLRequestError,
  request,
  setUnauthenticatedHandler,
} from "./graphql";

afterEach(() => setUnauthenticatedHandler(null));

const me = { id: "u1", email: "a@b.c", name: "Ada", role: "admin", workspace: { id: "w1", name: "Demo" } };

describe("request", () => {
  it("POSTs the operation with the session cookie and returns data", async () => {
    const fetchMock = stubFetch({ body: { data: { me } } });
    const data = await request(meQuery);
    expect(data.me.name).toBe("Ada");
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/graphql");
    expect(init?.method).toBe("POST");
    expect(init?.credentials).toBe("same-origin");
    const body: unknown = JSON.parse(String(init?.body));
    expect(body).toMatchObject({ query: expect.stringContaining("query Me"), variables: {} });
  });

  it("sends variables", async () => {
    const fetchMock = stubFetch({ body: { data: { login: { id: "u1", email: "a@b.c", name: "", role: "admin" } } } });
    await request(loginMutation, { email: "a@b.c", password: "secret" });
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toMatchObject({
      variables: { email: "a@b.c", password: "secret" },
    });
  });

  it("throws a typed error with code and field from the first GraphQL error", async () => {
    stubFetch({ body: graphQLError("email: is not a valid email address", "BAD_USER_INPUT", "email") });
    const error = await request(meQuery).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "email",
      message: "email: is not a valid email address",
    });
  });

  it("calls the unauthenticated handler, unless told not to", async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    stubFetch({ body: graphQLError("Sign in first", "UNAUTHENTICATED") });
    await expect(request(meQuery)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(request(meQuery, {}, { redirectOnUnauthenticated: false })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("does not redirect for other errors", async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    stubFetch({ body: graphQLError("Your role (analyst) may not do this", "FORBIDDEN") });
    await expect(request(meQuery)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reports a non-JSON failure by its HTTP status", async () => {
    stubFetch({ status: 502, body: "<html>Bad gateway</html>" });
    await expect(request(meQuery)).rejects.toMatchObject({ code: "HTTP_ERROR", status: 502 });
  });

  it("reports a lost connection as a network error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(request(meQuery)).rejects.toMatchObject({ code: "NETWORK_ERROR" });
  });
});

describe("errorFromResponse", () => {
  it("is null without errors", () => {
    expect(errorFromResponse(undefined)).toBeNull();
    expect(errorFromResponse([])).toBeNull();
  });
  it("marks unknown codes as UNKNOWN", () => {
    expect(errorFromResponse([{ message: "odd", extensions: { code: "SOMETHING_NEW" } }])).toMatchObject({
      code: "UNKNOWN",
    });
  });
});

describe("messages", () => {
  it("strips the field prefix for the input", () => {
    expect(
      fieldMessage(new GraphQLRequestError("email: is not a valid email address", "BAD_USER_INPUT", "email")),
    ).toBe("Not a valid email address");
    expect(
      fieldMessage(new GraphQLRequestError("password: must be at least 8 characters", "BAD_USER_INPUT", "password")),
    ).toBe("Must be at least 8 characters");
    expect(fieldMessage(new GraphQLRequestError('name: a source named "Web" already exists', "CONFLICT", "name"))).toBe(
      'A source named "Web" already exists',
    );
  });
  it("explains forbidden and internal errors", () => {
    expect(describeError(new GraphQLRequestError("needs admin", "FORBIDDEN"))).toMatch(/do not have access/);
    expect(describeError(new GraphQLRequestError("Internal server error", "INTERNAL_SERVER_ERROR"))).toMatch(
      /unexpected/,
    );
    expect(describeError(new Error("boom"))).toBe("boom");
  });
});
