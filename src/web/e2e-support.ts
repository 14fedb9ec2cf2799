/** Test support for the browser tests: a tiny static server for dist/web (with the SPA fallback
 * `mmnav serve` has) and Debian's Chromium driven by playwright-core. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect } from "vitest";

export const DIST_WEB = fileURLToPath(new URL("../../dist/web/", import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Whether the browser tests can run here. In CI a missing Chromium is a failure, never a skip. */
export function e2ePrerequisites(): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(CHROMIUM_PATH))
    return { ok: false, reason: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` };
  return { ok: true };
}

/** Builds the web app with the project's vite.config.ts into a fresh temporary directory, so the
 * tests see the current source and never race an `npm run build` writing dist/web. */
export async function buildWebApp(): Promise<{ dir: string; remove(): void }> {
  const { build } = await import("vite");
  const dir = mkdtempSync(join(tmpdir(), "mmnav-web-"));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build and leave the
  // service worker unregistered: build what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
      mode: "production",
      logLevel: "error",
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".map": "application/json",
  ".ico": "image/x-icon",
  ".png": "image/png",
};

/** A route the test answers itself (a fake API), keyed by "METHOD /path". */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  url: string;
  /** Requests that reached the server, for asserting that nothing was sent. */
  requests: { method: string; url: string }[];
  api: Map<string, ApiHandler>;
  close(): Promise<void>;
}

/** Serves `root` (a built dist/web) on 127.0.0.1 with a SPA fallback to index.html for paths without an extension. */
export async function startStaticServer(root: string = DIST_WEB): Promise<StaticServer> {
  const base = resolve(root);
  const requests: StaticServer["requests"] = [];
  const api = new Map<string, ApiHandler>();
  const server: Server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ method, url: url.pathname + url.search });
    const handler = api.get(`${method} ${url.pathname}`);
    if (handler) return handler(req, res);
    if (url.pathname.startsWith("/api/")) {
      res.writeHead(404, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: { code: "NOT_FOUND", message: "no API here" } }));
    }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403);
      return res.end();
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(url.pathname) !== "") {
        res.writeHead(404);
        return res.end();
      }
      file = join(base, "index.html");
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    api,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with a fresh user-data-dir (removed on close). */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "mmnav-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url));

/** axe-core run in the page with every rule on (best practices and experimental rules included):
 * the violations as "rule: target (summary)" lines. Injected by evaluation, so a CSP cannot block it. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_SOURCE, "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));
    const result = await axe.run(document, { rules, resultTypes: ["violations"] });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? v.help})`,
      ),
    );
  });
}

interface AxeLike {
  getRules(): { ruleId: string }[];
  run(
    ctx: Document,
    opts: object,
  ): Promise<{
    violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  }>;
}

/** What a browser suite on the app reads (webAppSuite): the page and the server's URL (set once the suite runs). */
export interface WebApp {
  page: () => Page;
  url: () => string;
  /** Opens the assess page and loads the example whose button reads `title`, waiting for the summary card. */
  loadExample: (title: string) => Promise<void>;
}

/** The built web app on a static server, with a fresh Chromium page per test (1366 x 900) that fails the test on an
 * uncaught page error: what a browser suite on the app sets up. Skipped without Chromium, except in CI, where a
 * missing Chromium fails the run. */
export function webAppSuite(name: string, body: (app: WebApp) => void): void {
  const pre = e2ePrerequisites();
  if (!pre.ok && process.env.CI === "true") throw new Error(`e2e prerequisites missing in CI: ${pre.reason}`);
  (pre.ok ? describe : describe.skip)(name, () => {
    let built: Awaited<ReturnType<typeof buildWebApp>>;
    let server: StaticServer;
    let chrome: LaunchedBrowser;
    let page: Page;
    beforeAll(async () => {
      built = await buildWebApp();
      server = await startStaticServer(built.dir);
      chrome = await launchChromium();
    });
    afterAll(async () => {
      await chrome?.close();
      await server?.close();
      built?.remove();
    });
    beforeEach(async () => {
      page = await chrome.context.newPage();
      await page.setViewportSize({ width: 1366, height: 900 });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      return async () => {
        await page.close();
        expect(errors, "uncaught errors in the page").toEqual([]);
      };
    });
    body({
      page: () => page,
      url: () => server.url,
      loadExample: async (title) => {
        await page.goto(`${server.url}/`);
        await page.locator("details.examples").evaluate((d) => {
          (d as HTMLDetailsElement).open = true;
        });
        await page.getByRole("button", { name: title, exact: true }).click();
        await page.getByTestId("summary-card").waitFor();
      },
    });
  });
}
