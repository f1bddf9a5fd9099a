import type { Role } from "../../gql/graphql";

/** What each role may do in the dashboard; mirrors the server's resolver guards. */
export const permissions = {
  viewSources: (role: Role) => role === "admin" || role === "analyst",
  manageSources: (role: Role) => role === "admin",
  manageUsers: (role: Role) => role === "admin",
  manageIdentity: (role: Role) => role === "admin",
  importData: (role: Role) => role === "admin",
  editAudiences: (role: Role) => role === "admin" || role === "marketer",
  viewTraitIndexes: (role: Role) => role === "admin" || role === "analyst",
  viewIndexedProperties: (role: Role) => role === "admin" || role === "analyst",
} as const;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return permissions[permission](role);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  marketer: "Marketer",
  analyst: "Analyst",
};

export const ROLE_COLORS: Record<Role, string> = {
  admin: "grape",
  marketer: "orange",
  analyst: "blue",
};
