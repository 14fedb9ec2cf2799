/** Test helper: runs the real `mmnav serve` (the CLI entry point, through tsx) on a free loopback port
 * with its own SQLite folder, and stops it. Used by the tests that check the README and the CDS
 * service against the server a user would start. */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, stopServer } from "../server/testing/spawn-server.js";

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
  // The CLI entry point itself, as a user runs it. DATABASE_URL is dropped: these tests run on SQLite
  // whatever the caller's environment says.
  const server = await spawnServer(
    { DATABASE_URL: "", NO_COLOR: "1", ...env },
    ["serve", "--host", "127.0.0.1", "--port", String(port), "--data-dir", dataDir],
    { entry: "src/cli/main.ts", timeoutMs: 90_000 },
  );
  return {
    url: server.url,
    dataDir,
    stop: async () => {
      await stopServer(server.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
