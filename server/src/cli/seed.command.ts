import { parse, withServices, type Command } from "./cli-kit.js";
import { printDemoAccounts, seedDemoWorkspaceIfEmpty } from "../engine/bootstrap/first-run.js";

export const seedCommand: Command = {
  name: "seed",
  summary: "Seed the demo workspace (first run), or a large benchmark data set with --profiles",
  usage: "seed [--profiles <N> --events-per-profile <M> [--seed <n>]]",
  async run(args, config) {
    parse(args, {
      profiles: { type: "string" },
      "events-per-profile": { type: "string" },
      seed: { type: "string" },
    });
    return withServices(config, async (services) => {
      const seeded = await seedDemoWorkspaceIfEmpty(services, console.log);
      if (seeded) printDemoAccounts(console.log);
      else console.log("The database already has a workspace; nothing to seed.");
      return 0;
    });
  },
};
