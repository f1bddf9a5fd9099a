import { graphql } from "../../gql";

export const profileAudiencesQuery = graphql(`
  query ProfileAudiences($id: ID!, $first: Int!) {
    profile(id: $id) {
      id
      audiences {
        enteredAt
        segment {
          id
          name
          description
        }
      }
      audienceChanges(first: $first) {
        kind
        at
        segment {
          id
          name
        }
      }
    }
  }
`);
