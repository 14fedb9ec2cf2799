/** What goes on the wire for `POST /api/v1/assessments` over a real socket: the JSON bytes of the
 * Assessment the library gives, with the content type and length Fastify's serialiser gives any object,
 * and the security headers helmet sets, in helmet's order. Guards the hot path's hand-offs (the
 * answer sent as bytes, helmet's header steps replayed) against any change a client could see. */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { availableBackends } from "../store/testing/backends.js";
import { useTestApp } from "./testing/app-fixture.js";
import { sampleRecord } from "./testing/fixtures.js";

const TODAY = "2026-03-15";

function post(url: string, body: string): Promise<{ status: number; rawHeaders: string[]; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, bytes: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The headers helmet's own middleware sets with the app's policy, in order (names as helmet spells them). */
function helmetHeaders(): [string, string][] {
  const set: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: string) => set.push([name, String(value)]),
    removeHeader: () => {},
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  })({} as never, res as never, () => {});
  return set;
}

describe.each(availableBackends().slice(0, 1))("POST /api/v1/assessments on the wire ($name)", (backend) => {
  const ctx = useTestApp(backend, () => ({ today: () => TODAY }));

  it("sends the library's JSON bytes, typed and sized as any JSON answer, after helmet's headers in order", async () => {
    await ctx.app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = ctx.app.server.address() as AddressInfo;
    const { asOf: _drop, ...record } = sampleRecord();
    const res = await post(`http://127.0.0.1:${port}/api/v1/assessments`, JSON.stringify(record));
    expect(res.status).toBe(200);
    const expected = Buffer.from(JSON.stringify(assess(record, { defaultAsOf: TODAY })));
    expect(res.bytes.equals(expected)).toBe(true);
    const pairs: [string, string][] = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2)
      pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
    const helmetSet = helmetHeaders();
    expect(pairs.slice(0, helmetSet.length)).toEqual(helmetSet);
    const rest = Object.fromEntries(pairs.slice(helmetSet.length).map(([k, v]) => [k.toLowerCase(), v]));
    expect(rest["content-type"]).toBe("application/json; charset=utf-8");
    expect(rest["content-length"]).toBe(String(expected.length));
  });

  it("answers an invalid record with the same error shape as before (not bytes of an Assessment)", async () => {
    const { port } = ctx.app.server.address() as AddressInfo;
    const res = await post(`http://127.0.0.1:${port}/api/v1/assessments`, JSON.stringify({ labs: 3 }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.bytes.toString("utf8"))).toMatchObject({ error: { code: "INVALID_RECORD" } });
  });
});
