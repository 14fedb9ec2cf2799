/** The worker-thread side of `mmnav screen` (run by piscina): one batch in, its output lines out. */
import { type ScreenTask, type ScreenTaskResult, screenBatch } from "./screen-batch.js";

export default function screenWorker(task: ScreenTask): ScreenTaskResult {
  return screenBatch(task);
}
