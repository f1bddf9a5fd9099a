import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a URL like postgres://user:password@host:5432/database");

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: postgresUrl.optional(),
  MOSAIC_DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  DEMO_SEED: z.enum(["auto", "off"]).default("auto"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(24 * 7),
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  LTV_REFIT_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  MEMBERSHIP_REFRESH_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60 * 7)
    .default(15),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  demoSeed: "auto" | "off";
  sessionTtlHours: number;
  cookieSecure: "auto" | "true" | "false";
  dbPoolSize: number;
  ltvRefitHours: number;
  /** Full re-evaluation of every saved audience (time-window rules move with the clock); 0 = off. */
  membershipRefreshMinutes: number;
};

export class ConfigError extends Error {}

/** Validates the environment; the error message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    const got = cleaned[name];
    const shown = got === undefined ? "" : ` (got "${name === "DATABASE_URL" ? redactUrl(got) : got}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? "is invalid"}${shown}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.MOSAIC_DATA_DIR ?? path.join(repoRoot, ".mosaic")),
    embeddedPgPort: c.EMBEDDED_PG_PORT,
    demoSeed: c.DEMO_SEED,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE,
    dbPoolSize: c.DB_POOL_SIZE,
    ltvRefitHours: c.LTV_REFIT_HOURS,
    membershipRefreshMinutes: c.MEMBERSHIP_REFRESH_MINUTES,
  };
}

export function redactUrl(value: string): string {
  return value.replace(/\/\/([^:/@]+):([^@]*)@/, "//$1:***@");
}
