import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Config } from "../engine/config/config.js";
import { connectDatabase, type Database } from "../engine/database/database.js";
import { createServices, type Services } from "../engine/services.js";
import { Workspace } from "../modules/workspaces/workspace.entity.js";

export class UsageError extends Error {}

export type Command = {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], config: Config): Promise<number>;
};

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Strict parsing: an unknown flag or a missing value is a usage error, never ignored. */
export function parse<O extends Options>(args: string[], options: O, positionals = 0) {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals)
      throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(message?.replace(/\. To specify.*$/, "") ?? "bad arguments");
  }
}

export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === "") throw new UsageError(`missing --${flag}`);
  return value;
}

/** Opens the same database as the server (borrowing a running embedded one) for the duration of `work`. */
export async function withServices<T>(
  config: Config,
  work: (services: Services, database: Database) => Promise<T>,
): Promise<T> {
  const database = await connectDatabase(config, "borrower");
  try {
    return await work(createServices(database.dataSource, config), database);
  } finally {
    await database.close();
  }
}

export async function defaultWorkspace(services: Services, slug?: string): Promise<Workspace> {
  const repo = services.db.getRepository(Workspace);
  const workspace = slug
    ? await repo.findOneBy({ slug })
    : (await repo.find({ order: { createdAt: "ASC" }, take: 1 }))[0];
  if (!workspace)
    throw new UsageError(
      slug ? `no workspace "${slug}"` : "no workspace yet: run `npm start` or `npm run mosaic -- seed` first",
    );
  return workspace;
}
