/** The worker-thread side of `mmnav screen` (run by piscina): one batch in, its output lines out. */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { type ScreenTask, type ScreenTaskResult, screenBatch } from "./screen-batch.js";

/** Piscina unwraps the moved value: the main thread receives the ScreenTaskResult, whose output bytes
 * were moved to it (not copied), and writes them as they are. A string would be copied twice more
 * there (out of the message, then into bytes for the file) and its garbage collected on the thread
 * that keeps the workers fed. */
export default function screenWorker(task: ScreenTask): ReturnType<typeof move> {
  const result: ScreenTaskResult = screenBatch(task);
  return move({ [transferableSymbol]: [result.out.buffer], [valueSymbol]: result });
}
