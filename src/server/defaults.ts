/** The server's defaults, in a module of their own so `mmnav --help` can name them without loading the
 * server (fastify and the database drivers take most of a second to load). */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_RATE_LIMIT = 600;
/** V8 semi-space of each `mmnav serve --workers` process, of the one process's server thread and of each
 * assessment thread, MB (env MMNAV_SEMI_SPACE_MB; why: cluster.ts, serve-thread.ts). */
export const DEFAULT_SEMI_SPACE_MB = 32;
/** Threads that assess `POST /api/v1/assessments` (0: the HTTP thread does; why: assess-pool.ts). */
export const DEFAULT_ASSESS_THREADS = 0;
