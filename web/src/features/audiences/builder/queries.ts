import { graphql } from "../../../gql";

export const audienceCatalogQuery = graphql(`
  query AudienceCatalog {
    audienceCatalog {
      profileCount
      refreshedAt
      traits {
        key
        type
        seen
        suggestions
      }
      events {
        name
        count
        properties {
          key
          type
          seen
          suggestions
        }
      }
      identifiers {
        type
        count
      }
      audiences {
        id
        name
      }
    }
  }
`);

export const audienceSizeQuery = graphql(`
  query AudienceSize($rules: JSONObject!) {
    audienceSize(rules: $rules) {
      count
      total
      percent
    }
    audienceGroupSizes(rules: $rules) {
      index
      count
    }
  }
`);

export const audienceSampleQuery = graphql(`
  query AudienceSample($rules: JSONObject!, $limit: Int) {
    audienceSample(rules: $rules, limit: $limit) {
      id
      displayName
      email
      lastSeenAt
    }
  }
`);

export const audienceImpactQuery = graphql(`
  query AudienceImpact($id: ID!, $rules: JSONObject!) {
    audienceImpact(id: $id, rules: $rules) {
      entering
      leaving
      staying
    }
  }
`);

export const createSegmentMutation = graphql(`
  mutation CreateSegment($input: SegmentInput!) {
    createSegment(input: $input) {
      id
    }
  }
`);

export const updateSegmentMutation = graphql(`
  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {
    updateSegment(id: $id, input: $input) {
      id
    }
  }
`);
