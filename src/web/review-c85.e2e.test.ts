/** Review c85 in the web app: W1 (a calcium in mmol/L typed under the form's default mg/dL is refused naming the field
 * and the likely unit), m6 (the clinician screen's top names the top options and how many warnings there are, with a
 * link to them; the options answering an alert come first; "1 step"; the held-back chips in clinical words) and m7 (an
 * empty treatment start names the treatment and its Start field in words). Vignettes: handout-cord-compression-emergency,
 * review-c73-w1-cilta-cel-day-10-no-values-since (r858), rrmm-after-bcma (r866), ndmm-transplant-ineligible-frail
 * (r853). Checked in Node where the pieces are pure, then on the page in Debian's Chromium. */
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import { optionTitle, topOptions } from "../render/clinician.js";
import { optionsAnsweringAlerts } from "../render/handout-facts.js";
import { readVignette } from "../testing/example-records.js";
import { webAppSuite } from "./e2e-support.js";
import { CLINICAL_TITLES, fileTitle } from "./examples.js";
import { emptyForm, emptyTreatment, fieldLabel, formToRecord, type JsonObject } from "./fields.js";
import { heldBackLabel } from "./labels.js";
import { ANSWERING_ALERTS_HEADING, heldBackBy } from "./Options.js";

const path = (name: string) => `../../examples/vignettes/${name}.json`;
const vignette = (name: string): JsonObject => readVignette(name);
const CORD = "handout-cord-compression-emergency";
const CAR_T_DAY_10 = "review-c73-w1-cilta-cel-day-10-no-values-since";
const AFTER_BCMA = "rrmm-after-bcma";
const FRAIL = "ndmm-transplant-ineligible-frail";
const START_MISSING =
  "Treatment 1, Start: a start date is needed (the day the treatment began; an approximate date is fine)";

describe("c85-m6, m7: the pieces (Node)", () => {
  it("m6: the held-back chips read as clinical words", () => {
    expect(heldBackLabel("frail-or-over-80-full-dose-triplet")).toBe("frail or over 80 (full-dose triplet)");
    expect(heldBackLabel("ecog-2-or-more")).toBe("ECOG 2 or more");
    expect(heldBackLabel("igg-not-since-t-cell-redirection")).toBe("no IgG since T-cell-redirecting therapy");
    // Controls: the c80-m4 words and a drug's refractoriness are kept.
    expect(heldBackLabel("after-bcma")).toBe("after BCMA-directed therapy");
    expect(heldBackLabel("bortezomib-refractory")).toBe("bortezomib-refractory");
    expect(heldBackLabel("heart-failure")).toBe("heart failure");
  });

  it("m7: an empty treatment start is a form issue on treatmentHistory.0.start, labelled 'Treatment 1, Start'", () => {
    const form = emptyForm();
    form.values.asOf = "2026-12-01";
    form.treatments = [
      { ...emptyTreatment(), regimen: "VRd", drugs: "bortezomib, lenalidomide, dexamethasone" },
    ];
    const { issues } = formToRecord(form);
    expect(issues.map((i) => `${fieldLabel(i.path)}: ${i.message}`)).toEqual([START_MISSING]);
    // Control: with its start the line is taken.
    form.treatments = [{ ...(form.treatments[0] as ReturnType<typeof emptyTreatment>), start: "2026-01-05" }];
    expect(formToRecord(form).issues).toEqual([]);
    expect(fieldLabel("treatmentHistory.1.end")).toBe("Treatment 2, End");
    expect(fieldLabel("treatmentHistory.0")).toBe("Treatment 1");
  });
});

