import type { GraphiQL } from "graphiql";
import type { ComponentProps } from "react";
import { GRAPHQL_ENDPOINT } from "../lib/graphql";

type Fetcher = ComponentProps<typeof GraphiQL>["fetcher"];

/** Same-origin POSTs, so the dashboard's session cookie signs the IDE's requests in. */
export const fetcher: Fetcher = async (params) => {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify(params),
  });
  const body: unknown = await response.json().catch(() => ({
    errors: [{ message: `The server answered ${response.status} without a JSON body` }],
  }));
  return typeof body === "object" && body !== null ? body : { errors: [{ message: "Unexpected response" }] };
};
