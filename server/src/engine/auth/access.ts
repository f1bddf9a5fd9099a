import { Authorized, type AuthChecker } from "type-graphql";
import { AppError } from "../errors.js";
import type { Role } from "./roles.js";
import type { Viewer } from "./viewer.js";

const PUBLIC = "public";
type Access = Role | typeof PUBLIC;

/** Only these roles may call the field. Every root field carries exactly one of Roles / AnyRole / Public. */
type AccessDecorator = MethodDecorator & PropertyDecorator & ClassDecorator;

export const Roles = (...roles: Role[]): AccessDecorator => Authorized<Access>(...roles);
/** Any signed-in user. */
export const AnyRole = (): AccessDecorator => Authorized<Access>("admin", "marketer", "analyst");
/** Open to anonymous callers (sign-in). */
export const Public = (): AccessDecorator => Authorized<Access>(PUBLIC);

export const authChecker: AuthChecker<{ viewer: Viewer | null }, Access> = ({ context }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (!context.viewer) throw new AppError("UNAUTHENTICATED", "Sign in first: this needs an authenticated user");
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  throw new AppError("FORBIDDEN", `Your role (${context.viewer.role}) may not do this; it needs ${roles.join(" or ")}`);
};
