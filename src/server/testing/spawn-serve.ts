/** Starts the real `mmnav serve --port 0` in its own Node process for a test, capturing everything
 * it writes to stdout and stderr; resolves once it listens. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./serve-process.ts", import.meta.url));

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
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, "--data-dir", dir, ...args], {
    env: { ...process.env, HOST: "127.0.0.1", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 45_000);
    child.stderr?.on("data", (c: Buffer) => {
      output += c.toString();
      const m = /listening at (http:\/\/\S+) /.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
