import type { Role } from "../auth/roles.js";

/** The demo workspace's sign-ins. Public by design (also in the README): change them for real data. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; password: string; role: Role; name: string }> = [
  { email: "admin@mosaic.local", password: "mosaic-admin", role: "admin", name: "Ada Admin" },
  { email: "marketer@mosaic.local", password: "mosaic-marketer", role: "marketer", name: "Mia Marketer" },
  { email: "analyst@mosaic.local", password: "mosaic-analyst", role: "analyst", name: "Andy Analyst" },
];

export const DEMO_SOURCES = [
  { key: "website", name: "Web store", kind: "website" },
  { key: "app", name: "Mobile app", kind: "app" },
  { key: "backend", name: "Backend (orders & email)", kind: "backend" },
  { key: "pos", name: "Point of sale", kind: "pos" },
] as const;
