/** `mmnav serve --workers 2`: the real command (through tsx) on SQLite in a fresh folder. Requests
 * are answered by two worker processes (told apart by the process id in each request's log line,
 * which carries no patient data), a patient saved through one is read through the other, the rate
 * limit counts for the whole server, a killed worker is replaced, SIGTERM drains and exits 0 with no
 * process left behind, and workers that keep dying stop the server instead of restarting forever. */
import { readFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProgram } from "../cli/program.js";
import { parseSemiSpaceMb, parseWorkers, workerExecArgv } from "./cluster.js";
import { DEFAULT_SEMI_SPACE_MB } from "./defaults.js";
import { sampleRecord } from "./testing/fixtures.js";
import { type ServeProcess, spawnServe } from "./testing/spawn-serve.js";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a connection of its own (the primary hands each new connection to the next worker). */
function call(url: string, method: string, path: string, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${path}`,
      { method, agent: false, headers: body === undefined ? {} : { "content-type": "application/json" } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** The worker processes of a primary, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The request log lines printed so far: which process answered which route with which status. */
function requestLines(output: string): { pid: number; method: string; route: string; status: number }[] {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{") && l.includes('"msg":"request"'))
    .map((l) => JSON.parse(l) as { pid: number; method: string; route: string; status: number });
}

async function waitFor<T>(
  what: string,
  probe: () => T | null | undefined | Promise<T | null | undefined>,
  ms = 30_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (server: ServeProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const c = server.child;
    if (c.exitCode !== null || c.signalCode !== null)
      return resolve({ code: c.exitCode, signal: c.signalCode });
    c.once("exit", (code, signal) => resolve({ code, signal }));
  });

describe("--workers / MMNAV_WORKERS", () => {
  it("takes a whole number of at least 1, or auto (one per core)", () => {
    expect(parseWorkers(undefined, "--workers")).toBeUndefined();
    expect(parseWorkers(" ", "MMNAV_WORKERS")).toBeUndefined();
    expect(parseWorkers("3", "--workers")).toBe(3);
    expect(parseWorkers("auto", "--workers")).toBe(availableParallelism());
    for (const bad of ["0", "-1", "1.5", "two"])
      expect(() => parseWorkers(bad, "MMNAV_WORKERS")).toThrow(
        /MMNAV_WORKERS must be a whole number .* or auto/,
      );
  });

  it("mmnav serve --help documents the flag and its variable", () => {
    const help =
      buildProgram()
        .commands.find((c) => c.name() === "serve")
        ?.helpInformation() ?? "";
    expect(help).toContain("--workers <n>");
    expect(help).toContain("MMNAV_WORKERS");
    expect(help).toMatch(/auto/);
  });
});

describe("the workers' V8 semi-space (MMNAV_SEMI_SPACE_MB)", () => {
  it("defaults to 32 MB, takes 0 (V8's own sizing) to 1024, and refuses anything else", () => {
    expect(DEFAULT_SEMI_SPACE_MB).toBe(32);
    expect(parseSemiSpaceMb(undefined, "MMNAV_SEMI_SPACE_MB")).toBe(32);
    expect(parseSemiSpaceMb(" ", "MMNAV_SEMI_SPACE_MB")).toBe(32);
    expect(parseSemiSpaceMb("0", "MMNAV_SEMI_SPACE_MB")).toBe(0);
    expect(parseSemiSpaceMb("64", "MMNAV_SEMI_SPACE_MB")).toBe(64);
    for (const bad of ["-1", "1.5", "big", "1025"])
      expect(() => parseSemiSpaceMb(bad, "MMNAV_SEMI_SPACE_MB")).toThrow(
        /MMNAV_SEMI_SPACE_MB must be a whole number of MB from 0 to 1024/,
      );
  });

  it("goes on the workers' node command line after the primary's own options, unless 0 or set by the operator", () => {
    expect(workerExecArgv(32, ["--enable-source-maps"], undefined)).toEqual([
      "--enable-source-maps",
      "--min-semi-space-size=32",
      "--max-semi-space-size=32",
    ]);
    expect(workerExecArgv(0, ["--enable-source-maps"], undefined)).toEqual(["--enable-source-maps"]);
    // An operator's own flag (node's command line or NODE_OPTIONS, which the workers inherit) wins.
    expect(workerExecArgv(32, ["--max-semi-space-size=8"], undefined)).toEqual(["--max-semi-space-size=8"]);
    expect(workerExecArgv(32, [], "--max-semi-space-size=4")).toEqual([]);
  });

  // V8 takes its flags with dashes or underscores; node passes both on, on its command line and in
  // NODE_OPTIONS. An operator's `--max_semi_space_size=8` must win just like `--max-semi-space-size=8`.
  it("leaves the operator's underscore spelling (--max_semi_space_size) alone, on node's command line", () => {
    expect(workerExecArgv(32, ["--max_semi_space_size=8"], undefined)).toEqual(["--max_semi_space_size=8"]);
    expect(workerExecArgv(32, ["--min_semi_space_size=16", "--enable-source-maps"], undefined)).toEqual([
      "--min_semi_space_size=16",
      "--enable-source-maps",
    ]);
  });

  it("leaves the operator's underscore spelling (--max_semi_space_size) alone, in NODE_OPTIONS", () => {
    expect(workerExecArgv(32, [], "--max_semi_space_size=4")).toEqual([]);
    expect(workerExecArgv(32, ["--enable-source-maps"], "--trace-warnings --max_semi_space_size=4")).toEqual([
      "--enable-source-maps",
    ]);
  });

  it("is not fooled by other flags that merely mention the words", () => {
    // --semi-space-growth-factor is another V8 flag: it sets no size, so the workers still get 32 MB.
    expect(workerExecArgv(32, ["--semi_space_growth_factor=2"], undefined)).toEqual([
      "--semi_space_growth_factor=2",
      "--min-semi-space-size=32",
      "--max-semi-space-size=32",
    ]);
  });

  it("mmnav serve --help documents the variable and that one process gets it too, on a thread of its own", () => {
    const help = (
      buildProgram()
        .commands.find((c) => c.name() === "serve")
        ?.helpInformation() ?? ""
    ).replace(/\s+/g, " ");
    expect(help).toContain("MMNAV_SEMI_SPACE_MB");
    expect(help).toContain("one process (no --workers) gets it by running the server on a thread of its own");
    expect(help).toContain("MMNAV_SEMI_SPACE_MB=0 or when node itself was given a semi-space size");
  });
});

/** The node options a process was started with, from /proc (Linux). */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
}

describe("mmnav serve --workers 2", () => {
  let server: ServeProcess;
  let primary = 0;

  beforeAll(async () => {
    server = await spawnServe(["--workers", "2"]);
    primary = server.child.pid!;
  }, 90_000);
  afterAll(async () => server?.stop());

  it("prints one listening line, once, and runs two worker processes", async () => {
    expect(server.output().match(/mmnav serve: listening at http/g)).toHaveLength(1);
    expect(server.output()).toMatch(
      /listening at http:\/\/127\.0\.0\.1:\d+ \(API reference at .*\/docs; 2 worker processes\)/,
    );
    expect(childrenOf(primary)).toHaveLength(2);
  });

  it("starts each worker with the 32 MB semi-space, and the primary without it", () => {
    for (const worker of childrenOf(primary)) {
      expect(commandLine(worker)).toContain("--min-semi-space-size=32");
      expect(commandLine(worker)).toContain("--max-semi-space-size=32");
    }
    expect(commandLine(primary).some((a) => a.includes("semi-space"))).toBe(false);
  });

  it("answers through both workers, and a patient saved through one is read through the other", async () => {
    const created = await call(server.url, "POST", "/api/v1/patients", sampleRecord());
    expect(created.status, created.body).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };
    const writer = await waitFor(
      "the create's log line",
      () =>
        requestLines(server.output()).find((l) => l.route === "/api/v1/patients" && l.status === 201)?.pid,
    );
    // Each read on a new connection: round robin gives the next one to the other worker.
    const reader = await waitFor("a read answered by the other worker", async () => {
      const got = await call(server.url, "GET", `/api/v1/patients/${id}`);
      expect(got.status).toBe(200);
      expect(JSON.parse(got.body)).toMatchObject({ id, record: sampleRecord() });
      return requestLines(server.output()).find(
        (l) => l.route === "/api/v1/patients/:id" && l.status === 200 && l.pid !== writer,
      )?.pid;
    });
    expect(new Set([writer, reader])).toEqual(new Set(childrenOf(primary)));
  });

  it("counts the rate limit once for the whole server, not once per worker", async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await call(server.url, "GET", "/healthz");
      expect(res.status).toBe(200);
      remaining.push(Number(res.headers["x-ratelimit-remaining"]));
    }
    // Six requests spread over both workers, each counted once in the one shared count.
    const pids = requestLines(server.output())
      .filter((l) => l.route === "/healthz")
      .map((l) => l.pid);
    expect(new Set(pids).size).toBe(2);
    expect(remaining.slice(1).map((r, i) => remaining[i]! - r)).toEqual([1, 1, 1, 1, 1]);
  });

  it("replaces a worker that is killed, and keeps answering", async () => {
    const [victim, survivor] = childrenOf(primary);
    process.kill(victim!, "SIGKILL");
    const line = await waitFor("the replacement line", () =>
      new RegExp(
        `worker process ${victim} stopped unexpectedly \\(signal SIGKILL\\); started worker process (\\d+) in its place`,
      ).exec(server.output()),
    );
    const replacement = Number(line[1]);
    await waitFor("the replacement to listen", () =>
      server.output().includes(`worker process ${replacement} is ready`) ? true : undefined,
    );
    expect(new Set(childrenOf(primary))).toEqual(new Set([survivor, replacement]));
    expect(alive(victim!)).toBe(false);
    await waitFor("an answer from the replacement", async () => {
      expect((await call(server.url, "GET", "/healthz")).status).toBe(200);
      return requestLines(server.output()).some((l) => l.pid === replacement) ? true : undefined;
    });
    // Still one listening line: the replacement is not announced as a new server.
    expect(server.output().match(/mmnav serve: listening at http/g)).toHaveLength(1);
  }, 60_000);

  it("on SIGTERM answers 503 while draining, then exits 0 with no worker left", async () => {
    const workers = childrenOf(primary);
    expect(workers).toHaveLength(2);
    const exit = exited(server);
    server.child.kill("SIGTERM");
    const drained = await waitFor("a 503 while draining", async () => {
      const res = await call(server.url, "GET", "/healthz").catch(() => undefined);
      return res?.status === 503 ? res : undefined;
    });
    expect(drained.headers.connection).toBe("close");
    expect(
      await exit,
      server
        .output()
        .split("\n")
        .filter((l) => !l.includes(`"msg":"request"`))
        .join("\n"),
    ).toEqual({ code: 0, signal: null });
    expect(server.output().match(/SIGTERM, draining then closing/g)).toHaveLength(1);
    expect(workers.filter(alive)).toEqual([]);
  }, 60_000);
});

describe("mmnav serve --workers 2 whose workers keep dying", () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await spawnServe(["--workers", "2"]);
  }, 90_000);
  afterAll(async () => server?.stop());

  it("stops with exit 1 after more than 5 unexpected stops in a minute, leaving no process", async () => {
    const primary = server.child.pid!;
    const exit = exited(server);
    const killed: number[] = [];
    let next = childrenOf(primary)[0]!;
    for (let i = 0; i < 6; i++) {
      process.kill(next, "SIGKILL");
      killed.push(next);
      if (i === 5) break;
      const victim = next;
      next = Number(
        (
          await waitFor("a replacement", () =>
            new RegExp(
              `worker process ${victim} stopped unexpectedly .*; started worker process (\\d+)`,
            ).exec(server.output()),
          )
        )[1],
      );
    }
    expect(await exit).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(
      /worker processes keep stopping \(6 in 60 s, the last with signal SIGKILL\): stopping the server/,
    );
    const started = [...server.output().matchAll(/worker process (\d+)/g)].map((m) => Number(m[1]));
    expect(started.length).toBeGreaterThanOrEqual(killed.length);
    expect(started.filter(alive)).toEqual([]);
  }, 60_000);
});
