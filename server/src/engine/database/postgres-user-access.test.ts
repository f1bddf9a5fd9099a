import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { foldersDownTo, letPostgresUserThrough } from "./postgres-user-access.js";

describe("foldersDownTo", () => {
  it.each([
    ["/", ["/"]],
    ["/tmp", ["/", "/tmp"]],
    ["/tmp/a/b/", ["/", "/tmp", "/tmp/a", "/tmp/a/b"]],
  ])("%s", (target, expected) => {
    expect(foldersDownTo(target)).toEqual(expected);
  });
});

describe("letPostgresUserThrough", () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

  it.runIf(isRoot)("as root, lets others pass through a mktemp -d folder (700) and nothing more", () => {
    const top = mkdtempSync(path.join(os.tmpdir(), "mosaic-access-"));
    made.push(top);
    const project = path.join(top, "fresh");
    mkdirSync(path.join(project, ".mosaic"), { recursive: true, mode: 0o755 });
    expect(statSync(top).mode & 0o777).toBe(0o700);

    expect(letPostgresUserThrough([path.join(project, ".mosaic"), path.join(project, "not-yet")])).toEqual([top]);
    expect(statSync(top).mode & 0o777).toBe(0o701);
    expect(letPostgresUserThrough([path.join(project, ".mosaic")])).toEqual([]);
  });

  it.runIf(!isRoot)("changes nothing when not root (PostgreSQL runs as the same user)", () => {
    const top = mkdtempSync(path.join(os.tmpdir(), "mosaic-access-"));
    made.push(top);
    expect(letPostgresUserThrough([top])).toEqual([]);
    expect(statSync(top).mode & 0o777).toBe(0o700);
  });
});
