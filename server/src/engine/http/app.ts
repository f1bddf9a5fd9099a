import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express, { type NextFunction, type Request, type Response } from "express";
import { repoRoot } from "../config/config.js";
import { formatGraphQLError } from "../errors.js";
import { createContext, type Context } from "../graphql/context.js";
import { getSchema } from "../graphql/schema.js";
import type { Services } from "../services.js";
import { SESSION_COOKIE } from "../auth/tokens.js";
import type { Viewer } from "../auth/viewer.js";

const webDist = path.join(repoRoot, "web", "dist");

export async function viewerOf(services: Services, req: Request): Promise<Viewer | null> {
  const header = req.get("authorization");
  if (header?.startsWith("Bearer ")) return services.auth.viewerFromToken(header.slice(7).trim());
  const secret: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof secret === "string" ? services.auth.viewerFromSession(secret) : null;
}

export type AppOptions = { services: Services; httpServer: Server; extraRoutes?: (app: express.Express) => void };

export async function createApp({ services, httpServer, extraRoutes }: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.use(cookieParser());

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (!services.readiness.ready) {
      res.status(503).json({ status: "starting", reason: services.readiness.reason });
      return;
    }
    try {
      await services.db.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });

  extraRoutes?.(app);

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError: formatGraphQLError,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  // Browsers asking for /graphql get the offline GraphiQL IDE built with the web app.
  app.get("/graphql", (req, res, next) => {
    const ide = path.join(webDist, "graphiql.html");
    if (req.accepts(["json", "html"]) === "html" && !req.query.query && existsSync(ide)) return res.sendFile(ide);
    next();
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(services, await viewerOf(services, req), req, res),
    }),
  );

  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: "1h" }));
    // Client-side routes: any other GET that wants HTML gets the app shell.
    app.get(/^\/(?!graphql|v1\/|healthz|readyz).*/, (req, res, next) => {
      if (req.accepts(["html", "json"]) !== "html") return next();
      res.sendFile(path.join(webDist, "index.html"));
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: { code: "NOT_FOUND", message: "No such route" } });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status =
      typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
        ? error.status
        : 500;
    if (status >= 500) console.error("Unhandled request error:", error);
    res.status(status).json({
      error: {
        code: status >= 500 ? "INTERNAL" : "BAD_REQUEST",
        message: status >= 500 ? "Internal error" : String((error as Error).message),
      },
    });
  });

  return { app, apollo };
}
