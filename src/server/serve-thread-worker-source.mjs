// Server-thread entry when mmnav runs from source (tsx, tests): registers tsx in the worker thread,
// then loads the TypeScript module. The built CLI uses dist/server/serve-thread-worker.js directly.
import { register } from "tsx/esm/api";

register();
await import("./serve-thread-worker.ts");
