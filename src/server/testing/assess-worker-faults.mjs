// A pool worker for tests (assess-pool.int.test.ts): the real one (src/server/assess-worker.ts),
// except that a body starting with {"crash": ends its thread (exit code 3), and a body ending in three
// tabs is held until the test says so: the worker posts "holding" on the BroadcastChannel
// "assess-pool-test" and waits for "release" there.
import { BroadcastChannel } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { default: assessWorker } = await import("../assess-worker.ts");

export const TEST_CHANNEL = "assess-pool-test";

export default async function assessWorkerWithFaults(task) {
  if (task.body.startsWith('{"crash":')) process.exit(3);
  if (task.body.endsWith("\t\t\t")) {
    const channel = new BroadcastChannel(TEST_CHANNEL);
    const released = new Promise((resolve) => {
      channel.onmessage = (event) => {
        if (event.data === "release") resolve();
      };
    });
    channel.postMessage("holding");
    await released;
    channel.close();
  }
  return assessWorker(task);
}
