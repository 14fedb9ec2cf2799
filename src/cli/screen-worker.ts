/** The worker-thread side of `mmnav screen` (run by piscina): one batch in, its output lines out. */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { type ScreenTask, type ScreenTaskResult, screenBatch } from "./screen-batch.js";

/** What a worker hands back: the output lines as UTF-8 bytes, moved to the main thread (not copied),
 * which writes them as they are. A string would be copied twice more there (out of the message, then
 * into bytes for the file) and its garbage collected on the thread that keeps the workers fed. */
export interface ScreenWorkerResult extends Omit<ScreenTaskResult, "out"> {
  out: Uint8Array;
}

// TextEncoder gives bytes in a buffer of their own (Buffer.from may share a pool, not movable).
const utf8 = new TextEncoder();

/** Piscina unwraps the moved value: the main thread receives a ScreenWorkerResult. */
export default function screenWorker(task: ScreenTask): ReturnType<typeof move> {
  const { out, counts } = screenBatch(task);
  const bytes = utf8.encode(out);
  const result: ScreenWorkerResult = { out: bytes, counts };
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: result });
}
