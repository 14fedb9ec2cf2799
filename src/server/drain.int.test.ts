/** A draining server (`mmnav serve` on SIGTERM calls beginDrain) refuses new requests in the documented
 * error shape, asking the client to close the connection and retry. */
import { describe, expect, it } from "vitest";
import { availableBackends } from "../store/testing/backends.js";
import { useTestApp } from "./testing/app-fixture.js";
import { sampleRecord } from "./testing/fixtures.js";

describe("draining", () => {
  const ctx = useTestApp(availableBackends()[0]!);

  it("answers 503 UNAVAILABLE with Connection: close once draining, and normally before", async () => {
    const assess = () =>
      ctx.app.inject({ method: "POST", url: "/api/v1/assessments", payload: sampleRecord() });
    const before = await assess();
    expect(before.statusCode).toBe(200);
    expect(before.headers.connection).not.toBe("close");

    ctx.app.beginDrain();
    const during = await assess();
    expect(during.statusCode).toBe(503);
    expect(during.headers.connection).toBe("close");
    expect(during.headers["content-security-policy"]).toBeDefined();
    const body = JSON.parse(during.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toMatch(/shutting down/);
    const health = await ctx.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(503);
  });
});
