import { graphql } from "../../gql";

export const profileMergesQuery = graphql(`
  query ProfileMerges($id: ID!) {
    profile(id: $id) {
      id
      merges {
        ...MergeFields
      }
    }
  }
`);
