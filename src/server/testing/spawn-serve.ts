/** Starts the real `mmnav serve --port 0` on SQLite in a fresh data folder for a test, capturing
 * everything it writes to stdout and stderr; resolves once it listens. */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, stopServer } from "./spawn-server.js";

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** All it printed so far, stdout and stderr. */
  output(): string;
  /** SIGTERM, wait for the exit, remove the data folder. */
  stop(): Promise<void>;
}

/** `args` are passed to `mmnav serve` after `--data-dir <a fresh folder>`; SQLite only. */
export async function spawnServe(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const dir = mkdtempSync(join(tmpdir(), "mmnav-serve-"));
  const server = await spawnServer({ DATABASE_URL: "", ...env }, ["--data-dir", dir, ...args], {
    captureStdout: true,
  });
  return {
    ...server,
    async stop() {
      await stopServer(server.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
