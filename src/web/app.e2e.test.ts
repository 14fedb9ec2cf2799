/** Browser tests of the web app: the built dist/web in Debian's Chromium, served by a tiny static
 * server of the test's own (so they do not depend on `mmnav serve`). The in-browser result is
 * checked against the same core run in Node, and against the published rule where one is named. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assess } from "../core.js";
import {
  buildWebApp,
  e2ePrerequisites,
  type LaunchedBrowser,
  launchChromium,
  type StaticServer,
  startStaticServer,
} from "./e2e-support.js";
import { EXAMPLE_GROUPS, type Example, type ExampleGroup, toExample } from "./examples.js";

const pre = e2ePrerequisites();
// In CI a missing Chromium or build must fail the run, never skip it.
if (!pre.ok && process.env.CI === "true") throw new Error(`e2e prerequisites missing in CI: ${pre.reason}`);
const suite = pre.ok ? describe : describe.skip;

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

const GROUP_DIRS: Record<ExampleGroup, string> = {
  Diagnosis: "diagnosis",
  "Response and monitoring": "response",
  Vignettes: "vignettes",
};

/** The examples as the app should list them, read from disk here (not through the bundle). */
function examplesOnDisk(): Example[] {
  return EXAMPLE_GROUPS.flatMap((group) => {
    const dir = join(EXAMPLES_DIR, GROUP_DIRS[group]);
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json")) : [];
    return names.sort().flatMap((n) => {
      const data: unknown = JSON.parse(readFileSync(join(dir, n), "utf8"));
      return toExample(`../../examples/${GROUP_DIRS[group]}/${n}`, group, data) ?? [];
    });
  });
}

/** examples/diagnosis/expected.json: file name -> the category its author expects. */
function expectedCategories(): Record<string, { category: string }> {
  const file = join(EXAMPLES_DIR, "diagnosis", "expected.json");
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, { category: string }>)
    : {};
}

