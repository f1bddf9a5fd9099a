import { graphql } from "../../gql";

export const usersQuery = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      createdAt
      lastLoginAt
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($email: String!, $name: String, $role: Role!, $password: String!) {
    createUser(email: $email, name: $name, role: $role, password: $password) {
      id
      email
      name
      role
    }
  }
`);
