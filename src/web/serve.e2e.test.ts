/** The web app through the real `mmnav serve` stack (Fastify, SQLite store, REST API): a patient
 * stored through the API opens at /patients/{id} — the page CDS Hooks cards link to; the first page
 * loads little JavaScript, compressed and long-cached, and reloads offline once the server is gone. */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../server/app.js";
import { buildWebApp, e2ePrerequisites, type LaunchedBrowser, launchChromium } from "./e2e-support.js";

const pre = e2ePrerequisites();
if (!pre.ok && process.env.CI === "true") throw new Error(`e2e prerequisites missing in CI: ${pre.reason}`);
const suite = pre.ok ? describe : describe.skip;

suite("web app served by mmnav serve (Chromium)", () => {
  let built: Awaited<ReturnType<typeof buildWebApp>>;
  let server: RunningServer;
  let chrome: LaunchedBrowser;
  const dataDir = mkdtempSync(join(tmpdir(), "mmnav-serve-e2e-"));

  beforeAll(async () => {
    built = await buildWebApp();
    server = await startServer({ port: 0, dataDir, env: {}, logger: false, webRoot: built.dir });
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
    built?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens a stored patient's page with its assessment, and lists the patient in the registry", async () => {
    const record = JSON.parse(readFileSync("examples/diagnosis/smoldering-myeloma.json", "utf8"));
    const created = await fetch(`${server.url}/api/v1/patients`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(record),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const page = await chrome.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}/patients/${id}`);
    await expect.poll(() => page.textContent("body"), { timeout: 15_000 }).toMatch(/Smoldering/i);
    expect(await page.textContent("body")).toMatch(/Decision support only/);

    await page.goto(`${server.url}/patients`);
    await expect.poll(() => page.textContent("body"), { timeout: 15_000 }).toContain(record.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads under 150 kB of gzipped JavaScript on the first page, sends it compressed with a year-long cache", async () => {
    const html = readFileSync(join(built.dir, "index.html"), "utf8");
    // What the first page loads before anything is clicked: the entry script and its preloads.
    const first = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(first.length).toBeGreaterThan(0);
    let gz = 0;
    for (const path of first) {
      const res = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "br, gzip" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      gz += statSync(join(built.dir, `${path}.gz`)).size;
    }
    console.log(`first-page JavaScript: ${first.join(", ")}: ${(gz / 1024).toFixed(1)} kB gzipped`);
    expect(gz).toBeLessThan(150 * 1024);
    // Node's fetch decodes the body; ask without it to see the encoding the server chose.
    const raw = await fetch(`${server.url}${first[0]}`, { headers: { "accept-encoding": "br" } });
    expect(["br", null]).toContain(raw.headers.get("content-encoding"));
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get("cache-control")).toBe("no-cache");
  });

  it("reloads the assess page and assesses an example offline after the server stops (service worker)", async () => {
    const ownData = mkdtempSync(join(tmpdir(), "mmnav-offline-e2e-"));
    const own = await startServer({ port: 0, dataDir: ownData, env: {}, logger: false, webRoot: built.dir });
    const page = await chrome.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    try {
      await page.goto(`${own.url}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await own.close();
      expect(
        await fetch(`${own.url}/`).then(
          () => "up",
          () => "down",
        ),
      ).toBe("down");

      await page.reload();
      await page.getByRole("heading", { name: "Assess a patient" }).waitFor();
      await page.getByRole("button", { name: "Smoldering myeloma, high risk", exact: true }).click();
      await expect
        .poll(() => page.getByTestId("category").getAttribute("data-category"), { timeout: 15_000 })
        .toBe("smoldering-myeloma");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      rmSync(ownData, { recursive: true, force: true });
    }
  });
});
