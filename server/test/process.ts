import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mainJs = path.join(serverDir, "dist", "main.js");
const cliJs = path.join(serverDir, "bin", "mosaic.js");

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function run(script: string, args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** The built server (`npm run build` first), as `npm start` runs it. */
export function spawnServer(env: Record<string, string>): Spawned {
  return run(mainJs, [], env);
}

export async function runCli(args: string[], env: Record<string, string>) {
  const spawned = run(cliJs, args, env);
  const code = await spawned.exited;
  return { code, output: spawned.output() };
}

export async function waitForUp(spawned: Spawned, timeoutMs = 240_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /Mosaic is up in [\d.]+ s on (http:\/\/\S+)/.exec(spawned.output());
    if (match?.[1]) return match[1];
    if (spawned.child.exitCode !== null) throw new Error(`server exited:\n${spawned.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start:\n${spawned.output()}`);
}
