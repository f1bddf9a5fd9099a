import { graphql } from "../../../gql";

export const profileEventNamesQuery = graphql(`
  query ProfileEventNames($id: ID!) {
    profile(id: $id) {
      id
      eventNames {
        event
        count
      }
    }
  }
`);

export const profileActivityQuery = graphql(`
  query ProfileActivity($id: ID!, $days: Int!, $event: String) {
    profile(id: $id) {
      id
      activity(days: $days, event: $event) {
        from
        to
        total
        days {
          day
          events
        }
      }
    }
  }
`);

export const traitHistoryQuery = graphql(`
  query TraitHistory($id: ID!, $key: String!, $first: Int!, $after: String) {
    profile(id: $id) {
      id
      traitHistory(key: $key, first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            value
            at
            sourceName
            messageId
            applied
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

export const profileLocationQuery = graphql(`
  query ProfileLocation($id: ID!) {
    profileLocation(id: $id) {
      id
      currentId
      mergedInto
      mergedAt
    }
  }
`);
