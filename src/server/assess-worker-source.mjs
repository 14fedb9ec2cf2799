// Worker entry when the server runs from source (tsx, tests): registers tsx in the worker thread, then
// loads the TypeScript worker. The built server uses dist/server/assess-worker.js directly.
import { register } from "tsx/esm/api";

register();
const { default: assessWorker } = await import("./assess-worker.ts");
export default assessWorker;
