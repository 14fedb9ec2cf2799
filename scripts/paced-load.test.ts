/** The paced load generator (bench section (c)) reports its own event-loop delay: a stall of the client is
 * counted in the latencies as if it were the server's, so the bench shows how much of the tail is the client. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pacedLoad } from "./paced-load.js";

let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("{}"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("pacedLoad", () => {
  it("answers every request and counts a stall of the client in its latencies and in its own delay", async () => {
    // 200/s for 1 s; 300 ms in, the client's thread is busy for 120 ms.
    setTimeout(() => {
      const until = performance.now() + 120;
      while (performance.now() < until) {}
    }, 300);
    const r = await pacedLoad({ url, bodies: ["{}"], rate: 200, seconds: 1 });
    expect(r.sent).toBe(200);
    expect(r.errors).toBe(0);
    expect(r.non2xx).toBe(0);
    expect(r.clientLag.max).toBeGreaterThanOrEqual(100);
    expect(r.max).toBeGreaterThanOrEqual(100);
  });
});