suite("web app (Chromium)", () => {
  let built: Awaited<ReturnType<typeof buildWebApp>>;
  let server: StaticServer;
  let chrome: LaunchedBrowser;
  let page: Page;
  const pageErrors: string[] = [];

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
    pageErrors.length = 0;
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    server.requests.length = 0;
    server.api.clear();
    return async () => {
      await page.close();
      expect(pageErrors, "uncaught errors in the page").toEqual([]);
    };
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const yesNo = (legend: string, answer: "Yes" | "No" | "Unknown") =>
    page.getByRole("group", { name: legend, exact: true }).getByText(answer, { exact: true }).click();

  it("lists the bundled examples and shows, for each diagnosis example, its expected category and the core's options", async () => {
    const examples = examplesOnDisk();
    const expected = expectedCategories();
    const diagnosis = examples.filter((e) => e.group === "Diagnosis" && expected[e.id.split("/").pop()!]);
    expect(diagnosis.length, "examples/diagnosis holds examples with expected.json entries").toBeGreaterThan(
      0,
    );

    await page.goto(`${server.url}/`);
    const listed = await page.locator("#example option").allTextContents();
    expect(listed.slice(1)).toEqual(examples.map((e) => e.title));

    for (const ex of diagnosis) {
      const want = expected[ex.id.split("/").pop()!]!.category;
      const inNode = assess(ex.record, { defaultAsOf: "2026-01-01" });
      await page.getByLabel("Example").selectOption({ label: ex.title });
      await page.getByRole("button", { name: "Load example" }).click();
      const headline = page.getByTestId("category");
      await expect.poll(() => headline.getAttribute("data-category"), { message: ex.title }).toBe(want);
      const titles = await page.locator("article.option h5").allTextContents();
      // Same options as the core gives (the page groups them by kind, so compare as sets).
      expect([...titles].sort(), ex.title).toEqual(inNode.options.map((o) => o.title).sort());
      for (const o of inNode.options.filter((x) => !x.verified)) {
        const card = page.getByRole("article", { name: o.title }).first();
        expect(await card.textContent(), `${o.title} carries its UNVERIFIED badge`).toContain("UNVERIFIED");
      }
      // The form shows the example's values; blank stays blank, never a default.
      const age = (ex.record as { patient?: { age?: unknown } }).patient?.age;
      expect(await field("Age (years)").inputValue()).toBe(typeof age === "number" ? String(age) : "");
    }
    expect(
      server.requests.filter((r) => r.url.startsWith("/api/")),
      "nothing is sent to a server",
    ).toEqual([]);
  });

  it("assesses a smoldering myeloma patient entered field by field and shows the risk group", async () => {
    await page.goto(`${server.url}/`);
    await field("Assessment date").fill("2026-11-26");
    await field("Age (years)").fill("62");
    await field("Sex").selectOption("female");
    await field("Serum M-protein").fill("3.4");
    await field("Heavy chain").selectOption("IgG");
    await field("Light chain").selectOption("kappa");
    await field("Involved free light chain").fill("450");
    await field("Uninvolved free light chain").fill("12");
    await field("Calcium").fill("9.5");
    await field("Creatinine").fill("0.9");
    await field("Hemoglobin").fill("12.5");
    await field("Clonal plasma cells in marrow (%)").fill("25");
    await yesNo("Imaging done", "Yes");
    await field("Imaging type").selectOption("PET-CT");
    await field("Osteolytic lesions (count)").fill("0");
    await field("MRI focal lesions (count)").fill("0");
    await yesNo("Amyloid on biopsy (Congo red)", "No");
    await page.getByRole("button", { name: "Assess", exact: true }).click();

    await expect
      .poll(() => page.getByTestId("category").getAttribute("data-category"))
      .toBe("smoldering-myeloma");
    // Mayo 2018 "20/2/20" (Lakshman et al., Blood Cancer J 2018): BMPC 25% > 20, M-protein 3.4 g/dL > 2,
    // FLC ratio 450/12 = 37.5 > 20: all three factors, high risk.
    const row = (name: string) =>
      page.locator("tr").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    const mayo = row("Smoldering myeloma risk, Mayo 2018 (20/2/20)");
    await expect.poll(() => mayo.textContent()).toMatch(/high risk \(3 of 3 factors\)/);
    // IMWG 2020 without FISH is shown with what it still needs.
    const imwg = row("Smoldering myeloma risk, IMWG 2020");
    await expect.poll(() => imwg.textContent()).toMatch(/without FISH/);
    // Unknown FISH stays unknown: it is listed as missing, not taken as normal.
    const missing = page.getByRole("region", { name: "Missing data" });
    await expect.poll(() => missing.textContent()).toMatch(/cytogenetics\.t4_14/);
    // The focus moves to the results for keyboard and screen-reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Assessment");
    expect(server.requests.filter((r) => r.url.startsWith("/api/"))).toEqual([]);
  });

  it("names the unit when a value is implausible (creatinine 150 mg/dL)", async () => {
    await page.goto(`${server.url}/`);
    await field("Creatinine").fill("150");
    await page.getByRole("button", { name: "Assess", exact: true }).click();
    const input = field("Creatinine");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await input.getAttribute("aria-describedby")) ?? "";
    const message = await page.locator(`[id="${errorId}"]`).textContent();
    expect(message).toMatch(/150 mg\/dL is not a plausible value/);
    expect(message).toMatch(/umol\/L/);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/Creatinine/);
    expect(await page.getByTestId("category").count()).toBe(0);

    // Choosing the unit the message suggests fixes it.
    await page.getByLabel("Creatinine unit").selectOption("umol/L");
    await page.getByRole("button", { name: "Assess", exact: true }).click();
    await expect.poll(() => page.getByTestId("category").count()).toBe(1);
    expect(await input.getAttribute("aria-invalid")).toBeNull();
  });

  it("reports a bad number typed into the form, and JSON paste errors by path", async () => {
    await page.goto(`${server.url}/`);
    await field("Age (years)").fill("sixty");
    await page.getByRole("button", { name: "Assess", exact: true }).click();
    await expect
      .poll(() => page.locator(`[id="f-patient-age-error"]`).textContent())
      .toMatch(/expected a number/);

    await page.getByText("Paste a PatientRecord as JSON").click();
    await page
      .getByLabel("PatientRecord JSON")
      .fill(JSON.stringify({ labs: { creatinin: { value: 1, unit: "mg/dL" } } }));
    await page.getByRole("button", { name: "Assess this JSON" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/labs\.creatinin.*did you mean "creatinine"/);
  });

  it("shows the patient tab in plain language with the notice, and downloads the JSON", async () => {
    await page.goto(`${server.url}/`);
    await field("Assessment date").fill("2026-11-26");
    await field("Serum M-protein").fill("3.4");
    await field("Clonal plasma cells in marrow (%)").fill("25");
    await page.getByRole("button", { name: "Assess", exact: true }).click();
    await page.getByRole("tab", { name: "Clinician" }).waitFor();
    // Keyboard: the arrow key moves to the Patient tab.
    await page.getByRole("tab", { name: "Clinician" }).focus();
    await page.keyboard.press("ArrowRight");
    const patientTab = page.getByRole("tab", { name: "Patient" });
    await expect.poll(() => patientTab.getAttribute("aria-selected")).toBe("true");
    const panel = page.getByRole("tabpanel", { name: "Patient" });
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Decision support only");
    // Plain language: no rule ids or field paths in the patient's view.
    expect(text).not.toMatch(/imwg2014\.|cytogenetics\.|labs\./);
    expect(text.length).toBeGreaterThan(200);
    // The notice is on the page itself too, outside the results.
    expect(await page.getByTestId("notice").textContent()).toContain("Decision support only");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      asOf: string;
      schemaVersion: string;
    };
    expect(saved.asOf).toBe("2026-11-26");
    expect(saved.schemaVersion).toBe("1");
  });

  it("explains an unreachable registry, and asks for a token when the API needs one", async () => {
    await page.goto(`${server.url}/patients`);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/registry is not reachable/);

    const seen: (string | undefined)[] = [];
    server.api.set("GET /api/v1/patients", (req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== "Bearer s3cret") {
        res.writeHead(401, { "content-type": "application/json" });
        return res.end(
          JSON.stringify({ error: { code: "UNAUTHORIZED", message: "authentication required" } }),
        );
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          items: [
            {
              id: "p-1",
              externalId: "MRN-1",
              version: 1,
              createdAt: "2026-01-01",
              updatedAt: "2026-01-02",
              latestAssessment: {
                asOf: "2026-11-26",
                summary: {
                  category: "smoldering-myeloma",
                  riskGroup: "high",
                  overdue: true,
                  progressed: false,
                },
              },
            },
          ],
          total: 1,
        }),
      );
    });
    await page.reload();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/needs an access token/);
    await page.getByLabel("Access token", { exact: true }).fill("s3cret");
    await page.getByRole("button", { name: "Use token" }).click();
    await expect.poll(() => page.getByRole("link", { name: "MRN-1" }).count()).toBe(1);
    expect(seen.at(-1)).toBe("Bearer s3cret");
    expect(await page.getByRole("row", { name: /MRN-1/ }).textContent()).toMatch(
      /Smoldering multiple myeloma.*high/,
    );
    // The filters go to the server as its query parameters.
    await page.getByLabel("Category", { exact: true }).selectOption("multiple-myeloma");
    await expect.poll(() => server.requests.at(-1)?.url).toMatch(/category=multiple-myeloma/);
    // The token lives in sessionStorage only.
    expect(
      await page.evaluate(() => [sessionStorage.getItem("mmnav.apiToken"), localStorage.length]),
    ).toEqual(["s3cret", 0]);
  });

  it("shows a patient's latest assessment and a chart of observations over time", async () => {
    const record = {
      asOf: "2026-11-26",
      labs: { serumMProtein: { value: 3.4, unit: "g/dL" } },
      marrow: { clonalPlasmaCellPercent: 25 },
    };
    const assessment = assess(record);
    const json = (body: unknown) => (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    server.api.set("GET /api/v1/patients/p-1/assessment", json({ id: 7, patientId: "p-1", assessment }));
    server.api.set(
      "GET /api/v1/patients/p-1/observations",
      json({
        items: [
          { field: "serumMProtein", date: "2026-05-01", value: 30, unit: "g/L" },
          { field: "serumMProtein", date: "2026-01-01", value: 2.5, unit: "g/dL" },
          { field: "serumMProtein", date: "2026-09-01", value: 3.4, unit: "g/dL" },
          { field: "creatinine", date: "2026-09-01", value: 80, unit: "umol/L" },
        ],
      }),
    );
    await page.goto(`${server.url}/patients/p-1`);
    await expect
      .poll(() => page.getByTestId("category").getAttribute("data-category"))
      .toBe(assessment.diagnosis.category);
    const chart = page.getByRole("img", { name: /Serum M-protein in g\/dL, 3 values/ });
    await expect.poll(() => chart.count()).toBe(1);
    // Mixed units are charted in one unit, oldest first: 30 g/L is 3 g/dL.
    expect(await chart.getAttribute("aria-label")).toMatch(/from 2026-01-01 \(2\.5\) to 2026-09-01 \(3\.4\)/);
    expect(await chart.locator("circle").count()).toBe(3);
    await page.getByLabel("Lab", { exact: true }).selectOption({ label: "Creatinine (1)" });
    await expect
      .poll(() => page.getByRole("img", { name: /Creatinine in mg\/dL, 1 values/ }).count())
      .toBe(1);
  });

  it("looks right (screenshots to /tmp for a human look)", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    const first = examplesOnDisk().find((e) => e.title === "Multiple myeloma") ?? examplesOnDisk()[0];
    if (first) {
      await page.getByLabel("Example").selectOption({ label: first.title });
      await page.getByRole("button", { name: "Load example" }).click();
    } else {
      await field("Serum M-protein").fill("3.4");
      await page.getByRole("button", { name: "Assess", exact: true }).click();
    }
    await page.getByRole("tab", { name: "Clinician" }).waitFor();
    await page.locator(".results").screenshot({ path: "/tmp/mmnav-web-results.png" });
    await page.getByRole("tab", { name: "Patient" }).click();
    await page.locator(".results").screenshot({ path: "/tmp/mmnav-web-patient.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/mmnav-web-mobile.png" });
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
