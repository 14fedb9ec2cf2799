/** Starts `mmnav serve` in its own Node process (multi-process tests, the faults script, and the
 * wrappers in spawn-serve.ts and src/testing/serve.ts): resolves with its URL once it listens. The
 * database comes from `env.DATABASE_URL` or `--data-dir` in `args`. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./serve-process.ts", import.meta.url));

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (standard output only when `captureStdout`). */
  output(): string;
}

export interface SpawnOptions {
  /** The script to run instead of `mmnav serve --port 0` (e.g. the CLI entry point with its own args). */
  entry?: string;
  /** Keep standard output too (logs), for tests that read what the server printed. */
  captureStdout?: boolean;
  timeoutMs?: number;
}

export function spawnServer(
  env: NodeJS.ProcessEnv,
  args: string[],
  options: SpawnOptions = {},
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ["--import", "tsx", options.entry ?? WORKER, ...args], {
    env: { ...process.env, ...env, HOST: "127.0.0.1" },
    stdio: ["ignore", options.captureStdout ? "pipe" : "ignore", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time:\n${output}`)),
      options.timeoutMs ?? 45_000,
    );
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // The line of `mmnav serve` itself (with --workers, printed once all workers listen), not a log line.
      const m = /mmnav serve: listening at (http:\/\/[\w.:[\]-]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, output: () => output });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
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
