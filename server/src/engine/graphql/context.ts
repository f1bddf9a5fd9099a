import type { Request, Response } from "express";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../services.js";
import { createLoaders, type Loaders } from "./loaders.js";

export type Context = {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
};

export function createContext(services: Services, viewer: Viewer | null, req: Request, res: Response): Context {
  return { viewer, services, loaders: createLoaders(services, viewer), req, res };
}

/** Resolvers behind Roles/AnyRole always have a viewer; this narrows the type without a cast. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("viewerOf called on an unauthenticated request");
  return ctx.viewer;
}
