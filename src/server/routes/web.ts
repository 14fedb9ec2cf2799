/** The web app (built by Vite into dist/web) at `/`, with SPA fallback to index.html for page paths.
 * Files are sent precompressed (the build writes .br and .gz beside them); hashed assets are cached
 * for a year, everything else (index.html, the service worker, the manifest) is revalidated. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Path prefixes that are never pages (their 404 is a JSON error). */
export const NON_PAGE_PREFIXES = ["/api/", "/fhir", "/cds-services", "/docs", "/openapi.json", "/healthz"];

export function isPagePath(method: string, url: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = url.split("?")[0] ?? "/";
  if (NON_PAGE_PREFIXES.some((p) => path === p.replace(/\/$/, "") || path.startsWith(p))) return false;
  // A path with a file extension is an asset: a missing asset is a 404, not the app.
  return !/\.[a-z0-9]+$/i.test(path);
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>myeloma-navigator</title></head>
<body><h1>myeloma-navigator</h1>
<p>The web app is not built yet. Build it with <code>npm run build</code> (it goes to <code>dist/web</code>), then restart <code>mmnav serve</code>.</p>
<p>The REST API is at <a href="/docs">/docs</a> (reference) and <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>`;

/** Cache-Control for a served file: content-hashed assets never change, the rest must be revalidated. */
export function cacheControlFor(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/.test(path)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

/** Registers the static files; returns the SPA fallback for the not-found handler (or null). */
export async function registerWeb(
  app: FastifyInstance,
  webRoot: string | null,
): Promise<((req: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      index: "index.html",
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader("cache-control", cacheControlFor(path));
        // The service worker may control the whole app from /sw.js.
        if (path.endsWith("sw.js")) res.setHeader("service-worker-allowed", "/");
      },
    });
    return (_req, reply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").sendFile("index.html");
  }
  app.get("/", { schema: { hide: true } }, async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(NOT_BUILT),
  );
  return (_req, reply) => reply.code(404).type("text/html; charset=utf-8").send(NOT_BUILT);
}
