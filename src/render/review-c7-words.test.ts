/** Review c7 words, each failing on main 2e5d480: the reasons of a provisional AL option name a category
 * code ("diagnosis (IMWG 2014): al-amyloidosis") as if it were met; a progression the care team recorded
 * tells the patient to call today; a frail patient recorded as a transplant candidate, and a patient
 * watched after CAR-T, in the handout (English and Spanish). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
const clinician = (a: Assessment) => flat(renderClinicianSummary(a, "text"));
/** The clinician summary's block for one option, from its title to its id. */
const optionBlock = (a: Assessment, o: AssessmentOption) => {
  const text = clinician(a);
  const end = text.indexOf(`Option id: ${o.id}`);
  const start = text.lastIndexOf(o.title, end);
  return text.slice(start, end);
};

describe("provisional AL options: the reasons say the category is likely, in words", () => {
  const a = vignette("pathway-al-likely-awaiting-typing");

  it("no category code, and not claimed as met", () => {
    for (const o of a.options.filter((x) => x.provisional === true)) {
      const block = optionBlock(a, o);
      expect(block, o.id).toContain("Why it fits:");
      expect(block, o.id).not.toMatch(/\bal-amyloidosis\b/);
      expect(block, o.id).toContain("diagnosis (IMWG 2014): not decided yet");
      expect(block, o.id).toContain("likely diagnosis, not yet confirmed: Systemic AL amyloidosis");
    }
  });

  it("a confirmed category is worded too (multiple myeloma, not multiple-myeloma)", () => {
    const mm = vignette("ndmm-transplant-eligible");
    const block = optionBlock(mm, mm.options.find((o) => o.id === "ndmm.te.d-vrd") as AssessmentOption);
    expect(block).toContain("diagnosis (IMWG 2014): Multiple myeloma");
    expect(block).not.toMatch(/: multiple-myeloma\b/);
  });
});

describe("a progression the care team recorded: no 'call today' for what the team already knows", () => {
  const a = vignette("safety-after-bcma-car-t");

  it("the engine keeps its critical alert for the clinician", () => {
    expect(a.alerts.find((x) => x.id === "response.progression")?.severity).toBe("critical");
    expect(clinician(a)).toContain("Critical alerts (1)");
  });

  it("the handout and the full summary say the team will go over it, in English and Spanish", () => {
    for (const t of [handout(a), full(a)]) expect(t).not.toContain("today");
    // Said plainly, without the urgency: the disease has grown, the team will talk about a new treatment.
    expect(handout(a)).toContain("The disease has grown again after treatment.");
    expect(full(a)).toContain("Your latest results show the disease is growing.");
    // Review c17 handout 17: the full summary says it under "what happens next", as the handout does, not
    // as "some results are worth a closer look" with nothing named under it.
    expect(full(a)).toMatch(new RegExp(`${EN.headings.next} -+ ${EN.phase.relapsed.now}`));
    for (const t of [handout(a, ES), full(a, ES)]) expect(t).not.toContain("llame hoy");
    expect(full(a, ES)).toMatch(new RegExp(`${ES.headings.next} -+ ${ES.phase.relapsed.now}`));
  });

  it("a critical finding the team has not recorded (hypercalcaemia) still says today", () => {
    const h = vignette("handout-hypercalcaemia-kidney-critical");
    expect(handout(h)).toContain(EN.urgent);
    expect(handout(h, ES)).toContain(ES.urgent);
  });
});

describe("frail, recorded as a transplant candidate: the handout says the team will check it", () => {
  const a = vignette("safety-frail-79-ecog3-transplant");

  it("English and Spanish: the decision to confirm, the transplant steps marked, DRd listed", () => {
    const en = handout(a);
    expect(en).toContain(EN.optionsTransplantToConfirm);
    expect(en).not.toContain(EN.optionsTransplantUndecided);
    expect(en).toContain(`Stem cell transplant – ${EN.marks.ifTransplant}`);
    expect(en).toMatch(
      /3-drug treatment with daratumumab \(DRd\)[^–]*– only if a transplant is not right for you/,
    );
    const es = handout(a, ES);
    expect(es).toContain(ES.optionsTransplantToConfirm);
    expect(es).toContain(`Trasplante de células madre – ${ES.marks.ifTransplant}`);
  });
});

describe("watched after CAR-T in CR: the handout names the checkups, now", () => {
  const a = vignette("pathway-after-cilta-cel-cr-no-maintenance");

  it("English and Spanish: a current checkup step and the option by name", () => {
    // Review c89-M5: the check-ups after the CAR-T infusion, not "checkups without treatment".
    expect(handout(a)).toContain(`${EN.planStatus.current}: ${EN.carT.step}.`);
    expect(handout(a)).toContain(EN.optionById["pathway.observation-after-car-t"]);
    expect(handout(a, ES)).toContain(`${ES.planStatus.current}: ${ES.carT.step}.`);
    expect(handout(a, ES)).toContain(ES.optionById["pathway.observation-after-car-t"]);
  });

  it("the clinician's next step is the observation, not 'discuss the options'", () => {
    expect(clinician(a)).toMatch(
      /Next step: Line 2 \(cilta-cel\) finished, no progression recorded: observation/,
    );
  });
});
