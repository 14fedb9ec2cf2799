/** Which paths the web app answers (SPA fallback) and which stay API 404s. */
import { describe, expect, it } from "vitest";
import { isPagePath } from "./web.js";

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
