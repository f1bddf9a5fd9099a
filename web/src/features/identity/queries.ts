import { graphql } from "../../gql";

export const identityRulesQuery = graphql(`
  query IdentityRules {
    identityRules {
      version
      updatedAt
      rules {
        defaultLimit
        priority
        limits {
          type
          max
          windowDays
        }
        blocked {
          types
          match
          value
        }
        traitIdentifiers {
          trait
          type
        }
        normalization {
          trim
          lowercaseEmail
          lowercaseIds
          phone
        }
      }
    }
  }
`);

export const updateIdentityRulesMutation = graphql(`
  mutation UpdateIdentityRules($rules: IdentityRulesInput!) {
    updateIdentityRules(rules: $rules) {
      version
      updatedAt
    }
  }
`);

export const identityRulesDryRunQuery = graphql(`
  query IdentityRulesDryRun($rules: IdentityRulesInput!) {
    identityRulesDryRun(rules: $rules) {
      messages
      newlyResolved
      newlyUnresolved
      current {
        profiles
        merges
      }
      proposed {
        profiles
        merges
      }
      merges {
        profiles
        messages
        identifiers {
          type
          value
        }
      }
      splits {
        profiles
        messages
        identifiers {
          type
          value
        }
      }
    }
  }
`);

export const mergeHistoryQuery = graphql(`
  query MergeHistory($first: Int!, $after: String) {
    mergeHistory(first: $first, after: $after) {
      edges {
        node {
          ...MergeFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const mergeFieldsFragment = graphql(`
  fragment MergeFields on ProfileMerge {
    id
    winnerId
    loserId
    rule
    sourceName
    messageId
    mergedAt
    undoneAt
    loserEvents
    linkedBy {
      type
      value
      side
    }
  }
`);

export const undoMergeMutation = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      mergeId
      restoredProfileId
      fromProfileId
    }
  }
`);
