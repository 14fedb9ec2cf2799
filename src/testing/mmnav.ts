/** Runs the `mmnav` CLI as a user would, for CLI tests: the built CLI (node dist/cli/main.js, about
 * 0.5 s to start) when the build is newer than every source file (CI builds just before the tests),
 * else the source through tsx (about 1.5 s), so a test never runs a stale build. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BUILT = join(REPO, "dist/cli/main.js");

/** What tsconfig.build.json leaves out of dist: tests, test support, fixtures and the web app. */
const NOT_BUILT = new Set(["testing", "__fixtures__", "web"]);

/** The newest modification time of the files under `dir` that the build compiles. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_BUILT.has(entry.name)) newest = Math.max(newest, newestSource(path));
    } else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let command: readonly string[] | undefined;

/** Node's arguments before the CLI's own: the build when it is up to date, else the source. */
export function mmnavCommand(): readonly string[] {
  command ??=
    existsSync(BUILT) && statSync(BUILT).mtimeMs > newestSource(join(REPO, "src"))
      ? [BUILT]
      : ["--import", "tsx", join(REPO, "src/cli/main.ts")];
  return command;
}

export function runMmnav(
  args: string[],
  input?: string,
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...mmnavCommand(), ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
