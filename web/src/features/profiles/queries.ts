import { graphql } from "../../gql";

export const profileQuery = graphql(`
  query Profile($id: ID!) {
    profile(id: $id) {
      id
      displayName
      email
      createdAt
      firstSeenAt
      lastSeenAt
      traits
      traitSources {
        key
        at
        sourceName
        messageId
      }
      identities {
        type
        value
        firstSeenAt
        lastSeenAt
      }
      lifetimeValue {
        orders
        revenue
        pAlive
        expectedPurchases12m
        predictedValue12m
        currency
      }
    }
  }
`);

export const profileEventsQuery = graphql(`
  query ProfileEvents($id: ID!, $first: Int!, $after: String, $event: String) {
    profile(id: $id) {
      id
      events(first: $first, after: $after, event: $event) {
        edges {
          cursor
          node {
            ...EventFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
