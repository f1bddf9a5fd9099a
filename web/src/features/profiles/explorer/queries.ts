import { graphql } from "../../../gql";

export const exploreProfilesQuery = graphql(`
  query ExploreProfiles(
    $first: Int!
    $after: String
    $search: String
    $rules: JSONObject
    $audienceId: ID
    $sort: ExplorerSortInput
    $columns: [String!]
  ) {
    exploreProfiles(
      first: $first
      after: $after
      search: $search
      rules: $rules
      audienceId: $audienceId
      sort: $sort
      columns: $columns
    ) {
      edges {
        cursor
        values
        node {
          id
          displayName
          email
          firstSeenAt
          lastSeenAt
          identities {
            type
            value
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const countProfilesQuery = graphql(`
  query CountProfiles($search: String, $rules: JSONObject, $audienceId: ID) {
    countProfiles(search: $search, rules: $rules, audienceId: $audienceId)
  }
`);
