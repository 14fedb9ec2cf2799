/** The server thread of `mmnav serve` in one process (serve-thread.ts): starts the server, says where
 * it listens, and on "stop" drains and closes it (as the main thread's server does on SIGTERM). */
import { parentPort, workerData } from "node:worker_threads";
import { startServer } from "./app.js";
import { drainThenClose } from "./cluster.js";
import type { ServeThreadData, ServeThreadMessage, ServeThreadStop } from "./serve-thread.js";

const port = parentPort!;
const say = (m: ServeThreadMessage) => port.postMessage(m);
const { start } = workerData as ServeThreadData;

try {
  const server = await startServer(start);
  port.on("message", (m: ServeThreadStop) => {
    if (m.kind !== "stop") return;
    drainThenClose(server).then(
      () => say({ kind: "closed", ok: true }),
      () => say({ kind: "closed", ok: false }),
    );
  });
  say({ kind: "listening", url: server.url });
} catch (e) {
  say({ kind: "failed", message: (e as Error).message });
}
