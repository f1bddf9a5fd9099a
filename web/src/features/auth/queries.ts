import { graphql } from "../../gql";

export const meQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      workspace {
        id
        name
      }
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      name
      role
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
