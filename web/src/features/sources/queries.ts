import { graphql } from "../../gql";

/** Without `writeKey`: analysts may list sources but asking for a key is refused. */
export const sourcesQuery = graphql(`
  query Sources {
    sources {
      id
      name
      kind
      createdAt
      stats {
        receivedCount
        rejectedCount
        lastSeenAt
      }
    }
  }
`);

export const sourceKeysQuery = graphql(`
  query SourceKeys {
    sources {
      id
      writeKey
    }
  }
`);

export const createSourceMutation = graphql(`
  mutation CreateSource($name: String!, $kind: SourceKind!) {
    createSource(name: $name, kind: $kind) {
      id
      name
      writeKey
    }
  }
`);

export const rotateWriteKeyMutation = graphql(`
  mutation RotateWriteKey($id: ID!) {
    rotateWriteKey(id: $id) {
      id
      writeKey
    }
  }
`);
