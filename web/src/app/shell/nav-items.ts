import {
  IconActivity,
  IconArrowsDiff,
  IconCoin,
  IconFingerprint,
  IconFileImport,
  IconHome,
  IconPlugConnected,
  IconUserCircle,
  IconUsersGroup,
  IconUserShield,
  type Icon,
} from "@tabler/icons-react";
import type { Role } from "../../gql/graphql";
import { can, type Permission } from "../../features/auth/roles";

export type NavItem = { to: string; label: string; icon: Icon; permission?: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "Home", icon: IconHome },
  { to: "/profiles", label: "Profiles", icon: IconUserCircle },
  { to: "/events", label: "Events", icon: IconActivity },
  { to: "/audiences", label: "Audiences", icon: IconUsersGroup },
  { to: "/ltv", label: "Lifetime value", icon: IconCoin },
  { to: "/crm", label: "CDP vs CRM", icon: IconArrowsDiff },
  { to: "/sources", label: "Sources", icon: IconPlugConnected, permission: "viewSources" },
  { to: "/identity", label: "Identity", icon: IconFingerprint, permission: "manageIdentity" },
  { to: "/import", label: "Import", icon: IconFileImport, permission: "importData" },
  { to: "/users", label: "Users", icon: IconUserShield, permission: "manageUsers" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(role, item.permission));
}

export function isActive(item: NavItem, pathname: string): boolean {
  return item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
