import type { Role } from "./roles.js";

/** Who is calling: a signed-in user (cookie) or a script (API token acting as its user). */
export type Viewer = {
  userId: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
};
