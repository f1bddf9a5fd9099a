import type { Role } from "../../gql/graphql";

export const ROLE_OPTIONS: ReadonlyArray<{ value: Role; label: string; description: string }> = [
  { value: "marketer", label: "Marketer", description: "Profiles, events and audiences; edits audiences" },
  { value: "analyst", label: "Analyst", description: "Read-only, plus source statistics" },
  { value: "admin", label: "Admin", description: "Everything, including sources, keys and users" },
];

export function isRole(value: string | null): value is Role {
  return ROLE_OPTIONS.some((option) => option.value === value);
}
