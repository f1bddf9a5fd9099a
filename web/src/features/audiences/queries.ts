import { graphql } from "../../gql";

export const segmentsQuery = graphql(`
  query Segments {
    segments {
      id
      name
      description
      updatedAt
    }
  }
`);

/** The list page: each audience with its size and a short trend, and the workspace's profile count for %. */
export const audienceListQuery = graphql(`
  query AudienceList($days: Int!) {
    segments {
      id
      name
      description
      updatedAt
      size
      refreshedAt
      sizeHistory(days: $days) {
        at
        size
      }
    }
    overview {
      profileCount
    }
  }
`);

export const segmentQuery = graphql(`
  query Segment($id: ID!) {
    segment(id: $id) {
      id
      name
      description
      rules
      createdAt
      updatedAt
      size
      refreshedAt
    }
    overview {
      profileCount
    }
  }
`);

export const sizeHistoryQuery = graphql(`
  query SegmentSizeHistory($id: ID!, $days: Int!) {
    segment(id: $id) {
      id
      sizeHistory(days: $days) {
        at
        size
      }
    }
  }
`);

export const segmentMembersQuery = graphql(`
  query SegmentMembers($id: ID!, $first: Int!, $after: String) {
    segment(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            displayName
            email
            lastSeenAt
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

export const segmentChangesQuery = graphql(`
  query SegmentChanges($id: ID!, $first: Int!) {
    segment(id: $id) {
      id
      changes(first: $first) {
        kind
        at
        profile {
          id
          displayName
        }
      }
    }
  }
`);

export const explainAudienceQuery = graphql(`
  query ExplainAudience($profileId: ID!, $id: ID, $rules: JSONObject) {
    explainAudience(profileId: $profileId, id: $id, rules: $rules) {
      profileId
      member
      trace
    }
  }
`);

export const audienceSqlQuery = graphql(`
  query AudienceSql($rules: JSONObject!) {
    audienceSql(rules: $rules) {
      sql
      params
      readable
    }
  }
`);

export const breakdownTraitsQuery = graphql(`
  query BreakdownTraits {
    audienceCatalog {
      traits {
        key
        type
        seen
        suggestions
      }
    }
  }
`);

export const audienceBreakdownQuery = graphql(`
  query AudienceBreakdown($rules: JSONObject!, $trait: String!, $limit: Int!) {
    audienceBreakdown(rules: $rules, trait: $trait, limit: $limit) {
      value
      count
    }
  }
`);

export const audienceOverlapQuery = graphql(`
  query AudienceOverlap($ids: [ID!]!) {
    audienceOverlap(ids: $ids) {
      audiences {
        id
        name
        size
      }
      regions {
        audienceIds
        count
      }
    }
  }
`);

export const refreshSegmentMutation = graphql(`
  mutation RefreshSegment($id: ID!) {
    refreshSegment(id: $id) {
      id
      size
      refreshedAt
    }
  }
`);

export const deleteSegmentMutation = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);

/** The traits audience rules read from an index of their own, and where each build stands. */
export const traitIndexesQuery = graphql(`
  query TraitIndexes {
    traitIndexes {
      key
      status
      error
      readyAt
    }
  }
`);
