import { crmImportCommand } from "./crm.command.js";
import { importCommands } from "./import.command.js";
import { ltvFitCommand } from "./ltv.command.js";
import { seedCommand } from "./seed.command.js";
import { defaultWorkspace, parse, required, UsageError, withServices, type Command } from "./cli-kit.js";

const usersCreate: Command = {
  name: "users create",
  summary: "Create a user",
  usage: "users create --email <email> --role <admin|marketer|analyst> --password <password> [--name <name>]",
  async run(args, config) {
    const { values } = parse(args, {
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      workspace: { type: "string" },
    });
    const email = required(values.email, "email");
    const role = required(values.role, "role");
    const password = required(values.password, "password");
    return withServices(config, async (services) => {
      const workspace = await defaultWorkspace(services, values.workspace);
      const user = await services.auth.createUser({
        workspaceId: workspace.id,
        email,
        role,
        password,
        name: values.name,
      });
      console.log(`Created ${user.role} ${user.email} in workspace "${workspace.name}"`);
      return 0;
    });
  },
};

const tokensCreate: Command = {
  name: "tokens create",
  summary: "Create an API token (printed once) for a user",
  usage: "tokens create --email <email> [--name <label>]",
  async run(args, config) {
    const { values } = parse(args, { email: { type: "string" }, name: { type: "string" } });
    const email = required(values.email, "email");
    return withServices(config, async (services) => {
      const { token } = await services.auth.createToken(email, values.name ?? "cli");
      console.log(token);
      return 0;
    });
  },
};

const sourcesCreate: Command = {
  name: "sources create",
  summary: "Create a source and print its write key",
  usage: "sources create <name> [--kind website|app|backend|pos|crm|import|other]",
  async run(args, config) {
    const { values, positionals } = parse(args, { kind: { type: "string" }, workspace: { type: "string" } }, 1);
    const name = positionals[0];
    if (!name) throw new UsageError("missing the source name: sources create <name>");
    return withServices(config, async (services) => {
      const workspace = await defaultWorkspace(services, values.workspace);
      const source = await services.sources.create(workspace.id, name, values.kind ?? "other");
      console.log(source.writeKey);
      return 0;
    });
  },
};

export const COMMANDS: Command[] = [
  seedCommand,
  usersCreate,
  tokensCreate,
  sourcesCreate,
  ...importCommands,
  crmImportCommand,
  ltvFitCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: npm run mosaic -- <command> [options]   (or `mosaic <command>` from the server package)",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${" ".repeat(width)}  mosaic ${c.usage}`),
    "",
    "The CLI uses DATABASE_URL, or the embedded PostgreSQL (also while `npm start` is running).",
  ].join("\n");
}
