/** Starts `mmnav serve --port 0` in its own Node process (the multi-process tests and the faults
 * script): resolves with its URL once it listens. The database comes from `env.DATABASE_URL` or
 * `--data-dir` in `args`. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./serve-process.ts", import.meta.url));

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
}

export function spawnServer(env: NodeJS.ProcessEnv, args: string[]): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], {
    env: { ...process.env, ...env, HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${err}`)), 45_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const m = /listening at (http:\/\/\S+) /.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${err}`));
    });
  });
}

/** Resolves when the process has exited (after `signal`, default SIGTERM), with its exit code. */
export function stopServer(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once("exit", (code) => resolve(code));
    child.kill(signal);
  });
}
