import "reflect-metadata";
import { createServer, type Server } from "node:http";
import type { Config } from "./engine/config/config.js";
import { connectDatabase, type Database } from "./engine/database/database.js";
import { createApp } from "./engine/http/app.js";
import { createServices, type Services } from "./engine/services.js";
import { printDemoAccounts, seedDemoWorkspaceIfEmpty } from "./engine/bootstrap/first-run.js";
import { startScheduler } from "./engine/scheduler.js";
import { crmImportRouter } from "./modules/crm/index.js";
import { importRouter } from "./modules/imports/index.js";
import { trackingRouter } from "./modules/ingestion/index.js";
import { exportRouter } from "./modules/profiles/explorer/export.router.js";

export type RunningServer = {
  url: string;
  port: number;
  services: Services;
  database: Database;
  close(): Promise<void>;
};

export class StartupError extends Error {}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE")
        reject(new StartupError(`Port ${port} is already in use: stop the other process or set PORT to a free port`));
      else if (error.code === "EACCES") reject(new StartupError(`Port ${port} needs privileges: set PORT above 1024`));
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** Database, migrations, first-run demo seed, then HTTP: the whole of `npm start`. */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const database = await connectDatabase(config, "owner", log);
  try {
    const services = createServices(database.dataSource, config);
    await services.imports.failInterrupted();
    await services.crmImports.failInterrupted();
    const httpServer = createServer();
    const { app } = await createApp({
      services,
      httpServer,
      extraRoutes: (app) =>
        app
          .use("/v1", trackingRouter(services.ingestion))
          .use("/api/imports", importRouter(services))
          .use("/api/exports", exportRouter(services))
          .use("/api/crm/imports", crmImportRouter(services)),
    });
    httpServer.on("request", app);
    const port = await listen(httpServer, config.port, config.host);
    if (config.demoSeed === "auto") {
      services.readiness = { ready: false, reason: "seeding the demo workspace" };
      if (await seedDemoWorkspaceIfEmpty(services, config.dataDir, log)) printDemoAccounts(log);
      services.readiness = { ready: true, reason: "" };
    }
    const scheduler = startScheduler(
      services,
      { ltvRefitHours: config.ltvRefitHours, membershipRefreshMinutes: config.membershipRefreshMinutes },
      log,
    );
    const url = `http://localhost:${port}`;
    return {
      url,
      port,
      services,
      database,
      async close() {
        await scheduler.stop();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
