/** The built web app as the server sends it: precompressed when the client accepts it, hashed
 * assets cached for a year, the shell and the service worker revalidated on every load. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../../store/testing/backends.js";
import { buildApp } from "../app.js";

describe("static web app: compression and caching", () => {
  let db: TestDatabase;
  let webRoot: string;
  const js = `console.log(${JSON.stringify("x".repeat(4000))});`;
  beforeAll(async () => {
    db = await availableBackends()[0]!.create();
    webRoot = mkdtempSync(join(tmpdir(), "mmnav-web-cache-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>app shell</title>");
    writeFileSync(join(webRoot, "sw.js"), "self.addEventListener('fetch', () => {});");
    const asset = join(webRoot, "assets", "index-DRtsO2RL.js");
    writeFileSync(asset, js);
    writeFileSync(`${asset}.br`, brotliCompressSync(js));
    writeFileSync(`${asset}.gz`, gzipSync(js));
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("sends a hashed asset as Brotli with a year-long immutable cache, and plain to a client without it", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot });
    try {
      const br = await app.inject({
        method: "GET",
        url: "/assets/index-DRtsO2RL.js",
        headers: { "accept-encoding": "br, gzip" },
      });
      expect(br.statusCode).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(js);
      expect(br.rawPayload.length).toBeLessThan(js.length / 10);

      const gz = await app.inject({
        method: "GET",
        url: "/assets/index-DRtsO2RL.js",
        headers: { "accept-encoding": "gzip" },
      });
      expect(gz.headers["content-encoding"]).toBe("gzip");

      const plain = await app.inject({
        method: "GET",
        url: "/assets/index-DRtsO2RL.js",
        headers: { "accept-encoding": "identity" },
      });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body).toBe(js);
    } finally {
      await app.close();
    }
  });

  it("revalidates the shell (also as the SPA fallback) and the service worker", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot });
    try {
      for (const url of ["/", "/patients/p-1", "/sw.js"]) {
        const res = await app.inject({ method: "GET", url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers["cache-control"], url).toBe("no-cache");
      }
      expect((await app.inject({ method: "GET", url: "/sw.js" })).headers["service-worker-allowed"]).toBe(
        "/",
      );
    } finally {
      await app.close();
    }
  });
});
