/** Which paths the web app answers (SPA fallback) and which stay API 404s. */
import { describe, expect, it } from "vitest";
import { cacheControlFor, isPagePath } from "./web.js";

describe("isPagePath", () => {
  it("serves the app for page paths only", () => {
    expect(isPagePath("GET", "/")).toBe(true);
    expect(isPagePath("GET", "/patients/abc?tab=labs")).toBe(true);
    expect(isPagePath("HEAD", "/registry")).toBe(true);
    for (const p of [
      "/api/v1/x",
      "/fhir/Patient",
      "/cds-services",
      "/docs/json",
      "/openapi.json",
      "/healthz",
    ])
      expect(isPagePath("GET", p), p).toBe(false);
    expect(isPagePath("GET", "/assets/missing.js")).toBe(false);
    expect(isPagePath("POST", "/patients")).toBe(false);
  });
});

describe("cacheControlFor", () => {
  it("caches content-hashed assets for a year and revalidates everything else", () => {
    expect(cacheControlFor("/srv/web/assets/index-DRtsO2RL.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor("/srv/web/assets/TimePanel-CnsZ1jie.css")).toBe(
      "public, max-age=31536000, immutable",
    );
    for (const p of [
      "/srv/web/index.html",
      "/srv/web/sw.js",
      "/srv/web/manifest.webmanifest",
      "/srv/web/icon.svg",
    ])
      expect(cacheControlFor(p), p).toBe("no-cache");
  });
});
