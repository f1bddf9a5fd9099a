import type { Role } from "../../gql/graphql";

/** Mirrors the server's guard on `refitLtv` (@Roles("admin", "analyst")). */
export function canRefitLtv(role: Role): boolean {
  return role === "admin" || role === "analyst";
}

/** Mirrors the server's guard on `updateRevenueSettings` (@Roles("admin")). */
export function canEditRevenueSettings(role: Role): boolean {
  return role === "admin";
}
