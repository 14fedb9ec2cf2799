// Worker entry when mmnav runs from source (tsx, tests): registers tsx in the worker thread, then
// loads the TypeScript worker. The built CLI uses dist/cli/screen-worker.js directly.
import { register } from "tsx/esm/api";

register();
const { default: screenWorker } = await import("./screen-worker.ts");
export default screenWorker;