webAppSuite("review c85 in the web app (Chromium)", (app) => {
  const loadExample = (name: string) =>
    app.loadExample(CLINICAL_TITLES[`vignettes/${name}.json`] ?? fileTitle(path(name)));
  const page = () => app.page();

  it("m6: day 10 after CAR-T, the top says '3 warnings: see Alerts' before the options, and the link opens them", async () => {
    const a = assess(vignette(CAR_T_DAY_10));
    const warnings = a.alerts.filter((x) => x.severity === "warning");
    expect(warnings.length).toBe(3);
    await loadExample(CAR_T_DAY_10);
    const count = page().getByTestId("warnings-count");
    expect(await count.textContent()).toBe("Warnings3 warnings: see Alerts");
    // Above the options.
    const above = await page().evaluate(() => {
      const at = document.querySelector('[data-testid="warnings-count"]');
      const options = document.querySelector('section[aria-label="Options to discuss"]');
      return !!at && !!options && !!(at.compareDocumentPosition(options) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    await count.getByRole("link").click();
    const alerts = page().getByRole("list", { name: "Other alerts" });
    await expect.poll(() => alerts.isVisible()).toBe(true);
    expect(await alerts.textContent()).toContain((warnings[0]?.text ?? "").slice(0, 40));
  });

  it("m6: after BCMA therapy the top options start with the standard option (talquetamab), and the plan says '1 step'", async () => {
    const a = assess(vignette(AFTER_BCMA));
    const top = topOptions(a);
    expect(top[0]?.id).toBe("bsab.talquetamab");
    await loadExample(AFTER_BCMA);
    const text = await page().getByTestId("top-options").textContent();
    expect(text).toContain(`Top options${optionTitle(a, top[0]!)} (`);
    expect(await page().getByText("Plan ahead (1 step)", { exact: true }).isVisible()).toBe(true);
  });

  it("m6: with a cord compression the radiotherapy and the surgery are the first cards, under their own heading", async () => {
    const a = assess(vignette(CORD));
    const first = a.options.filter((o) => optionsAnsweringAlerts(a).has(o.id)).map((o) => o.id);
    expect(first).toEqual(expect.arrayContaining(["sc.bone.palliative-radiotherapy", "sc.bone.surgery"]));
    await loadExample(CORD);
    const ids = await page()
      .getByTestId("option")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-option-id")));
    expect(ids.slice(0, first.length)).toEqual(first);
    expect(await page().locator(".option-group h4").first().textContent()).toBe(ANSWERING_ALERTS_HEADING);
  });

  it("m6: control: without an alert to answer, the first group is a kind (the engine's order, by kind)", async () => {
    await loadExample(FRAIL);
    expect(await page().locator(".option-group h4").first().textContent()).not.toBe(ANSWERING_ALERTS_HEADING);
  });

  it("m6: the frail patient's chip reads 'held back: frail or over 80 (full-dose triplet)'", async () => {
    const a = assess(vignette(FRAIL));
    const held = a.options.find((o) => heldBackBy(o).includes("frail or over 80 (full-dose triplet)"));
    expect(held).toBeDefined();
    await loadExample(FRAIL);
    const chip = page().locator(`[data-option-id="${held?.id}"] .badge-held`).first();
    expect(await chip.textContent()).toContain("frail or over 80 (full-dose triplet)");
  });

  const fillBasics = async () => {
    await page().goto(`${app.url()}/`);
    await page().fill("#f-asOf", "2026-12-01");
    await page().fill("#f-patient-age", "64");
    await page().fill("#f-labs-serumMProtein", "3.5");
    await page().selectOption("#f-labs-heavyChain", { label: "IgG" });
  };
  const assessButton = () => page().getByRole("button", { name: "Assess", exact: true });

  it("m7: a treatment line with its start left empty: 'Treatment 1, Start: a start date is needed …'", async () => {
    await fillBasics();
    await page().locator("summary", { hasText: "Treatment lines" }).first().click();
    await page().getByRole("button", { name: "Add a treatment line" }).click();
    await page().getByLabel("Regimen (e.g. VRd)").fill("VRd");
    await page()
      .getByLabel("Drugs (generic names, comma-separated)")
      .fill("bortezomib, lenalidomide, dexamethasone");
    await assessButton().click();
    const summary = page().locator(".error-summary");
    await summary.waitFor();
    expect(await summary.locator("li").allTextContents()).toEqual([START_MISSING]);
    expect(await page().locator("#f-treatmentHistory-0-start-error").textContent()).toContain(
      "a start date is needed",
    );
  });

  it("W1: calcium 3.2 under mg/dL (the default) is refused with 'was it in mmol/L?'; 3.2 mmol/L is assessed", async () => {
    await fillBasics();
    await page().evaluate(() => {
      for (const d of document.querySelectorAll("details")) (d as HTMLDetailsElement).open = true;
    });
    await page().fill("#f-labs-calcium", "3.2");
    await assessButton().click();
    const summary = page().locator(".error-summary");
    await summary.waitFor();
    expect(await summary.locator("li").allTextContents()).toEqual([
      "Calcium: 3.2 mg/dL is not a plausible value (expected 4–25 mg/dL); was it in mmol/L?",
    ]);
    await page().getByLabel("Calcium unit").selectOption("mmol/L");
    await assessButton().click();
    await page().getByTestId("summary-card").waitFor();
    expect(await page().locator(".error-summary").count()).toBe(0);
  });
});
