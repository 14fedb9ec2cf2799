/** The web app through the real `mmnav serve` stack (Fastify, SQLite store, REST API): a patient
 * stored through the API opens at /patients/{id} — the page CDS Hooks cards link to. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
});
