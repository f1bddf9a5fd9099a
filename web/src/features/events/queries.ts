import { graphql } from "../../gql";

export const eventFieldsFragment = graphql(`
  fragment EventFields on Event {
    id
    type
    event
    timestamp
    receivedAt
    messageId
    profileId
    sourceId
    userId
    anonymousId
    properties
    context
  }
`);

export const eventsQuery = graphql(`
  query Events($first: Int!, $after: String, $event: String, $type: String) {
    events(first: $first, after: $after, event: $event, type: $type) {
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
`);

export const eventNamesQuery = graphql(`
  query EventNames {
    eventNames
  }
`);
