export const DEFAULT_QUERY = `# Welcome to the Mosaic GraphQL IDE.
#
# Requests use your dashboard session: sign in at / first.
# Browse the schema in the documentation explorer (top icon on the left).
# Run with Ctrl-Enter (Cmd-Enter on macOS).

query Overview {
  me {
    name
    role
    workspace {
      name
    }
  }
  overview {
    profileCount
    eventCount
    lastEventAt
  }
  profiles(first: 5) {
    totalCount
    edges {
      node {
        id
        displayName
        email
      }
    }
  }
}
`;
