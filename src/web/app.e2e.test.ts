/** Browser tests of the web app: the built dist/web in Debian's Chromium, served by a tiny static
 * server of the test's own (so they do not depend on `mmnav serve`). The in-browser result is
 * checked against the same core run in Node, and against the published rule where one is named. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assess } from "../core.js";
import { recordToBundle } from "../fhir/index.js";
import type { PatientRecord } from "../model/record.js";
import {
  axeViolations,
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

const SCREENS = fileURLToPath(new URL("../../.tmp/screens/", import.meta.url));
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

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
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
    built?.remove();
  });
  beforeEach(async () => {
    page = await chrome.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
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
  const summaryCard = () => page.getByTestId("summary-card");
  /** Opens every collapsed input group (the form starts with the first two open). */
  const openGroups = () =>
    page.locator("details.group").evaluateAll((ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
  /** The example cards fold away once a result shows; open them again to pick another. */
  const exampleCard = async (title: string) => {
    await page.locator("details.examples").evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    return page.getByRole("button", { name: title, exact: true });
  };
  const loadExample = async (title: string) => {
    await (await exampleCard(title)).click();
    await summaryCard().waitFor();
  };
  const assessButton = () => page.getByRole("button", { name: "Assess", exact: true });
  const shot = (name: string) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: false });
  const expectNoAxeViolations = async (what: string) => {
    expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
  };

  it("lists the bundled examples as cards with clinical titles, and shows for each diagnosis example its expected category and the core's options", async () => {
    const examples = examplesOnDisk();
    const expected = expectedCategories();
    const diagnosis = examples.filter((e) => e.group === "Diagnosis" && expected[e.id.split("/").pop()!]);
    expect(diagnosis.length, "examples/diagnosis holds examples with expected.json entries").toBeGreaterThan(
      0,
    );

    await page.goto(`${server.url}/`);
    // The example records are a chunk loaded when the loader shows (the first page's budget): wait for the cards.
    await page.locator("button.example-card").first().waitFor();
    const listed = await page.locator("button.example-card").allTextContents();
    expect(listed).toEqual(examples.map((e) => e.title));
    expect(listed).toContain("Newly diagnosed, transplant-eligible, high-risk");

    for (const ex of diagnosis) {
      const want = expected[ex.id.split("/").pop()!]!.category;
      const inNode = assess(ex.record, { defaultAsOf: "2026-01-01" });
      await (await exampleCard(ex.title)).click();
      const headline = page.getByTestId("category");
      await expect.poll(() => headline.getAttribute("data-category"), { message: ex.title }).toBe(want);
      const titles = await page.locator("[data-testid=option] .opt-title").allTextContents();
      // Same options as the core gives (the page groups them by kind, so compare as sets).
      expect([...titles].sort(), ex.title).toEqual(inNode.options.map((o) => o.title).sort());
      for (const o of inNode.options.filter((x) => !x.verified)) {
        const row = page.locator("[data-testid=option]", {
          has: page.locator(".opt-title", { hasText: o.title }),
        });
        expect(
          await row.first().locator("summary").textContent(),
          `${o.title} carries its UNVERIFIED badge`,
        ).toContain("UNVERIFIED");
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

  for (const vp of WIDTHS) {
    it(`shows the summary card in the first viewport after loading an example (${vp.width}×${vp.height})`, async () => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`${server.url}/`);
      await shot(`assess-empty-${vp.name}`);
      await loadExample("Newly diagnosed, transplant-eligible, high-risk");
      const box = await summaryCard().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top, "the card starts in the first viewport").toBeLessThan(vp.height - 150);
      const card = (await summaryCard().textContent()) ?? "";
      expect(card).toContain("Multiple myeloma");
      expect(card).toMatch(/High-risk cytogenetics/);
      expect(card).toMatch(/R-ISS|ISS/);
      // No horizontal scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(vp.width);
      await shot(`assess-result-${vp.name}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(`assess-top-${vp.name}`);
      await page.getByRole("tab", { name: "Patient" }).click();
      await page.locator(".patient").waitFor();
      await shot(`assess-patient-${vp.name}`);
    });
  }

  it("names the next step: the test that would decide, and what is overdue since its due date", async () => {
    // An open category: the test that would decide comes first.
    const open = examplesOnDisk().find((e) => e.title === "Work-up incomplete: no imaging yet")!;
    const d = assess(open.record).diagnosis;
    expect(d.category, "the example's category is open").toBe("indeterminate");
    await page.goto(`${server.url}/`);
    await loadExample(open.title);
    const first = await page.getByTestId("next-step").allTextContents();
    expect(first[0]).toBe(
      `Test that would decide${d.couldChangeWith[0]}${d.couldChangeWith.length > 1 ? ` (and ${d.couldChangeWith.length - 1} more)` : ""}`,
    );
    // A decided category under watch (low-risk MGUS, criteria 1.3) with a test past its due date.
    const ex = examplesOnDisk().find((e) => e.title === "Monoclonal protein under watch, follow-up overdue")!;
    const a = assess(ex.record);
    const overdue = a.monitoring.items.filter((i) => i.overdue);
    expect(overdue.length, "the example has an overdue test").toBeGreaterThan(0);
    await page.goto(`${server.url}/`);
    await loadExample(ex.title);
    const steps = await page.getByTestId("next-step").allTextContents();
    const overdueStep = steps[a.diagnosis.category === "indeterminate" ? 1 : 0];
    expect(overdueStep).toMatch(/^Overdue/);
    for (const o of overdue) expect(overdueStep).toContain(`${o.test} (due ${o.due})`);
  });

  it("shows options as rows that expand to why (as sentences), cautions and sources; a shared caution is said once", async () => {
    const ex = examplesOnDisk().find((e) => e.title === "Newly diagnosed, transplant-eligible, high-risk")!;
    const inNode = assess(ex.record);
    await page.goto(`${server.url}/`);
    await loadExample(ex.title);
    const first = page.locator("[data-testid=option]").first();
    const body = first.locator(".option-body");
    expect(await body.isVisible()).toBe(false);
    await first.locator("summary").click();
    await expect.poll(() => body.isVisible()).toBe(true);
    const text = (await body.textContent()) ?? "";
    expect(text).toContain("Why");
    expect(text).toContain("Sources:");
    // "anti-myeloma drug therapy given before: no" reads as a sentence.
    const clinician = (await page.locator(".clinician").textContent()) ?? "";
    expect(clinician).not.toMatch(/anti-myeloma drug therapy given before: (no|yes)/);
    await page.locator("[data-testid=option] summary").nth(1).click();
    expect(await page.locator(".option-body").nth(1).textContent()).toMatch(
      /No anti-myeloma drug therapy has been given yet\./,
    );
    // A caution on several options appears once, in the shared block, with the options it applies to.
    const counts = new Map<string, number>();
    for (const o of inNode.options)
      for (const c of new Set(o.cautions)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1).map(([c]) => c);
    expect(shared.length, "this example has drug-class cautions on several options").toBeGreaterThan(0);
    for (const o of await page.locator("[data-testid=option] summary").all()) await o.click();
    await page.getByText(/Cautions shared by several options/).click();
    const html = (await page.locator(".clinician").textContent()) ?? "";
    // Said once: in the shared block. A longer caution that starts with it (the UNVERIFIED marker followed by
    // an option's own evidence note) is that option's own, shown with it.
    const shown = [
      ...shared,
      ...inNode.options.flatMap((o) => [...new Set(o.cautions)].filter((x) => !shared.includes(x))),
    ];
    for (const c of shared)
      expect(html.split(c).length - 1, c.slice(0, 60)).toBe(shown.filter((x) => x.includes(c)).length);
    expect(html).toMatch(/Applies to: /);
    // Criteria and references start collapsed.
    expect(
      await page.getByRole("region", { name: "References" }).locator("details").getAttribute("open"),
    ).toBeNull();
    await page
      .getByRole("region", { name: "Diagnosis (IMWG 2014 criteria)" })
      .locator("summary")
      .first()
      .click();
    const criteria =
      (await page.getByRole("region", { name: "Diagnosis (IMWG 2014 criteria)" }).textContent()) ?? "";
    expect(criteria).toMatch(/Nearest alternatives/);
    expect(criteria).toMatch(/ruled out/);
  });

  it("charts two dated M-protein values entered in the form with a treatment line, with the IMWG response label", async () => {
    await page.goto(`${server.url}/`);
    await field("Assessment date").fill("2026-06-01");
    await page.getByText(/^Values over time/).click();
    await page.getByRole("button", { name: "Add a dated value" }).click();
    await page.getByLabel("Date of dated value 1").fill("2026-01-02");
    await page.getByLabel("Value of dated value 1").fill("3.0");
    await page.getByRole("button", { name: "Add a dated value" }).click();
    await page.getByLabel("Lab of dated value 2").selectOption("serumMProtein");
    await page.getByLabel("Date of dated value 2").fill("2026-04-01");
    await page.getByLabel("Value of dated value 2").fill("1.0");
    await page.getByText(/^Treatment lines/).click();
    await page.getByRole("button", { name: "Add a treatment line" }).click();
    await field("Regimen (e.g. VRd)").fill("VRd");
    await field("Drugs (generic names, comma-separated)").fill("bortezomib, lenalidomide, dexamethasone");
    await field("Start").fill("2026-01-05");
    await assessButton().click();
    const chart = page.getByTestId("mprotein-chart");
    await chart.waitFor();
    expect(await chart.locator("canvas").count()).toBeGreaterThan(0);
    // The core grades a fall from 3.0 to 1.0 g/dL (67%) as PR (IMWG 2016: >= 50% fall), unconfirmed.
    const marks = page.getByRole("list", { name: "IMWG response at each assessment" });
    await expect.poll(() => marks.textContent()).toMatch(/2026-04-01\s*PR/);
    expect(await chart.textContent()).toMatch(/Nadir 1 g\/dL on 2026-04-01/);
    // The threshold drawn is the core's own rule: 25% and 0.5 g/dL above the nadir -> 1.5 g/dL.
    expect(await chart.textContent()).toMatch(/reaches 1\.5 g\/dL/);
    await chart.scrollIntoViewIfNeeded();
    for (const vp of WIDTHS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await chart.scrollIntoViewIfNeeded();
      await shot(`assess-chart-${vp.name}`);
    }
  });

  it("loads a FHIR Bundle pasted as JSON (mapped in the browser)", async () => {
    const record = JSON.parse(
      readFileSync(join(EXAMPLES_DIR, "diagnosis", "smoldering-myeloma.json"), "utf8"),
    ) as PatientRecord;
    const bundle = recordToBundle(record);
    await page.goto(`${server.url}/`);
    await page.getByText("Paste JSON", { exact: true }).click();
    await page.getByLabel("PatientRecord or FHIR Bundle JSON").fill(JSON.stringify(bundle));
    await page.getByRole("button", { name: "Load pasted JSON" }).click();
    await expect
      .poll(() => page.getByTestId("category").getAttribute("data-category"))
      .toBe("smoldering-myeloma");
    expect(await page.getByRole("status").textContent()).toMatch(/read as a FHIR Bundle/);
    expect(server.requests.filter((r) => r.url.startsWith("/api/"))).toEqual([]);
  });

  it("loads a record from a picked file", async () => {
    await page.goto(`${server.url}/`);
    await page
      .locator("input[type=file]")
      .setInputFiles(join(EXAMPLES_DIR, "vignettes", "smm-high-risk.json"));
    await expect
      .poll(() => page.getByTestId("category").getAttribute("data-category"))
      .toBe("smoldering-myeloma");
  });

  it("on an empty form names no likely category and no cancer, for the clinician and the patient", async () => {
    await page.goto(`${server.url}/`);
    await assessButton().click();
    await summaryCard().waitFor();
    // What the page shows (innerText: the collapsed reference list, with journal names such as
    // "Blood Cancer Journal", is not shown).
    // biome-ignore lint/performance/useDomNodeTextContent: only what is shown counts here
    const clinician = await page.locator(".results").innerText();
    expect(clinician).not.toMatch(/most likely|likely category|probably/i);
    expect(clinician).not.toMatch(/cancer/i);
    expect(await summaryCard().textContent()).toMatch(/Not enough is known to name a category/);
    await page.getByRole("tab", { name: "Patient" }).click();
    await page.locator(".patient").waitFor();
    const patient = (await page.getByRole("tabpanel", { name: "Patient" }).textContent()) ?? "";
    expect(patient).not.toMatch(/most likely|multiple myeloma/i);
    expect(patient).not.toMatch(/cancer/i);
    // biome-ignore lint/performance/useDomNodeTextContent: only what is shown counts here
    expect(await page.locator("body").innerText()).not.toMatch(/cancer/i);
  });

  it("assesses a smoldering myeloma patient entered field by field and shows the risk group", async () => {
    await page.goto(`${server.url}/`);
    await openGroups();
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
    await assessButton().click();

    await expect
      .poll(() => page.getByTestId("category").getAttribute("data-category"))
      .toBe("smoldering-myeloma");
    // The focus moves to the results for keyboard and screen-reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Assessment");
    // Mayo 2018 "20/2/20" (Lakshman et al., Blood Cancer J 2018): BMPC 25% > 20, M-protein 3.4 g/dL > 2,
    // FLC ratio 450/12 = 37.5 > 20: all three factors, high risk.
    expect(await summaryCard().textContent()).toMatch(/Mayo 2018: high risk/);
    await page.getByRole("region", { name: "Staging and risk" }).locator("summary").first().click();
    const row = (name: string) =>
      page.locator("tr").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    const mayo = row("Smoldering myeloma risk, Mayo 2018 (20/2/20)");
    await expect.poll(() => mayo.textContent()).toMatch(/high risk \(3 of 3 factors\)/);
    const imwg = row("Smoldering myeloma risk, IMWG 2020");
    await expect.poll(() => imwg.textContent()).toMatch(/without FISH/);
    // Unknown FISH stays unknown: it is listed as missing, not taken as normal.
    const missing = page.getByRole("region", { name: /Missing data/ });
    await missing.locator("summary").first().click();
    await expect.poll(() => missing.textContent()).toMatch(/cytogenetics\.t4_14/);
    expect(server.requests.filter((r) => r.url.startsWith("/api/"))).toEqual([]);
  });

  it("shows a loaded record's conditions in the form, and takes hypertension entered there to the carfilzomib caution", async () => {
    await page.goto(`${server.url}/`);
    await loadExample("Newly diagnosed myeloma, transplant-eligible, high-risk");
    await openGroups();
    // The example records no hypertension (not known), no cord compression and no amyloid organs (an empty list).
    const hypertension = field("Hypertension (as the team judges it now)");
    expect(await hypertension.inputValue()).toBe("");
    const group = (name: string) => page.getByRole("group", { name, exact: true });
    expect(await group("Spinal cord compression").getByLabel("No", { exact: true }).isChecked()).toBe(true);
    expect(await group("Organs with amyloid involvement").getByLabel("None of these").isChecked()).toBe(true);
    const caution = "Carfilzomib with uncontrolled hypertension recorded";
    expect(await page.locator("section.results").textContent()).not.toContain(caution);
    await group("Organs with amyloid involvement").scrollIntoViewIfNeeded();
    await shot("form-conditions-desktop");
    await expectNoAxeViolations("the form with every group open");

    await hypertension.selectOption("uncontrolled");
    await assessButton().click();
    await expect.poll(() => page.locator("section.results").textContent()).toContain(caution);
  });

  it("names the unit when a value is implausible (creatinine 150 mg/dL)", async () => {
    await page.goto(`${server.url}/`);
    await openGroups();
    await field("Creatinine").fill("150");
    await assessButton().click();
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
    await assessButton().click();
    await expect.poll(() => page.getByTestId("category").count()).toBe(1);
    expect(await input.getAttribute("aria-invalid")).toBeNull();
  });

  it("reports a bad number typed into the form, and pasted JSON errors by path", async () => {
    await page.goto(`${server.url}/`);
    await field("Age (years)").fill("sixty");
    await assessButton().click();
    await expect
      .poll(() => page.locator(`[id="f-patient-age-error"]`).textContent())
      .toMatch(/expected a number/);

    await page.getByText("Paste JSON", { exact: true }).click();
    await page
      .getByLabel("PatientRecord or FHIR Bundle JSON")
      .fill(JSON.stringify({ labs: { creatinin: { value: 1, unit: "mg/dL" } } }));
    await page.getByRole("button", { name: "Load pasted JSON" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/labs\.creatinin.*did you mean "creatinine"/);
  });

  it("shows the patient tab in plain language with the notice, and downloads the JSON", async () => {
    await page.goto(`${server.url}/`);
    await field("Assessment date").fill("2026-11-26");
    await field("Serum M-protein").fill("3.4");
    await openGroups();
    await field("Clonal plasma cells in marrow (%)").fill("25");
    await assessButton().click();
    await page.getByRole("tab", { name: "Clinician" }).waitFor();
    // Keyboard: the arrow key moves to the Patient tab.
    await page.getByRole("tab", { name: "Clinician" }).focus();
    await page.keyboard.press("ArrowRight");
    const patientTab = page.getByRole("tab", { name: "Patient" });
    await expect.poll(() => patientTab.getAttribute("aria-selected")).toBe("true");
    const panel = page.getByRole("tabpanel", { name: "Patient" });
    await panel.locator(".patient").waitFor();
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Decision support only");
    // Plain language: no rule ids or field paths in the patient's view.
    expect(text).not.toMatch(/imwg2014\.|cytogenetics\.|labs\./);
    expect(text.length).toBeGreaterThan(200);
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

  const json = (body: unknown) => (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

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
      json({ items: [listItem()], total: 1 })(req, res);
    });
    await page.reload();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/needs an access token/);
    await page.getByLabel("Access token", { exact: true }).fill("s3cret");
    await page.getByRole("button", { name: "Use token" }).click();
    await expect.poll(() => page.getByRole("link", { name: "MRN-1" }).count()).toBe(1);
    expect(seen.at(-1)).toBe("Bearer s3cret");
    expect(await page.getByTestId("patient-row").textContent()).toMatch(/Smoldering multiple myeloma.*high/);
    // The filters go to the server as its query parameters.
    await page.getByLabel("Category", { exact: true }).selectOption("multiple-myeloma");
    await expect.poll(() => server.requests.at(-1)?.url).toMatch(/category=multiple-myeloma/);
    // The token lives in sessionStorage only.
    expect(
      await page.evaluate(() => [sessionStorage.getItem("mmnav.apiToken"), localStorage.length]),
    ).toEqual(["s3cret", 0]);
  });

  /** One patient as the list API sends it (src/store: recordId, latestAssessment.recordDate and the
   * summary's overdue tests with the date each was due). */
  const listItem = (over: Record<string, unknown> = {}) => ({
    id: "p-1",
    recordId: "MRN-1",
    version: 1,
    createdAt: "2026-01-01",
    updatedAt: "2026-01-02",
    latestAssessment: {
      asOf: "2026-12-01",
      recordDate: "2026-03-15",
      summary: {
        category: "smoldering-myeloma",
        riskGroup: "high",
        overdue: true,
        progressed: false,
        overdueTests: [{ test: "serum protein electrophoresis", due: "2026-06-15", lastDone: "2026-03-15" }],
      },
    },
    ...over,
  });

  it("lists patients by their own id with the record's assessment date and what is overdue since when", async () => {
    server.api.set(
      "GET /api/v1/patients",
      json({
        items: [
          listItem(),
          listItem({
            id: "p-2",
            recordId: null,
            latestAssessment: null,
          }),
        ],
        total: 2,
      }),
    );
    for (const vp of WIDTHS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`${server.url}/patients`);
      const card = page.getByTestId("patient-row").first();
      await card.waitFor();
      const text = (await card.textContent()) ?? "";
      expect(text).toMatch(/MRN-1/);
      expect(text).toMatch(/Assessed as of 2026-03-15/);
      expect(text).toMatch(/overdue serum protein electrophoresis since 2026-06-15/);
      expect(await page.getByTestId("patient-row").nth(1).textContent()).toMatch(/p-2.*not assessed yet/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(vp.width);
      await shot(`registry-${vp.name}`);
      if (vp.name === "desktop") await expectNoAxeViolations("the registry list");
    }
  });

  it("shows a patient's latest assessment with its phase, and charts the observations over time", async () => {
    const record = JSON.parse(
      readFileSync(join(EXAMPLES_DIR, "response", "mm-vgpr-after-asct.json"), "utf8"),
    );
    const assessment = {
      ...assess(record),
      // The phase as the engine reports it (filled by the engine from 2026-12-01 on).
      phase: {
        code: "maintenance",
        reason:
          "On maintenance (Lenalidomide maintenance): week 30 of line 1 (from 2025-09-01); no prior lines.",
        priorLines: 0,
        currentLine: 1,
        currentRegimen: "Lenalidomide maintenance",
        rules: [],
      },
    };
    server.api.set("GET /api/v1/patients/p-1/assessment", json({ id: 7, patientId: "p-1", assessment }));
    const items = Object.entries(
      record.series as Record<string, { date: string; value: number; unit: string }[]>,
    ).flatMap(([f, pts]) => pts.map((p) => ({ field: f, ...p })));
    // The dated labs of the record are observations too (creatinine, haemoglobin, calcium).
    for (const f of ["creatinine", "hemoglobin", "calcium"]) items.push({ field: f, ...record.labs[f] });
    server.api.set("GET /api/v1/patients/p-1/observations", json({ items }));
    for (const vp of WIDTHS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`${server.url}/patients/p-1`);
      await expect
        .poll(() => page.getByTestId("category").getAttribute("data-category"))
        .toBe("multiple-myeloma");
      // The reason names the regimen and the line: each is said once.
      const phase = (await page.getByTestId("phase").textContent()) ?? "";
      expect(phase).toMatch(/On maintenance \(Lenalidomide maintenance\): week 30 of line 1/);
      expect(phase.split("Lenalidomide maintenance").length - 1).toBe(1);
      expect(phase.split("On maintenance").length - 1).toBe(1);
      const chart = page.getByTestId("mprotein-chart");
      await chart.waitFor();
      // 42 g/L and g/dL values are charted in one unit, oldest first.
      expect(await chart.textContent()).toMatch(/Serum M-protein, 5 values from 2025-01-02 \(4\.2 g\/dL\)/);
      expect(
        await page.getByRole("list", { name: "IMWG response at each assessment" }).textContent(),
      ).toMatch(/VGPR/);
      expect(await page.locator(".small-multiples figure").count()).toBeGreaterThan(0);
      await shot(`patient-${vp.name}`);
      await chart.scrollIntoViewIfNeeded();
      await shot(`patient-chart-${vp.name}`);
      if (vp.name === "desktop") await expectNoAxeViolations("the patient page");
    }
  });

  it("has no axe-core violations (all rules, experimental included) on the assess page, empty and with a result", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("button.example-card").first().waitFor();
    await expectNoAxeViolations("the empty assess page");
    await loadExample("Relapsed myeloma progressing on DPd, 3 lines");
    await page.locator("[data-testid=option] summary").first().click();
    await page.getByTestId("mprotein-chart").waitFor();
    await expectNoAxeViolations("the assess page with a result");
    await page.getByRole("tab", { name: "Patient" }).click();
    await page.locator(".patient").waitFor();
    await expectNoAxeViolations("the patient tab");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("tab", { name: "Clinician" }).click();
    await expectNoAxeViolations("the assess page on a phone");
  });
});
