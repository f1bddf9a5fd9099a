import { graphql } from "../../gql";

export const sourceMessagesQuery = graphql(`
  query SourceMessages($sourceId: ID!, $first: Int!) {
    sourceMessages(sourceId: $sourceId, first: $first) {
      id
      status
      type
      event
      userId
      anonymousId
      messageId
      receivedAt
      timestamp
      reason
      index
      payload
    }
  }
`);
