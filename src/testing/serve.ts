/** Test helper: runs the real `mmnav serve` (the CLI entry point, through tsx) on a free loopback port
 * with its own SQLite folder, and stops it. Used by the tests that check the README and the CDS
 * service against the server a user would start. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A free loopback port (the server must know its public URL before it starts when CDS clients are
 * configured: their JWT audience is that URL, never the Host header). */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as { port: number };
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

export interface ServeProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startMmnavServe(env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "mmnav-serve-"));
  let port = 0;
  if (env.MMNAV_CDS_CLIENTS && !env.MMNAV_PUBLIC_URL) {
    port = await freePort();
    env = { ...env, MMNAV_PUBLIC_URL: `http://127.0.0.1:${port}` };
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli/main.ts",
      "serve",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--data-dir",
      dataDir,
    ],
    {
      // DATABASE_URL is dropped: these tests run on SQLite whatever the caller's environment says.
      env: { ...process.env, DATABASE_URL: "", NO_COLOR: "1", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mmnav serve did not start:\n${stderr}`)), 90_000);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr += chunk;
      const m = /listening at (http:\/\/\S+?)\s/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`mmnav serve exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
